package io.github.awsnetbook.tools.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A line too wide for a terminal is shown as a window around the caret, never whole. */
class CaretWindowTest {

  /** The cells a shown line takes, as {@link Caret} counts them. */
  private static int cells(String shown) {
    return shown.codePoints().map(cp -> Caret.width(cp, Character.toString(cp))).sum();
  }

  @Test
  void aLineOfAHundredCellsIsShownWhole() {
    String line = "x".repeat(99) + "y";
    assertEquals(line + "\n" + " ".repeat(99) + "^", Caret.under(line, 100));
  }

  @Test
  void aMegabyteLineIsShownAsAWindowAroundTheCaretWithEllipses() {
    String line = "a".repeat(500_000) + "NATGW" + "b".repeat(500_000);
    String[] shown = Caret.under(line, 500_001).split("\n");
    assertTrue(shown[0].startsWith("…a") && shown[0].endsWith("b…"), shown[0]);
    assertTrue(cells(shown[0]) <= Caret.WINDOW_CELLS + 2, shown[0]);
    assertEquals("NATGW", shown[0].substring(shown[1].indexOf('^'), shown[1].indexOf('^') + 5));
  }

  @Test
  void theWindowOfAJapaneseLineCountsWideCharactersAsTwoCells() {
    String line = "専用線".repeat(100) + "NATGW" + "を使う。".repeat(100);
    String[] shown = Caret.under(line, 301).split("\n");
    assertTrue(cells(shown[0]) <= Caret.WINDOW_CELLS + 2, shown[0]);
    // The caret line counts two spaces per wide character, so the caret is under the N.
    int before = cells(shown[0].substring(0, shown[0].indexOf("NATGW")));
    assertEquals(" ".repeat(before) + "^", shown[1]);
  }

  @Test
  void theWindowNeverCutsASurrogatePairOrAnEmojiSequence() {
    String family = "👩\u200D👩\u200D👧";
    String line = ("𠮷" + family + "か\u3099").repeat(200) + "X" + ("𠮷" + family).repeat(200);
    int column = line.codePointCount(0, line.indexOf('X')) + 1;
    String[] shown = Caret.under(line, column).split("\n");
    String inside = shown[0].substring(1, shown[0].length() - 1);
    assertTrue(!Character.isLowSurrogate(inside.charAt(0)), inside);
    assertTrue(!Character.isHighSurrogate(inside.charAt(inside.length() - 1)), inside);
    // Whole clusters only: the window starts with a whole 𠮷, a whole family or a whole か゛.
    assertTrue(
        inside.startsWith("𠮷")
            || inside.startsWith("👩<U+200D>👩<U+200D>👧")
            || inside.startsWith("か\u3099"),
        inside);
    assertTrue(!inside.startsWith("\u3099") && !inside.startsWith("<U+200D>"), inside);
    assertTrue(inside.endsWith("𠮷") || inside.endsWith("👧"), inside);
    assertEquals('^', shown[1].charAt(cells(shown[0].substring(0, shown[0].indexOf('X')))));
  }

  @Test
  void aCaretNearTheEndGetsTheRestOfTheWindowBeforeIt() {
    String line = "a".repeat(1000) + "END";
    String[] shown = Caret.under(line, 1001).split("\n");
    assertTrue(shown[0].startsWith("…") && shown[0].endsWith("END"), shown[0]);
    assertTrue(cells(shown[0]) >= Caret.WINDOW_CELLS - 2, shown[0]);
    assertEquals(shown[0].indexOf("END"), shown[1].indexOf('^'));
  }

  @Test
  void aCaretAtTheStartShowsTheLineFromItsStart() {
    String line = "NATGW " + "a".repeat(1000);
    String[] shown = Caret.under(line, 1).split("\n");
    assertTrue(shown[0].startsWith("NATGW a") && shown[0].endsWith("a…"), shown[0]);
    assertEquals("^", shown[1]);
  }
}
