package io.github.awsnetbook.tools.typography;

import java.util.BitSet;

/**
 * Where Japanese text meets a Latin letter or a digit, the places that JLREQ (3.2.5) sets a quarter
 * em apart: for text that is drawn rather than typeset by the page's rules (a figure's labels).
 */
public final class JapaneseLatinBoundaries {

  private JapaneseLatinBoundaries() {}

  /** The offsets in {@code text} between a Japanese character and a Latin letter or digit. */
  public static BitSet in(String text) {
    BitSet at = new BitSet();
    int before = -1;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int codePoint = text.codePointAt(i);
      if (before >= 0 && JapaneseSpacing.isBoundary(before, codePoint)) {
        at.set(i);
      }
      before = codePoint;
    }
    return at;
  }
}
