package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import io.github.awsnetbook.tools.diagnostics.TextReporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The one place where the steps' findings meet Maven's log: each finding in the compiler's format
 * ({@code path:line:column: severity: message [rule-id]}, the path relative to the repository) with
 * its source line and caret, as one message so that Maven's level prefix does not shift the caret;
 * errors at Maven's error level, warnings at its warning level, and the failure that stops the
 * build naming how many errors there were and the first of them.
 */
final class MavenLogReporter {

  private final Log log;
  private final Path root;
  private final TextReporter text;

  MavenLogReporter(Log log, Path root) {
    this.log = log;
    this.root = root;
    this.text = new TextReporter(root, log::error, log::warn, log::info);
  }

  /**
   * Logs every problem at its level (of one rule in one file the first few, then a count of the
   * rest: {@code PrintLimit}); returns them all, with repository-relative paths.
   */
  List<Diagnostic> report(List<Diagnostic> problems) {
    text.reportAll(problems);
    return problems.stream().map(problem -> problem.relativeTo(root)).toList();
  }

  /** Logs one line that already carries its place and severity word. */
  void line(Severity severity, String line) {
    if (severity == Severity.ERROR) {
      log.error(line);
    } else {
      log.warn(line);
    }
  }

  void info(String line) {
    log.info(line);
  }

  /**
   * Logs the problems and, when any is an error, returns the failure that stops the build: {@code
   * what} (such as "the sources of content-en"), the number of errors and the first of them.
   */
  Optional<MojoFailureException> reportAndFail(String what, List<Diagnostic> problems) {
    List<Diagnostic> errors = report(problems).stream().filter(Diagnostic::isError).toList();
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(failure(what, errors.size(), errors.get(0).toString()));
  }

  /** The failure of a step whose errors are already logged, with the first error's line. */
  static MojoFailureException failure(String what, long errors, String firstError) {
    return new MojoFailureException(
        what
            + ": "
            + errors
            + (errors == 1 ? " error" : " errors")
            + " (logged above); the first: "
            + firstError);
  }
}
