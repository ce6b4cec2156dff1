package io.github.awsnetbook.tools.diagnostics;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import java.util.Locale;

/**
 * A source line and a caret under one of its columns, as compilers print them. The caret is placed
 * by the width the line takes on a terminal, not by its count of characters: an East Asian wide
 * character takes two cells, a combining mark none, and a tab is copied into the caret's line so
 * that it lands on the same tab stop whatever the terminal's tab width. Invisible and control
 * characters are shown as {@code <U+200B>}, so that a bidi control cannot reorder the printed line
 * and the caret points at something visible.
 */
public final class Caret {

  private Caret() {}

  /**
   * Two lines: {@code line} as shown, and a caret under {@code column} (in code points, from 1); a
   * column past the end points just after the line's last character. Without a column (0), the line
   * alone.
   */
  public static String under(String line, int column) {
    StringBuilder shown = new StringBuilder();
    StringBuilder caret = new StringBuilder();
    int index = 0;
    int position = 1;
    while (index < line.length()) {
      int codePoint = line.codePointAt(index);
      String glyph = shown(codePoint);
      shown.append(glyph);
      if (position < column) {
        caret.append(codePoint == '\t' ? "\t" : " ".repeat(width(codePoint, glyph)));
      }
      index += Character.charCount(codePoint);
      position++;
    }
    if (column <= 0) {
      return shown.toString();
    }
    return shown + "\n" + caret + "^";
  }

  /** The code point as printed: itself, or its {@code <U+XXXX>} name if it is not seen. */
  static String shown(int codePoint) {
    if (codePoint == '\t' || !invisible(codePoint)) {
      return Character.toString(codePoint);
    }
    return String.format(Locale.ROOT, "<U+%04X>", codePoint);
  }

  /** The cells a terminal gives the code point, as shown. */
  static int width(int codePoint, String glyph) {
    if (glyph.length() > Character.charCount(codePoint)) {
      return glyph.length();
    }
    int category = UCharacter.getType(codePoint);
    if (category == UCharacterCategory.NON_SPACING_MARK
        || category == UCharacterCategory.ENCLOSING_MARK) {
      return 0;
    }
    int eastAsian = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
    return eastAsian == UCharacter.EastAsianWidth.WIDE
            || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH
        ? 2
        : 1;
  }

  private static boolean invisible(int codePoint) {
    int category = UCharacter.getType(codePoint);
    return category == UCharacterCategory.CONTROL
        || category == UCharacterCategory.FORMAT
        || category == UCharacterCategory.LINE_SEPARATOR
        || category == UCharacterCategory.PARAGRAPH_SEPARATOR
        || UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
            && category != UCharacterCategory.NON_SPACING_MARK;
  }
}
