package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.printing.PrintRequest;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import io.github.awsnetbook.tools.translation.TranslationCheck;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The translation step of a locale: structure parity with the source, the state of every section,
 * the notices the conversion adds to stale and untranslated sections, and, when asked with {@code
 * -Dtranslation.mark=ID,…|all}, recording sections as translated from the current source.
 */
@Mojo(name = "check-translation", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public class CheckTranslationMojo extends BookMojo {

  /** The locale of this module's book. */
  @Parameter(defaultValue = "${book.lang}", required = true)
  String lang;

  /** Where the notices for the conversion go ({@code notices.properties}). */
  @Parameter(defaultValue = "${project.build.directory}/translation", required = true)
  File outputDirectory;

  /**
   * The PDF of each locale, {@code {lang}} standing for the locale: the notices link to the
   * source's.
   */
  @Parameter(required = true)
  String pdfName;

  /** Section IDs to record as translated from the current source, comma-separated, or "all". */
  @Parameter(property = TranslationCheck.MARK_PROPERTY)
  String mark;

  /** For a release: stale, untranslated and orphaned sections are errors, not warnings. */
  @Parameter(property = TranslationCheck.RELEASE_PROPERTY, defaultValue = "false")
  boolean release;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipAsUpToDate()) {
      return;
    }
    MavenLogReporter reporter = reporter();
    TranslationCheck.Request request =
        new TranslationCheck.Request(
            root(), lang, sourceLang, outputDirectory.toPath(), sourcePdf(), mark, release);
    List<Diagnostic> problems;
    try {
      problems = TranslationCheck.check(request, reporter::info, sources());
    } catch (RepositoryFiles.OutsideRepositoryException e) {
      problems = List.of(e.diagnostic());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(
          "cannot check the translation of content-" + lang + ": " + e.getMessage(), e);
    }
    Optional<MojoFailureException> failure =
        reporter.reportAndFail("the translation of content-" + lang, problems);
    if (failure.isPresent()) {
      throw failure.get();
    }
  }

  private String sourcePdf() throws MojoExecutionException {
    if (!pdfName.contains("{lang}")) {
      throw new MojoExecutionException("the PDF name pattern has no {lang}: " + pdfName);
    }
    return PrintRequest.pdfName(pdfName, sourceLang);
  }
}
