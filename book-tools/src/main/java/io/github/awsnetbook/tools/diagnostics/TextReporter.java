package io.github.awsnetbook.tools.diagnostics;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reports each diagnostic as text to one sink per severity: the compiler's line, then the source
 * line and its caret (read from the file where the check did not give it), the path relative to the
 * repository. A build tool's log is one line of code away, as in Maven: {@code new
 * TextReporter(root, getLog()::error, getLog()::warn, getLog()::info)}.
 */
public final class TextReporter implements DiagnosticReporter {

  private final Path root;
  private final Consumer<String> errors;
  private final Consumer<String> warnings;
  private final Consumer<String> notes;

  public TextReporter(
      Path root, Consumer<String> errors, Consumer<String> warnings, Consumer<String> notes) {
    this.root = root.toAbsolutePath().normalize();
    this.errors = errors;
    this.warnings = warnings;
    this.notes = notes;
  }

  @Override
  public void report(Diagnostic diagnostic) {
    Diagnostic shown = SourceText.withLine(root, diagnostic.relativeTo(root));
    Consumer<String> sink =
        switch (shown.severity()) {
          case ERROR -> errors;
          case WARNING -> warnings;
          case NOTE -> notes;
        };
    sink.accept(shown.render());
  }
}
