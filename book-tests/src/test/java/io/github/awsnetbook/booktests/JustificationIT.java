package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Body paragraphs are justified, measured from the glyph positions PDFBox reports. Japanese: every
 * line but a paragraph's last (or one ended by a hard break) ends at the paragraph's right edge
 * (where most of its lines end); the extra space goes between Japanese characters, never between
 * the letters of a Latin word or the digits of a number, and a space between two Latin words stays
 * under 0.7 em. English: the extra space goes into the word spaces only, never between letters.
 */
@ExtendWith(ReadBooks.Shared.class)
class JustificationIT {

  private final ReadBooks books;

  JustificationIT(ReadBooks books) {
    this.books = books;
  }

  /**
   * Less than any visible spacing: the print stylesheet sets Latin runs of Japanese text with 0.05
   * pt of letter spacing (a two-hundredth of an em), which keeps them out of the justification.
   */
  static final double NATURAL = 0.08;

  /** How far from the paragraph's right edge a line may end and still count as flush. */
  static final double FLUSH = 0.5;

  /**
   * How far any full line of a Japanese paragraph may end from its right edge: a line that breaks
   * at a space inside a Latin run overhangs by up to 1.7 pt (0.6 mm), because the engine measures
   * the trimmed space of a letter-spaced run a little short; the others end within {@link #FLUSH}.
   */
  static final double OVERHANG = 2.0;

  record Measure(
      int lines,
      int flushLines,
      double mostShort,
      int latinPairs,
      List<String> spacedLatinPairs,
      List<String> wideSpaces,
      double widestSpaceEm,
      int widenedJapaneseGaps,
      int widenedWordSpaces) {}

  @Test
  void japaneseParagraphsAreJustifiedBetweenJapaneseCharactersOnly() throws IOException {
    Measure ja = measure("ja");
    report("ja", ja);
    assertEquals(List.of(), ja.spacedLatinPairs(), "letters of a Latin word spaced apart");
    assertEquals(List.of(), ja.wideSpaces(), "spaces between Latin words of 0.7 em or more");
    assertTrue(ja.mostShort() < OVERHANG, "a line ends " + ja.mostShort() + " pt off the edge");
    assertTrue(
        ja.flushLines() >= ja.lines() * 0.85,
        ja.flushLines() + " of " + ja.lines() + " lines end at the right edge");
    assertTrue(ja.latinPairs() > 200, "only " + ja.latinPairs() + " Latin letter pairs measured");
    assertTrue(ja.widenedJapaneseGaps() > 100, "justification widens no Japanese gaps");
  }

  @Test
  void englishParagraphsAreJustifiedByWordSpacingWithoutLetterSpacing() throws IOException {
    Measure en = measure("en");
    report("en", en);
    assertEquals(List.of(), en.spacedLatinPairs(), "letters of a word spaced apart");
    assertTrue(en.latinPairs() > 2000, "only " + en.latinPairs() + " letter pairs measured");
    assertTrue(en.widenedWordSpaces() > 100, "justification widens no word spaces");
    // The engine gives word spaces 80 % of a line's extra width and the rest to the gaps between
    // letters; with those gaps held at zero, an English line ends short by a fifth of its slack.
  }

  private static void report(String lang, Measure m) {
    System.out.printf(
        "justification %s: %d full lines, %d flush within %.1f pt (the others off by %.1f pt at"
            + " most); %d Latin letter pairs, %d spaced apart; widest space between Latin words"
            + " %.2f em (%d of 0.7 em or more); %d widened gaps between Japanese characters, %d"
            + " widened word spaces%n",
        lang,
        m.lines(),
        m.flushLines(),
        FLUSH,
        m.mostShort(),
        m.latinPairs(),
        m.spacedLatinPairs().size(),
        m.widestSpaceEm(),
        m.wideSpaces().size(),
        m.widenedJapaneseGaps(),
        m.widenedWordSpaces());
  }

  private Measure measure(String lang) throws IOException {
    Set<String> hardLineEnds = hardLineEnds(Book.of(lang));
    int lines = 0;
    int flush = 0;
    double mostShort = 0;
    int latinPairs = 0;
    int widenedJapanese = 0;
    int widenedSpaces = 0;
    double widest = 0;
    List<String> spaced = new ArrayList<>();
    List<String> wide = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (TaggedText.Block block : books.blocks(Book.of(lang))) {
      if (!block.type().equals("P") || block.glyphs().size() < 2) {
        continue;
      }
      List<List<TextPosition>> full = new ArrayList<>();
      for (int n = 0; n < block.glyphs().size() - 1; n++) {
        String text = PdfText.unwrapped(block.lines().get(n));
        if (hardLineEnds.stream().noneMatch(text::endsWith)) {
          full.add(block.glyphs().get(n));
        }
      }
      double[] edges = full.stream().mapToDouble(JustificationIT::rightEdge).sorted().toArray();
      double right = edges.length == 0 ? 0 : edges[edges.length / 2];
      for (List<TextPosition> line : full) {
        lines++;
        double off = Math.abs(right - rightEdge(line));
        if (off < FLUSH) {
          flush++;
        } else {
          mostShort = Math.max(mostShort, off);
          misses.add(String.format("%.1f pt off: «%s»", right - rightEdge(line), text(line)));
        }
      }
      for (List<TextPosition> line : block.glyphs()) {
        for (int i = 0; i + 1 < line.size(); i++) {
          TextPosition a = line.get(i);
          TextPosition b = line.get(i + 1);
          double extra = b.getXDirAdj() - a.getXDirAdj() - a.getWidthDirAdj();
          if (isLatin(a) && isLatin(b)) {
            latinPairs++;
            if (Math.abs(extra) > NATURAL) {
              spaced.add(
                  String.format(
                      "%s%s +%.2fpt in «%s»", a.getUnicode(), b.getUnicode(), extra, text(line)));
            }
          } else if (isJapanese(a) && isJapanese(b) && extra > NATURAL) {
            widenedJapanese++;
          } else if (a.getUnicode().equals(" ") && extra > NATURAL) {
            widenedSpaces++;
          }
          if (i + 2 < line.size()
              && isLatin(a)
              && line.get(i + 1).getUnicode().equals(" ")
              && isLatin(line.get(i + 2))) {
            TextPosition c = line.get(i + 2);
            double space = (c.getXDirAdj() - a.getXDirAdj() - a.getWidthDirAdj()) / em(a);
            widest = Math.max(widest, space);
            if (space >= 0.7 && lang.equals("ja")) {
              wide.add(String.format("%.2f em in «%s»", space, text(line)));
            }
          }
        }
      }
    }
    misses.forEach(miss -> System.out.println("justification " + lang + ": " + miss));
    return new Measure(
        lines, flush, mostShort, latinPairs, spaced, wide, widest, widenedJapanese, widenedSpaces);
  }

  /** The end of each line of the page that a hard break ({@code <br>}) ends, without spaces. */
  private Set<String> hardLineEnds(Book book) {
    Set<String> ends = new TreeSet<>();
    for (Element br : books.html(book).select("#content p br")) {
      StringBuilder before = new StringBuilder();
      for (Node node = br.previousSibling(); node != null; node = node.previousSibling()) {
        if (node instanceof Element element && element.is("br")) {
          break;
        }
        before.insert(0, node instanceof TextNode text ? text.text() : ((Element) node).text());
      }
      String text = PdfText.unwrapped(before.toString());
      if (!text.isEmpty()) {
        ends.add(text.substring(Math.max(0, text.length() - 8)));
      }
    }
    return ends;
  }

  /** The glyph's font size in the page's units: its width over its width in the font. */
  private static double em(TextPosition glyph) {
    try {
      float units = glyph.getFont().getWidth(glyph.getCharacterCodes()[0]);
      return units > 0 ? glyph.getWidthDirAdj() * 1000 / units : glyph.getFontSizeInPt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the line's ink ends: its last glyph that is not a space. */
  private static double rightEdge(List<TextPosition> line) {
    int last = line.size() - 1;
    while (last > 0 && line.get(last).getUnicode().isBlank()) {
      last--;
    }
    return line.get(last).getXDirAdj() + line.get(last).getWidthDirAdj();
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
