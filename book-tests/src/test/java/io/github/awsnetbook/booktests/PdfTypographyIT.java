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

/** The PDF is set in the Japanese font, regular and bold, with a glyph for every character. */
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
    assertEquals(Set.of("NotoSansJP-Bold", "NotoSansJP-Regular"), fonts, book + ": fonts used");
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
}
