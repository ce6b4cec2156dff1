package io.github.awsnetbook.tools.diagnostics;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Reports through Asciidoctor's logger, for the build's extensions during a conversion: the
 * converter ({@code conversion.Converter}) turns every record of warning level or above into an
 * error at its file and line, which fails the book. The record's message is the diagnostic's
 * message and rule ID, then the source line and its caret (a log record has no column); its file is
 * relative to the repository.
 */
public final class AsciidoctorLogReporter implements DiagnosticReporter {

  private final Path root;
  private final Consumer<LogRecord> log;

  /**
   * Records go to {@code log} (an extension's {@code this::log}); paths relative to {@code root}.
   */
  public AsciidoctorLogReporter(Path root, Consumer<LogRecord> log) {
    this.root = root.toAbsolutePath().normalize();
    this.log = log;
  }

  /**
   * The reporter of an extension working on {@code document}: paths relative to the document's base
   * directory, which the build sets to the repository (the jail of includes).
   */
  public static AsciidoctorLogReporter of(Document document, Consumer<LogRecord> log) {
    Object baseDir = document.getOptions().get("base_dir");
    Object docDir = document.getAttribute("docdir");
    String root = baseDir != null ? baseDir.toString() : docDir != null ? docDir.toString() : "";
    return new AsciidoctorLogReporter(Path.of(root), log);
  }

  @Override
  public void report(Diagnostic diagnostic) {
    Diagnostic shown = SourceText.withLine(root, diagnostic.relativeTo(root));
    if (shown.line() <= 0) {
      // A record's cursor has a line; a problem of a whole file names the file in its message.
      log.accept(new LogRecord(severity(shown), shown.shownPath() + ": " + message(shown)));
      return;
    }
    log.accept(new LogRecord(severity(shown), cursor(shown), message(shown)));
  }

  private static Severity severity(Diagnostic diagnostic) {
    return switch (diagnostic.severity()) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARN;
      case NOTE -> Severity.INFO;
    };
  }

  private Cursor cursor(Diagnostic diagnostic) {
    Path file = diagnostic.file();
    Path parent = file.getParent();
    return new SourcePlace(
        diagnostic.shownPath(),
        parent == null ? "" : parent.toString().replace('\\', '/'),
        file.getFileName() == null ? "" : file.getFileName().toString(),
        diagnostic.line());
  }

  /** The message, the rule ID, and (a record has no column) the line with a caret. */
  static String message(Diagnostic diagnostic) {
    StringBuilder text = new StringBuilder(diagnostic.message());
    diagnostic.rule().ifPresent(rule -> text.append(" [").append(rule).append(']'));
    if (diagnostic.sourceLine() != null && diagnostic.column() > 0) {
      text.append('\n').append(Caret.under(diagnostic.sourceLine(), diagnostic.column()));
    }
    return text.toString();
  }
}
