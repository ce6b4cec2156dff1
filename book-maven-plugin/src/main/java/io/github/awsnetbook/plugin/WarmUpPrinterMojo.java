package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.printing.PrinterWarmup;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts readying the PDF engine in the background, once per build, when this module has a book to
 * print: the steps until the publish step check and convert on one core, and the engine's warm-up
 * (its classes, the line breaker's dictionaries, the book's fonts, code compiled before the book's
 * print) runs on another meanwhile. It writes nothing; the publish step waits for it.
 */
@Mojo(name = "warm-up-printer", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class WarmUpPrinterMojo extends BookFontMojo {

  /** The book's stylesheet, which lays out the sample as it lays out the book. */
  @Parameter(defaultValue = "${book.theme.dir}/html/css/book.css", required = true)
  File stylesheet;

  @Override
  public void execute() {
    if (skipAsUpToDate()) {
      return;
    }
    BuildShared.get(
        session,
        PrinterWarmup.class,
        () -> PrinterWarmup.start(stylesheet.toPath(), webFonts()),
        PrinterWarmup::awaitReady); // a lost race's warm-up must not outlive its step
  }
}
