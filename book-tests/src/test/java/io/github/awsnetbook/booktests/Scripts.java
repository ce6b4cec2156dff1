package io.github.awsnetbook.booktests;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/** Which script a printed glyph is of, as the typesetting tests tell Japanese from Latin. */
final class Scripts {

  private Scripts() {}

  /** A Latin letter or a digit (not punctuation). */
  static boolean isLatin(String text) {
    int c = text.codePointAt(0);
    return c < 0x250 && Character.isLetterOrDigit(c);
  }

  static boolean isLatin(TextPosition glyph) {
    return isLatin(glyph.getUnicode());
  }

  /** A Han or kana character (not punctuation). */
  static boolean isJapanese(String text) {
    Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(0));
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  static boolean isJapanese(TextPosition glyph) {
    return isJapanese(glyph.getUnicode());
  }

  /** A Japanese character and a Latin one side by side, in either order. */
  record Boundary(TextPosition before, TextPosition after) {
    /** The white between the two, in points: where JLREQ's quarter em goes. */
    double gap() {
      return after.getXDirAdj() - before.getXDirAdj() - before.getWidthDirAdj();
    }
  }

  /** The boundaries between Japanese and Latin in {@code line}, left to right. */
  static List<Boundary> boundaries(List<TextPosition> line) {
    List<Boundary> boundaries = new ArrayList<>();
    for (int i = 0; i + 1 < line.size(); i++) {
      if (meet(line.get(i), line.get(i + 1))) {
        boundaries.add(new Boundary(line.get(i), line.get(i + 1)));
      }
    }
    return boundaries;
  }

  /** Whether two glyphs side by side are a Japanese character and a Latin one, in either order. */
  static boolean meet(TextPosition a, TextPosition b) {
    return (isJapanese(a) && isLatin(b)) || (isLatin(a) && isJapanese(b));
  }
}
