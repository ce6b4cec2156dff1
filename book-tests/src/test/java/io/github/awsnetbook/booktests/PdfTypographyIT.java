package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF is set in the Japanese font, regular and bold, with a glyph for every character; the
 * English book's titles of works in a true italic (Source Sans 3's, the design of the Japanese
 * font's Latin letters) at the Japanese font's size of Latin letters.
 */
class PdfTypographyIT {

  static Stream<Book> books() {
    return Book.all().stream();
  }

  @ParameterizedTest
  @MethodSource("books")
  void thePdfEmbedsTheJapaneseFontInRegularAndBold(Book book) throws IOException {
    Set<String> fonts = new TreeSet<>();
    try (PDDocument pdf = book.openPdf()) {
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertTrue(font.isEmbedded(), book + ": font not embedded: " + font.getName());
          fonts.add(font.getName().replaceFirst("^[A-Za-z0-9]{6}\\+", ""));
        }
      }
    }
    Set<String> expected =
        book.lang().equals("en")
            ? Set.of("NotoSansJP-Bold", "NotoSansJP-Regular", ITALIC)
            : Set.of("NotoSansJP-Bold", "NotoSansJP-Regular");
    assertEquals(expected, fonts, book + ": fonts used");
  }

  @ParameterizedTest
  @MethodSource("books")
  void everyCharacterDrawnHasAGlyphInItsFont(Book book) throws IOException {
    List<String> missing = new ArrayList<>();
    int[] drawn = {0};
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
              throws IOException {
            drawn[0]++;
            boolean hasGlyph = font instanceof PDVectorFont vector && vector.hasGlyph(code);
            if (!hasGlyph) {
              missing.add(
                  "page "
                      + getCurrentPageNo()
                      + ": code "
                      + code
                      + " ("
                      + font.toUnicode(code)
                      + ") in "
                      + font.getName());
            }
            super.showGlyph(matrix, font, code, displacement);
          }
        };
    try (PDDocument pdf = book.openPdf()) {
      stripper.getText(pdf);
    }
    assertTrue(drawn[0] > 1000, book + ": only " + drawn[0] + " glyphs drawn");
    assertEquals(List.of(), missing, book + ": characters drawn without a glyph");
  }

  @ParameterizedTest
  @MethodSource("books")
  void thePdfIsA4(Book book) throws IOException {
    try (PDDocument pdf = book.openPdf()) {
      for (PDPage page : pdf.getPages()) {
        assertEquals(595.28, page.getMediaBox().getWidth(), 0.5);
        assertEquals(841.89, page.getMediaBox().getHeight(), 0.5);
      }
    }
  }

  /** The book's italic: Noto Sans JP has none. */
  static final String ITALIC = "SourceSans3-Italic";

  /**
   * A title of a work in the English text (the series' title in the colophon, a standard's in the
   * list of sources) is drawn in the italic face, not slanted or upright Noto Sans JP, and its
   * letters are as tall as the upright text's around it: Source Sans 3 drawn 1.117 times as large,
   * as Noto Sans JP draws it (x-height 543 against 486 units).
   */
  @org.junit.jupiter.api.Test
  void englishTitlesOfWorksAreSetInATrueItalicAsTallAsTheUprightText() throws IOException {
    Book en = Book.of("en");
    StringBuilder italic = new StringBuilder();
    List<Double> ratios = new ArrayList<>();
    try (PDDocument pdf = en.openPdf()) {
      for (TaggedText.Block block : TaggedText.blocks(pdf)) {
        for (List<org.apache.pdfbox.text.TextPosition> line : block.glyphs()) {
          org.apache.pdfbox.text.TextPosition upright = null;
          for (org.apache.pdfbox.text.TextPosition glyph : line) {
            String name = glyph.getFont().getName();
            if (name.endsWith("+" + ITALIC)) {
              italic.append(glyph.getUnicode());
              if (upright != null && glyph.getUnicode().matches("[a-z]")) {
                ratios.add(glyph.getFontSizeInPt() / (double) upright.getFontSizeInPt());
                upright = null;
              }
            } else if (name.endsWith("+NotoSansJP-Regular")) {
              upright = glyph;
            }
          }
        }
      }
    }
    String text = italic.toString();
    assertTrue(text.contains("Networking on AWS"), "the series' title not in italic: " + text);
    assertTrue(
        text.contains("The NIST Definition of Cloud Computing"),
        "the standard's title not in italic: " + text);
    assertTrue(!ratios.isEmpty(), "no italic after upright text on a line");
    for (double ratio : ratios) {
      assertEquals(1.117, ratio, 0.01, "the italic's size against the upright text's");
    }
  }
}
