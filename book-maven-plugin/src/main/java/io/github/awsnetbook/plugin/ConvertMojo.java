package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.conversion.Converter;
import io.github.awsnetbook.tools.diagnostics.Places;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The conversion: the locale's {@code index.adoc} into {@code target/staging/html/index.html}, with
 * the options and attributes of {@code conversion.BookConversion} and the build's extensions, on
 * the build's one Asciidoctor (the checks before it have warmed it). Every warning of Asciidoctor
 * or of an extension is an error at its file and line.
 */
@Mojo(name = "convert", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class ConvertMojo extends BookMojo {

  /** The locale of this module's book. */
  @Parameter(defaultValue = "${book.lang}", required = true)
  String lang;

  /** The module's build folder; the page goes into its {@code staging/html}. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipAsUpToDate()) {
      return;
    }
    BookLayout layout =
        new BookLayout(root(), lang, sourceLang, localeList(), buildDirectory.toPath());
    Path html = layout.buildDir().resolve("staging").resolve("html");
    Converter.Conversion conversion = new Converter(sources().asciidoctor()).convertHtml(layout, html);
    MavenLogReporter reporter = reporter();
    var failure =
        reporter.reportAndFail("the conversion of content-" + lang, conversion.problems());
    if (failure.isPresent()) {
      throw failure.get();
    }
    reporter.info(
        "converted "
            + Places.shown(root(), layout.document())
            + " into "
            + Places.shown(root(), html));
  }
}
