package io.github.awsnetbook.tools.conversion;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * One warm Asciidoctor, with the build's extensions from the service loader (safe mode floor, real
 * path jail, typography, translation notices, reference check), reused for every conversion: JRuby
 * takes seconds to start, a warm conversion of the book a fraction of one. Conversions run one at a
 * time. Close it to shut JRuby down.
 */
public final class Converter implements AutoCloseable {

  /** A converted page, or the problems that make it unfit to show (the build fails on them). */
  public record Conversion(Path page, List<Diagnostic> problems) {
    public boolean failed() {
      return problems.stream().anyMatch(Diagnostic::isError);
    }
  }

  private final Asciidoctor asciidoctor;
  private final List<LogRecord> records = new ArrayList<>();

  public Converter() {
    asciidoctor = Asciidoctor.Factory.create();
    asciidoctor.registerLogHandler(this::record);
  }

  /** The warm instance, for the checks that read the book before it is converted. */
  public Asciidoctor asciidoctor() {
    return asciidoctor;
  }

  private synchronized void record(LogRecord logRecord) {
    records.add(logRecord);
  }

  /**
   * Converts the locale's book into {@code toDir/index.html}. Every warning of Asciidoctor or of
   * the extensions is an error, as the build's {@code failIf WARN}; its place is the file and line
   * Asciidoctor reports, relative to the repository.
   */
  public synchronized Conversion convertHtml(BookLayout layout, Path toDir) {
    records.clear();
    asciidoctor.convertFile(layout.document().toFile(), BookConversion.htmlOptions(layout, toDir));
    List<Diagnostic> problems = new ArrayList<>();
    for (LogRecord logRecord : records) {
      if (logRecord.getSeverity().compareTo(Severity.WARN) >= 0) {
        problems.add(diagnostic(layout, logRecord));
      }
    }
    return new Conversion(toDir.resolve("index.html"), List.copyOf(problems));
  }

  private static Diagnostic diagnostic(BookLayout layout, LogRecord logRecord) {
    Cursor cursor = logRecord.getCursor();
    Path file = layout.document();
    int line = 1;
    if (cursor != null && cursor.getFile() != null) {
      file = Path.of(cursor.getFile());
      line = Math.max(1, cursor.getLineNumber());
    }
    // Asciidoctor reports no column; the message is its own, with the advice of the extension.
    return Diagnostic.error(
        Places.relative(layout.root(), file),
        line,
        1,
        "asciidoctor: " + Places.withRelativePaths(layout.root(), logRecord.getMessage()));
  }


  @Override
  public void close() {
    asciidoctor.shutdown();
  }
}
