package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.webfonts.WebFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class PrinterWarmupTest {

  @Test
  void theSampleGoesThroughEveryStageOfTheBooksPrint() throws IOException {
    byte[] sample =
        PrinterWarmup.printSample(Prints.BOOK_STYLESHEET, Prints.BOOK_FONTS, new ParsedFonts());

    try (PDDocument pdf = Loader.loadPDF(sample)) {
      assertTrue(pdf.getNumberOfPages() >= 2, "a title page and the contents, as the book's");
      assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "tagged, as the book's");
      assertNotNull(pdf.getDocumentCatalog().getMetadata(), "PDF/A metadata, as the book's");
      assertEquals("ja", pdf.getDocumentCatalog().getLanguage());
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("見本の章"), "the Japanese text is set in the embedded font");
      assertTrue(text.contains("VPC（東京）"), "the figure's labels are text");
      assertTrue(text.contains("Prices differ by region."), text);
    }
  }

  @Test
  void theWarmupReadsItsStylesheetsFolderOnlyAndWritesNothing(@TempDir Path temp)
      throws IOException {
    Path css = Files.createDirectories(temp.resolve("css"));
    Path stylesheet = Files.copy(Prints.BOOK_STYLESHEET, css.resolve("book.css"));

    PrinterWarmup warmup = PrinterWarmup.start(stylesheet, Prints.BOOK_FONTS);

    assertTrue(warmup.awaitReady());
    try (Stream<Path> files = Files.walk(temp)) {
      assertEquals(List.of(temp, css, stylesheet), files.sorted().toList());
    }
  }

  @Test
  void aWarmupThatFailsIsNotReadyAndThrowsNothing(@TempDir Path temp) throws IOException {
    Path stylesheet = Files.writeString(temp.resolve("book.css"), "body { color: black }");
    List<WebFont> missingFont =
        List.of(new WebFont("Noto Sans JP Book", 400, temp.resolve("missing.ttf")));

    PrinterWarmup warmup = PrinterWarmup.start(stylesheet, missingFont);

    assertFalse(warmup.awaitReady(), "the book's own print reports the missing font at its place");
  }
}
