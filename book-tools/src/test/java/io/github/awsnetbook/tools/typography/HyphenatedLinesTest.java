package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The print engine (with the book's patches) breaks English at the hyphenator's points, never more
 * than two lines in a row, and the hyphen it draws at a line's end is not text (its sequence has an
 * empty ActualText, which PDFBox's text stripper reads).
 */
@Execution(ExecutionMode.CONCURRENT)
class HyphenatedLinesTest {

  /** Long words in a narrow column: nearly every line would end with a hyphen. */
  private static final String WORDS =
      "Internationalization telecommunications responsibilities configuration"
          + " establishment administration interconnection representatives"
          + " communication infrastructure encapsulation understanding";

  @Test
  void noTwoLinesInARowEndWithAHyphen() throws IOException {
    Printed printed = print();
    int hyphenated = 0;
    int run = 0;
    int longestRun = 0;
    for (int i = 0; i + 1 < printed.lines().size(); i++) {
      boolean broken = breaksAWord(printed.lines().get(i), printed.lines().get(i + 1));
      run = broken ? run + 1 : 0;
      hyphenated += broken ? 1 : 0;
      longestRun = Math.max(longestRun, run);
    }
    assertTrue(hyphenated >= 4, "only " + hyphenated + " hyphenated lines in " + printed.lines());
    assertEquals(1, longestRun, "the longest run of hyphenated lines in " + printed.lines());
  }

  @Test
  void theHyphenDrawnAtALineEndIsNotText() throws IOException {
    Printed printed = print();
    long broken = 0;
    for (int i = 0; i + 1 < printed.lines().size(); i++) {
      broken += breaksAWord(printed.lines().get(i), printed.lines().get(i + 1)) ? 1 : 0;
      assertFalse(printed.lines().get(i).endsWith("-"), printed.lines().get(i));
    }
    assertTrue(broken > 0);
    assertEquals(broken, printed.hyphensDrawn(), "hyphens drawn, one for each broken word");
  }

  private static boolean breaksAWord(String line, String next) {
    String head = line.substring(line.lastIndexOf(' ') + 1);
    String tail = next.contains(" ") ? next.substring(0, next.indexOf(' ')) : next;
    return !head.isEmpty() && List.of(WORDS.split(" ")).contains(head + tail);
  }

  /** The column's lines as read, and how many hyphens were drawn. */
  private record Printed(List<String> lines, int hyphensDrawn) {}

  private static Printed print() throws IOException {
    String html =
        "<html lang=\"en\"><head><style>@page { size: 70mm 400mm; margin: 5mm }"
            + " p { hyphens: auto; text-align: justify; font-size: 10pt;"
            + " -fs-max-justification-inter-char: 0; -fs-max-justification-inter-word: 1em }"
            + "</style></head><body><p>"
            + WORDS
            + " "
            + WORDS
            + "</p></body></html>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withHtmlContent(html, null);
    builder.useHyphenation(new EnglishHyphenator());
    builder.toStream(out);
    builder.run();
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      int[] hyphens = {0};
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
                throws IOException {
              hyphens[0] += "-".equals(font.toUnicode(code)) ? 1 : 0;
              super.showGlyph(matrix, font, code, displacement);
            }
          };
      List<String> lines = stripper.getText(pdf).strip().lines().map(String::strip).toList();
      return new Printed(lines, hyphens[0]);
    }
  }
}
