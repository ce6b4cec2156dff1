package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Body paragraphs are justified as a Japanese publisher would set them: measured from the glyph
 * positions PDFBox reports, every line but a paragraph's last ends at the same right edge; the
 * extra space goes between Japanese characters (and, in English, between words), never between
 * the letters of a Latin word or the digits of a number; and a space between two Latin words stays
 * under 0.7 em.
 */
class JustificationIT {

  /**
   * Less than any visible spacing: the print stylesheet sets Latin runs with 0.05 pt of letter
   * spacing (a two-hundredth of an em), which keeps them out of the engine's justification.
   */
  static final double NATURAL = 0.08;

  record Measure(
      int lines,
      int flushLines,
      int latinPairs,
      List<String> spacedLatinPairs,
      List<String> wideSpaces,
      double widestSpaceEm,
      int widenedJapaneseGaps) {}

  @Test
  void japaneseParagraphsAreJustifiedBetweenJapaneseCharactersOnly() throws IOException {
    Measure ja = measure("ja");
    report("ja", ja);
    assertEquals(List.of(), ja.spacedLatinPairs(), "letters of a Latin word spaced apart");
    assertEquals(List.of(), ja.wideSpaces(), "spaces between Latin words of 0.7 em or more");
    assertEquals(ja.lines(), ja.flushLines(), "lines that do not reach the right edge");
    assertTrue(ja.latinPairs() > 200, "only " + ja.latinPairs() + " Latin letter pairs measured");
    assertTrue(ja.widenedJapaneseGaps() > 100, "justification widens no Japanese gaps");
  }

  @Test
  void englishParagraphsAreJustifiedByWordSpacingWithoutLetterSpacing() throws IOException {
    Measure en = measure("en");
    report("en", en);
    assertEquals(List.of(), en.spacedLatinPairs(), "letters of a word spaced apart");
    assertEquals(en.lines(), en.flushLines(), "lines that do not reach the right edge");
    assertTrue(en.latinPairs() > 2000, "only " + en.latinPairs() + " letter pairs measured");
  }

  private static void report(String lang, Measure m) {
    System.out.printf(
        "justification %s: %d full lines, %d flush; %d Latin letter pairs, %d spaced apart;"
            + " widest space between Latin words %.2f em (%d of 0.7 em or more);"
            + " %d widened gaps between Japanese characters%n",
        lang,
        m.lines(),
        m.flushLines(),
        m.latinPairs(),
        m.spacedLatinPairs().size(),
        m.widestSpaceEm(),
        m.wideSpaces().size(),
        m.widenedJapaneseGaps());
  }

  private static Measure measure(String lang) throws IOException {
    int lines = 0;
    int flush = 0;
    int latinPairs = 0;
    int widenedJapanese = 0;
    double widest = 0;
    List<String> spaced = new ArrayList<>();
    List<String> wide = new ArrayList<>();
    try (PDDocument pdf = Book.of(lang).openPdf()) {
      for (TaggedText.Block block : TaggedText.blocks(pdf)) {
        if (!block.type().equals("P") || block.glyphs().size() < 2) {
          continue;
        }
        double right = block.glyphs().stream().mapToDouble(JustificationIT::rightEdge).max().orElse(0);
        for (int n = 0; n < block.glyphs().size(); n++) {
          List<TextPosition> line = block.glyphs().get(n);
          if (n < block.glyphs().size() - 1) {
            lines++;
            if (right - rightEdge(line) < 1.0) {
              flush++;
            }
          }
          for (int i = 0; i + 1 < line.size(); i++) {
            TextPosition a = line.get(i);
            TextPosition b = line.get(i + 1);
            double extra = b.getXDirAdj() - a.getXDirAdj() - natural(a);
            if (isLatin(a) && isLatin(b)) {
              latinPairs++;
              if (Math.abs(extra) > NATURAL) {
                spaced.add(String.format("%s%s +%.2fpt in «%s»", a.getUnicode(), b.getUnicode(), extra, text(line)));
              }
            } else if (isJapanese(a) && isJapanese(b) && extra > NATURAL) {
              widenedJapanese++;
            }
            if (i + 2 < line.size() && isLatin(a) && line.get(i + 1).getUnicode().equals(" ")
                && isLatin(line.get(i + 2))) {
              TextPosition c = line.get(i + 2);
              double space = (c.getXDirAdj() - a.getXDirAdj() - natural(a)) / em(a);
              widest = Math.max(widest, space);
              if (space >= 0.7 && lang.equals("ja")) {
                wide.add(String.format("%.2f em in «%s»", space, text(line)));
              }
            }
          }
        }
      }
    }
    return new Measure(lines, flush, latinPairs, spaced, wide, widest, widenedJapanese);
  }

  /** The glyph's own advance, as PDFBox reports it: its width without any added spacing. */
  private static double natural(TextPosition glyph) {
    return glyph.getWidthDirAdj();
  }

  /** The glyph's font size in the page's units: its width over its width in the font. */
  private static double em(TextPosition glyph) {
    try {
      float units = glyph.getFont().getWidth(glyph.getCharacterCodes()[0]);
      return units > 0 ? glyph.getWidthDirAdj() * 1000 / units : glyph.getFontSizeInPt();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double rightEdge(List<TextPosition> line) {
    TextPosition last = line.get(line.size() - 1);
    return last.getXDirAdj() + natural(last);
  }

  private static boolean isLatin(TextPosition glyph) {
    int c = glyph.getUnicode().codePointAt(0);
    return c < 0x250 && Character.isLetterOrDigit(c);
  }

  private static boolean isJapanese(TextPosition glyph) {
    int c = glyph.getUnicode().codePointAt(0);
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static String text(List<TextPosition> line) {
    StringBuilder text = new StringBuilder();
    line.forEach(glyph -> text.append(glyph.getUnicode()));
    return text.toString();
  }
}
