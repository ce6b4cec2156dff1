package io.github.awsnetbook.tools.terminology;

/**
 * A termbase or a book source that cannot be read (malformed XML, a DOCTYPE, an unknown status, a
 * missing include); the message is a complete line, {@code path:line:column: error: what is wrong;
 * what to write instead}.
 */
public final class TerminologyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TerminologyException(String message) {
    super(message);
  }

  public TerminologyException(String message, Throwable cause) {
    super(message, cause);
  }
}
