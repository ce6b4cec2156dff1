package io.github.awsnetbook.tools.diagnostics;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * A source line and a caret under one of its columns, as compilers print them. The caret is placed
 * by the width the line takes on a terminal, not by its count of characters: an East Asian wide
 * character takes two cells, a combining mark none, and a tab is copied into the caret's line so
 * that it lands on the same tab stop whatever the terminal's tab width. Invisible and control
 * characters are shown as {@code <U+200B>}, so that a bidi control cannot reorder the printed line
 * and the caret points at something visible.
 *
 * <p>A line wider than {@link #WINDOW_CELLS} cells is shown as a window of about that width around
 * the caret, with an ellipsis where it is cut: a hostile file of one megabyte-long line must not
 * print the whole line under every finding. The window is cut between grapheme clusters (ICU's
 * character BreakIterator), never inside a surrogate pair, an emoji sequence or a base and its
 * combining marks.
 */
public final class Caret {

  /** The widest line shown whole, and the width of the window shown of a wider one. */
  public static final int WINDOW_CELLS = 100;

  /** How much of the window lies before the caret, where the line goes on after it. */
  private static final int CELLS_BEFORE_CARET = 40;

  /** What a tab counts for in the window's width: the terminal's tab stops are not known. */
  private static final int TAB_CELLS = 4;

  private static final String ELLIPSIS = "…";

  private Caret() {}

  /**
   * Two lines: {@code line} as shown, and a caret under {@code column} (in code points, from 1); a
   * column past the end points just after the line's last character. Without a column (0), the line
   * alone. A line wider than {@link #WINDOW_CELLS} is cut to a window around the column.
   */
  public static String under(String line, int column) {
    int caret = offsetOf(line, column);
    Window window = window(line, caret);
    StringBuilder shown = new StringBuilder();
    StringBuilder marker = new StringBuilder();
    if (window.start() > 0) {
      shown.append(ELLIPSIS);
      marker.append(" ".repeat(width(ELLIPSIS.codePointAt(0), ELLIPSIS)));
    }
    int index = window.start();
    while (index < window.end()) {
      int codePoint = line.codePointAt(index);
      String glyph = shown(codePoint);
      shown.append(glyph);
      if (index < caret) {
        marker.append(codePoint == '\t' ? "\t" : " ".repeat(width(codePoint, glyph)));
      }
      index += Character.charCount(codePoint);
    }
    if (window.end() < line.length()) {
      shown.append(ELLIPSIS);
    }
    if (column <= 0) {
      return shown.toString();
    }
    return shown + "\n" + marker + "^";
  }

  /** Where column {@code column} starts in {@code line}: its end for a column past it. */
  private static int offsetOf(String line, int column) {
    int offset = 0;
    for (int position = 1; position < column && offset < line.length(); position++) {
      offset += Character.charCount(line.codePointAt(offset));
    }
    return offset;
  }

  /** The part of the line to show, [start, end) in UTF-16 offsets. */
  private record Window(int start, int end) {}

  /**
   * The whole line where it fits; else clusters before the caret up to {@link #CELLS_BEFORE_CARET}
   * cells and after it up to the rest of {@link #WINDOW_CELLS}, and any width left over, where the
   * line ends early, before the caret.
   */
  private static Window window(String line, int caret) {
    if (fits(line)) {
      return new Window(0, line.length());
    }
    BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
    clusters.setText(line);
    int anchor =
        caret >= line.length() || clusters.isBoundary(caret) ? caret : clusters.preceding(caret);
    int start = anchor;
    int used = 0;
    while (start > 0) {
      int previous = clusters.preceding(start);
      int cells = cells(line, previous, start);
      if (used + cells > CELLS_BEFORE_CARET) {
        break;
      }
      used += cells;
      start = previous;
    }
    int end = anchor;
    while (end < line.length()) {
      int next = clusters.following(end);
      int cells = cells(line, end, next);
      if (used + cells > WINDOW_CELLS && end > anchor) {
        break;
      }
      used += cells;
      end = next;
    }
    while (start > 0) {
      int previous = clusters.preceding(start);
      int cells = cells(line, previous, start);
      if (used + cells > WINDOW_CELLS) {
        break;
      }
      used += cells;
      start = previous;
    }
    return new Window(start, end);
  }

  /** Whether the whole line takes at most {@link #WINDOW_CELLS}; stops counting past it. */
  private static boolean fits(String line) {
    if (line.length() > 2 * WINDOW_CELLS + 64) {
      // Every shown character takes a cell at least, but for combining marks: far too wide.
      return false;
    }
    return cells(line, 0, line.length()) <= WINDOW_CELLS;
  }

  /** The cells the characters of [from, to) take as shown. */
  private static int cells(String line, int from, int to) {
    int cells = 0;
    for (int index = from; index < to; ) {
      int codePoint = line.codePointAt(index);
      cells += codePoint == '\t' ? TAB_CELLS : width(codePoint, shown(codePoint));
      index += Character.charCount(codePoint);
    }
    return cells;
  }

  /** {@code text} with every invisible character shown by its code point, as the line shows it. */
  public static String visible(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints().forEach(codePoint -> shown.append(shown(codePoint)));
    return shown.toString();
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
