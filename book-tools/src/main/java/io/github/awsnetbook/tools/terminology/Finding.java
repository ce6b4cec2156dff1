package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import io.github.awsnetbook.tools.diagnostics.Places;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing a check found: where (line and column 1-based, the column counted in code points), how
 * bad, which check, and a message that says what to write instead.
 */
public record Finding(
    Path file, int line, int column, Severity severity, String checkId, String message) {

  public Finding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(checkId, "checkId");
    Objects.requireNonNull(message, "message");
  }

  /** {@code path:line:column: severity: message [check-id]}, the path relative to {@code root}. */
  public String logLine(Path root) {
    return new Diagnostic(severity, Places.relative(root, file), line, column, message)
        + " ["
        + checkId
        + "]";
  }
}
