package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import io.github.awsnetbook.tools.diagnostics.Places;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The one place where the steps' findings meet Maven's log: each finding a line in the compiler's
 * format ({@code path:line:column: severity: message}, the path relative to the repository), errors
 * at Maven's error level and warnings at its warning level, and the failure that stops the build
 * naming how many errors there were and the first of them.
 */
final class MavenLogReporter {

  private final Log log;
  private final Path root;

  MavenLogReporter(Log log, Path root) {
    this.log = log;
    this.root = root;
  }

  /** Logs every problem at its level; returns them, with repository-relative paths. */
  List<Diagnostic> report(List<Diagnostic> problems) {
    List<Diagnostic> shown = problems.stream().map(this::relative).toList();
    shown.forEach(problem -> line(problem.severity(), problem.toString()));
    return shown;
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

  /** A path the step gave absolute is shown relative to the repository, as the others are. */
  private Diagnostic relative(Diagnostic problem) {
    if (!problem.file().isAbsolute()) {
      return problem;
    }
    return new Diagnostic(
        problem.severity(),
        Places.relative(root, problem.file()),
        problem.line(),
        problem.column(),
        problem.message());
  }
}
