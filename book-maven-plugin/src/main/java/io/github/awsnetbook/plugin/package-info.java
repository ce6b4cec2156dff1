/**
 * The book's Maven plugin, over the code of {@code book-tools}. Two goals: {@code build} (phase
 * package), which a content module runs for its book: every step of {@code pipeline.BookStep} in
 * its order (check-sources, check-translation, translation-report, check-terminology,
 * render-figures, stage-resources, convert, publish), after the up-to-date check, the printer's
 * warm-up and the emptying of the staging folder, and before the stamp of the build is recorded;
 * and {@code bundle-handouts} (package), which the handouts module runs after every locale.
 *
 * <p>Each goal reads typed parameters whose defaults come from the parent pom's {@code book.*}
 * properties, logs its findings and the PDF engine's warnings through Maven's log in the compiler's
 * format ({@link io.github.awsnetbook.plugin.MavenLogReporter}), and fails the Maven way: {@code
 * MojoFailureException} when the content is wrong (the lines with the places are logged first),
 * {@code MojoExecutionException} when the build itself is broken (a file that cannot be read or
 * written, a configuration that makes no sense). What the modules of one build share (the one
 * Asciidoctor and the books it parsed, the printer's warm-up, the hashes of the files digested) is
 * kept by {@link io.github.awsnetbook.plugin.BuildShared}; no step passes anything to another
 * through it.
 */
package io.github.awsnetbook.plugin;
