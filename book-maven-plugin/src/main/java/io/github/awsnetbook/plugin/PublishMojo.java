package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.printing.PrinterWarmup;
import io.github.awsnetbook.tools.publishing.BookPublisher;
import io.github.awsnetbook.tools.publishing.PublishRequest;
import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * After the conversion: finishes the staged page (font subsets, links to the other locales,
 * landmarks and scroll regions), prints the PDF handout from it, and moves both into {@code
 * target/html/<lang>} and {@code target/pdf} only when everything succeeded.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class PublishMojo extends BookFontMojo {

  /** The locale of this module's book. */
  @Parameter(defaultValue = "${book.lang}", required = true)
  String lang;

  /** Where the conversion wrote the page ({@code html/}). */
  @Parameter(defaultValue = "${book.staging.dir}", required = true)
  File stagingDirectory;

  /** Where the finished books go ({@code html/<lang>}, {@code pdf/}). */
  @Parameter(defaultValue = "${project.build.directory}", required = true)
  File targetDirectory;

  /** The PDF of each locale, {@code {lang}} standing for the locale. */
  @Parameter(required = true)
  String pdfName;

  /**
   * The date the PDF carries: the build's output timestamp, never the clock's, so that the same
   * sources give the same bytes.
   */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", required = true)
  String outputTimestamp;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipAsUpToDate()) {
      return;
    }
    BuildShared.find(session, PrinterWarmup.class).ifPresent(PrinterWarmup::awaitReady);
    try {
      PublishRequest request =
          new PublishRequest(
              stagingDirectory.toPath(),
              targetDirectory.toPath(),
              new LocaleLinks(lang, localeList(), "index.html"),
              new WebFonts(webFonts()),
              pdfName,
              OffsetDateTime.parse(outputTimestamp).toLocalDate());
      MavenLogReporter reporter = reporter();
      BookPublisher publisher =
          new BookPublisher(request, problem -> reporter.report(List.of(problem)));
      for (Path published : publisher.publish()) {
        getLog().info("published " + Places.shown(root(), published));
      }
    } catch (DiagnosticException refused) {
      // A page with two elements of one ID, a resource the PDF engine could not load: bad
      // content, not a broken build; nothing was moved into place.
      List<Diagnostic> shown = reporter().report(List.of(refused.diagnostic()));
      throw MavenLogReporter.failure("the book of content-" + lang, 1, shown.get(0).toString());
    } catch (IllegalArgumentException
        | IllegalStateException
        | DateTimeParseException
        | UncheckedIOException e) {
      throw new MojoExecutionException("cannot publish content-" + lang + ": " + e.getMessage(), e);
    }
  }
}
