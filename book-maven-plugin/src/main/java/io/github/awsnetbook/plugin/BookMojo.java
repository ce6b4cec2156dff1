package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.asciidoc.BookAsciidoctor;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.incremental.FileHashes;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal of the book knows: the repository, its locales and the source locale, and what
 * the build's modules share (one Asciidoctor, the hashes of the files digested).
 */
abstract class BookMojo extends AbstractMojo {

  /** The repository: every file a step reads must lie inside it; reports name paths from it. */
  @Parameter(defaultValue = "${book.root}", required = true)
  File rootDirectory;

  /** The locale the translations are translated from. */
  @Parameter(defaultValue = "${book.source.lang}", required = true)
  String sourceLang;

  /** Every locale of the book, space- or comma-separated, the source among them. */
  @Parameter(defaultValue = "${book.locales}", required = true)
  String locales;

  /** The module this step builds. */
  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  /** The build, which holds the one Asciidoctor and the books every step reads. */
  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  Path root() {
    return rootDirectory.toPath().toAbsolutePath().normalize();
  }

  /** The locales in their order; a list without the source locale is a broken configuration. */
  List<String> localeList() throws MojoExecutionException {
    List<String> list = LocaleLinks.parse(locales);
    if (!list.contains(sourceLang)) {
      throw new MojoExecutionException(
          "the locales \"" + locales + "\" do not contain the source locale " + sourceLang);
    }
    return list;
  }

  /**
   * The build's one Asciidoctor and the books it has parsed: starting JRuby costs seconds, and the
   * source check, the translation check, the report and the terminology check all read the same
   * books, which are parsed once.
   */
  SourceModels sources() {
    return BuildShared.get(
        session,
        SourceModels.class,
        () -> new SourceModels(BookAsciidoctor.create()),
        unused -> unused.asciidoctor().shutdown());
  }

  /** The hashes of the files this build has digested (the up-to-date checks and stamps). */
  FileHashes fileHashes() {
    return BuildShared.get(session, FileHashes.class, FileHashes::new, unused -> {});
  }

  MavenLogReporter reporter() {
    return new MavenLogReporter(getLog(), root());
  }
}
