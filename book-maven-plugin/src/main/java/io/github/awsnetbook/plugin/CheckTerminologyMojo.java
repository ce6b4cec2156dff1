package io.github.awsnetbook.plugin;

import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import io.github.awsnetbook.tools.terminology.TerminologyCheck;
import io.github.awsnetbook.tools.terminology.TerminologyException;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Terminology: this book's terms against the termbase, and a translation's concepts against its
 * source, section by section; writes {@code terminology.sarif}, the glossary appendix and, for a
 * translation, the translator's kit into {@code target/terminology}. Errors fail the build, and
 * warnings too with {@code -Dterminology.failOnWarning=true}.
 */
@Mojo(name = "check-terminology", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public class CheckTerminologyMojo extends BookMojo {

  /** The locale of this module's book. */
  @Parameter(defaultValue = "${book.lang}", required = true)
  String lang;

  /** The termbase (TBX v3). */
  @Parameter(defaultValue = "${book.root}/terminology/aws-networking.tbx", required = true)
  File termbase;

  /** Where the SARIF report, the glossary and the translator's kit go. */
  @Parameter(defaultValue = "${project.build.directory}/terminology", required = true)
  File outputDirectory;

  /** Warnings fail the build too. */
  @Parameter(property = "terminology.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipAsUpToDate()) {
      return;
    }
    TerminologyCheck.Request request =
        new TerminologyCheck.Request(
            root(),
            termbase.toPath().toAbsolutePath().normalize(),
            sourceLang,
            localeList(),
            outputDirectory.toPath(),
            failOnWarning,
            ULocale.forLocale(Locale.getDefault()),
            lang);
    MavenLogReporter reporter = reporter();
    TerminologyCheck.Outcome outcome;
    try {
      outcome = TerminologyCheck.check(request, sources());
    } catch (TerminologyException e) {
      // A termbase or a source that cannot be read, at its place.
      List<Diagnostic> shown = reporter.report(List.of(e.diagnostic()));
      throw MavenLogReporter.failure(
          "the terminology of content-" + lang, 1, shown.get(0).toString());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(
          "cannot check the terminology of content-" + lang + ": " + e.getMessage(), e);
    }
    List<Diagnostic> findings = reporter.report(outcome.findings());
    outcome.notes().forEach(reporter::info);
    reporter.info(outcome.summary());
    if (!outcome.passed()) {
      throw failure(findings);
    }
  }

  private MojoFailureException failure(List<Diagnostic> findings) {
    List<Diagnostic> errors =
        findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
    List<Diagnostic> failing = errors.isEmpty() ? findings : errors;
    String what =
        errors.isEmpty()
            ? "the terminology of content-" + lang + " (warnings fail: terminology.failOnWarning)"
            : "the terminology of content-" + lang;
    return MavenLogReporter.failure(what, failing.size(), failing.get(0).toString());
  }
}
