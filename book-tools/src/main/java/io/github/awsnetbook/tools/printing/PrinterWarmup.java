package io.github.awsnetbook.tools.printing;

import io.github.awsnetbook.tools.diagnostics.CollectingReporter;
import io.github.awsnetbook.tools.webfonts.WebFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The PDF engine readied while a build does other work. The first print in a fresh JVM spends more
 * than a second loading the engine's classes, the line breaker's dictionaries and the book's fonts,
 * and running that code before it is compiled; the build's checks and conversion before it run on
 * one core (JRuby). So a content module starts this at its first step: it prints a small sample
 * page of every kind of block into memory on another thread, and the publish step waits for it
 * before printing the book, by then mostly on warm code.
 *
 * <p>Nothing is read but the sample and the fonts, nothing is written. A failure of the sample is
 * not reported: it is not the book's, and whatever broke it (a font that cannot be read) breaks the
 * book's own print too, which reports it at the book's place.
 */
public final class PrinterWarmup {

  private static final String SAMPLE = "warm-up-sample.html";

  private final FutureTask<byte[]> printing;

  private PrinterWarmup(FutureTask<byte[]> printing) {
    this.printing = printing;
  }

  /**
   * Starts printing the sample, laid out with {@code stylesheet} (the book's) in {@code fonts}, on
   * a daemon thread, which takes the caller's context class loader (a Maven plugin's).
   */
  public static PrinterWarmup start(Path stylesheet, List<WebFont> fonts) {
    return start(stylesheet, fonts, new ParsedFonts());
  }

  /**
   * As {@link #start(Path, List)}, parsing the fonts into {@code faces}, which the build's prints
   * share: the book's print then finds them parsed.
   */
  public static PrinterWarmup start(Path stylesheet, List<WebFont> fonts, ParsedFonts faces) {
    FutureTask<byte[]> printing = new FutureTask<>(() -> printSample(stylesheet, fonts, faces));
    Thread thread = new Thread(printing, "book-printer-warm-up");
    thread.setDaemon(true);
    thread.start();
    return new PrinterWarmup(printing);
  }

  /** Waits until the sample is printed or has failed; returns whether it was printed. */
  public boolean awaitReady() {
    try {
      printing.get();
      return true;
    } catch (ExecutionException | CancellationException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The sample printed with {@code stylesheet} in {@code fonts}: a tagged PDF/A, as the book's. The
   * engine may read the stylesheet's folder only, as it reads only the book page's.
   */
  static byte[] printSample(Path stylesheet, List<WebFont> fonts, ParsedFonts faces)
      throws IOException {
    Path folder = stylesheet.toAbsolutePath().normalize().getParent();
    PrintRequest request =
        new PrintRequest(
            folder.resolve(SAMPLE),
            folder.resolve("unused.pdf"),
            fonts,
            "{lang}.pdf",
            LocalDate.of(2000, 1, 1));
    PdfPrinter printer = new PdfPrinter(request, new CollectingReporter(), faces);
    return printer.printed(sample(printer.baseUri(), stylesheet.getFileName().toString()));
  }

  private static Document sample(String baseUri, String stylesheetName) throws IOException {
    try (InputStream in = PrinterWarmup.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("the warm-up sample is missing: " + SAMPLE));
      }
      Document sample = Jsoup.parse(in, StandardCharsets.UTF_8.name(), baseUri);
      sample.select("link[rel=stylesheet]").attr("href", stylesheetName);
      return sample;
    }
  }
}
