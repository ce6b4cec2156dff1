package io.github.awsnetbook.tools.diagnostics;

import java.util.Objects;

/**
 * A problem that stops a step (a termbase that cannot be read, an include that leads out of the
 * repository), carrying its diagnostic for the step to report like any other; its message is the
 * diagnostic's one-line form.
 */
public class DiagnosticException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;

  public DiagnosticException(Diagnostic diagnostic) {
    super(Objects.requireNonNull(diagnostic, "diagnostic").toString());
    this.diagnostic = diagnostic;
  }

  public DiagnosticException(Diagnostic diagnostic, Throwable cause) {
    super(Objects.requireNonNull(diagnostic, "diagnostic").toString(), cause);
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
