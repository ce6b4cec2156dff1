package io.github.awsnetbook.tools.conversion;

import io.github.awsnetbook.tools.asciidoc.BookAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * One warm Asciidoctor, with the build's extensions from the service loader (safe mode floor, real
 * path jail, typography, translation notices, reference check), reused for every conversion: JRuby
 * takes seconds to start, a warm conversion of the book a fraction of one. Conversions run one at a
 * time. A converter made with its own instance shuts JRuby down when closed; one given the build's
 * instance leaves it to the build.
 */
public final class Converter implements AutoCloseable {

  /** A converted page, or the problems that make it unfit to show (the build fails on them). */
  public record Conversion(Path page, List<Diagnostic> problems) {
    public boolean failed() {
      return problems.stream().anyMatch(Diagnostic::isError);
    }
  }

  private final Asciidoctor asciidoctor;
  private final boolean owned;

  /** A converter with an Asciidoctor of its own. */
  public Converter() {
    this(BookAsciidoctor.create(), true);
  }

  /** A converter on the caller's Asciidoctor (the build's one, shared by its steps). */
  public Converter(Asciidoctor shared) {
    this(shared, false);
  }

  private Converter(Asciidoctor asciidoctor, boolean owned) {
    this.asciidoctor = asciidoctor;
    this.owned = owned;
  }

  /** The warm instance, for the checks that read the book before it is converted. */
  public Asciidoctor asciidoctor() {
    return asciidoctor;
  }

  /**
   * Converts the locale's book into {@code toDir/index.html}. Every warning of Asciidoctor or of
   * the extensions is an error, as the book plugin fails on them; its place is the file and line
   * Asciidoctor reports, relative to the repository.
   */
  public synchronized Conversion convertHtml(BookLayout layout, Path toDir) {
    List<LogRecord> records = new ArrayList<>();
    LogHandler handler = records::add;
    asciidoctor.registerLogHandler(handler);
    try {
      asciidoctor.convertFile(
          layout.document().toFile(), BookConversion.htmlOptions(layout, toDir));
    } finally {
      asciidoctor.unregisterLogHandler(handler);
    }
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
      // Asciidoctor's own cursors name files absolutely; the build's extensions report relative to
      // the repository (AsciidoctorLogReporter), which is not the process's working directory.
      file = layout.root().resolve(cursor.getFile());
      line = Math.max(1, cursor.getLineNumber());
    }
    // Asciidoctor reports no column; the message is its own, with the advice of the extension.
    return Diagnostic.error(
            Places.relative(layout.root(), file),
            line,
            1,
            "asciidoctor: " + Places.withRelativePaths(layout.root(), logRecord.getMessage()))
        .withRule("asciidoc/conversion-warning");
  }

  @Override
  public void close() {
    if (owned) {
      asciidoctor.shutdown();
    }
  }
}
