package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;

/**
 * A termbase or a book source that cannot be read (malformed XML, a DOCTYPE, an unknown status, a
 * missing include), with its diagnostic: {@code path:line:column: error: what is wrong; what to
 * write instead}.
 */
public final class TerminologyException extends DiagnosticException {

  private static final long serialVersionUID = 1L;

  public TerminologyException(Diagnostic diagnostic) {
    super(diagnostic);
  }

  public TerminologyException(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic, cause);
  }
}
