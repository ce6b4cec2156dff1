package io.github.awsnetbook.tools.diagnostics;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Prints each diagnostic as a compiler does: the line {@code path:line:column: error: message
 * [rule-id]}, then the source line and a caret under the column. Errors go to one stream, warnings
 * and notes to another (the command-line steps print errors to stderr). Paths are shown relative to
 * the repository, and the source line is read from the file where the check did not give it.
 */
public final class ConsoleReporter implements DiagnosticReporter {

  private final TextReporter text;

  public ConsoleReporter(Path root, PrintStream errors, PrintStream others) {
    this.text = new TextReporter(root, errors::println, others::println, others::println);
  }

  /** Everything to one stream. */
  public ConsoleReporter(Path root, PrintStream out) {
    this(root, out, out);
  }

  @Override
  public void report(Diagnostic diagnostic) {
    text.report(diagnostic);
  }
}
