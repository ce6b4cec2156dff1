package io.github.awsnetbook.tools.terminology;

/**
 * A termbase that cannot be used; the message is a complete line, {@code path:line:column: error:
 * what is wrong; what to write instead}.
 */
public final class TermbaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TermbaseException(String message) {
    super(message);
  }

  public TermbaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
