/**
 * The book's Maven plugin: each build step of a content module is a goal, listed with its phase in
 * the module's pom ({@code content-ja/pom.xml} reads as the pipeline), over the code of {@code
 * book-tools}.
 *
 * <p>The goals, in the order a content module runs them: {@code check-sources} (generate-sources;
 * package {@code safety}), {@code check-translation} and {@code translation-report}
 * (process-sources; {@code translation}: the report of every locale, written once per build by the
 * last content module), {@code check-terminology} (process-sources; {@code terminology}), {@code
 * render-figures} (generate-resources; {@code figures}), then, after Asciidoctor's conversion,
 * {@code publish} (prepare-package; {@code publishing}). The handouts module runs {@code
 * bundle-handouts} (package; {@code handouts}).
 *
 * <p>Each goal reads typed parameters whose defaults come from the parent pom's {@code book.*}
 * properties, logs its findings through Maven's log in the compiler's format ({@link
 * io.github.awsnetbook.plugin.MavenLogReporter}), and fails the Maven way: {@code
 * MojoFailureException} when the content is wrong (the lines with the places are logged first),
 * {@code MojoExecutionException} when the build itself is broken (a file that cannot be read or
 * written, a configuration that makes no sense).
 */
package io.github.awsnetbook.plugin;
