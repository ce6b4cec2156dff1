package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A page's figures and list numbers are drawn where they stand among its text (the patched engine's
 * PagedBoxCollector and DisplayListPainter), so a reader of the content stream in drawing order
 * (search, copy in a viewer that ignores tags, {@code pdftotext -raw}) reads them in their places,
 * not a figure's labels after all of the page's text nor a list's numbers before it.
 */
@Execution(ExecutionMode.CONCURRENT)
class DrawingOrderTest {

  private static final String SVG =
      """
      <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="%s"
           width="%d" height="40" viewBox="0 0 %d 40">
        <rect x="1" y="1" width="%d" height="38" fill="#eef3fb" stroke="#1a4d8f"/>
        <text x="10" y="25" font-size="12">%s</text>
      </svg>""";

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Drawing order</title>
      <meta name="subject" content="The drawing order of figures and list numbers">
      <style>
        body { font-family: "Noto Sans JP Book"; }
        .imageblock svg { display: block; width: 100%%; height: auto; }
        p svg { display: inline-block; width: 120px; height: 40px; }
      </style></head>
      <body><div id="content">
      <p>Text before the figure.</p>
      <div class="imageblock"><div class="content">%s</div></div>
      <p>Text after the figure.</p>
      <ol><li><p>Item one of the list.</p></li><li><p>Item two of the list.</p></li></ol>
      <p>Text before %s an inline picture, and after it.</p>
      </div></body></html>
      """
          .formatted(
              SVG.formatted("A figure", 400, 400, 398, "Figure label"),
              SVG.formatted("An inline picture", 120, 120, 118, "Inline label"));

  private static String drawn;

  @BeforeAll
  static void print(@TempDir Path folder) throws IOException {
    Path page = folder.resolve("index.html");
    Files.writeString(page, PAGE);
    Path pdf = Prints.print(page, folder.resolve("order.pdf"));
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(false);
      drawn = stripper.getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aFiguresLabelsAreDrawnBetweenTheTextBeforeAndAfterIt() {
    assertInOrder("Text before the figure.", "Figure label", "Text after the figure.");
  }

  @Test
  void aListsNumbersAreDrawnEachBeforeItsItem() {
    assertInOrder("Text after the figure.", "1.", "Item one of the list.");
    assertInOrder("Item one of the list.", "2.", "Item two of the list.");
  }

  /**
   * An inline-block stays on the engine's path: drawn once, with its line (after the line's text,
   * as the engine draws a line's inline-blocks; the book has none).
   */
  @Test
  void aPictureInALineIsDrawnOnceWithItsLine() {
    assertInOrder("Item two of the list.", "Inline label", "and after it.");
    assertEquals(1, drawn.split("Inline label", -1).length - 1, drawn);
    assertEquals(1, drawn.split("Figure label", -1).length - 1, drawn);
  }

  private static void assertInOrder(String before, String between, String after) {
    int start = drawn.indexOf(before);
    int middle = drawn.indexOf(between, Math.max(start, 0));
    int end = drawn.indexOf(after);
    assertTrue(
        start >= 0 && middle > start && end > middle,
        "\""
            + between
            + "\" is not drawn between \""
            + before
            + "\" and \""
            + after
            + "\":\n"
            + drawn);
  }
}
