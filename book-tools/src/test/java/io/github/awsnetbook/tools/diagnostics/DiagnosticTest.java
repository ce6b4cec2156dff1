package io.github.awsnetbook.tools.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  private static final Path FILE = Path.of("content-ja/src/docs/asciidoc/chapters/_a.adoc");

  private static Diagnostic at(int line, int column, String source) {
    return Diagnostic.error(FILE, line, column, "what is wrong; what to write instead")
        .withRule("terminology/deprecated-term")
        .withSourceLine(source);
  }

  @Test
  void theFirstLineIsTheCompilersWithTheRuleIdAtTheEnd() {
    assertEquals(
        "content-ja/src/docs/asciidoc/chapters/_a.adoc:3:7: error: what is wrong;"
            + " what to write instead [terminology/deprecated-term]",
        at(3, 7, null).toString());
  }

  @Test
  void withoutARuleIdTheLineEndsWithTheMessage() {
    assertEquals(
        "content-ja/src/docs/asciidoc/chapters/_a.adoc:3:7: warning: m",
        Diagnostic.warning(FILE, 3, 7, "m").toString());
  }

  @Test
  void aProblemOfAWholeFileOrLineLeavesOutWhatIsUnknown() {
    assertEquals(
        "terminology/aws-networking.tbx: error: m",
        Diagnostic.error(Path.of("terminology/aws-networking.tbx"), 0, 0, "m").toString());
    assertEquals(
        "glossary.txt:4: error: m",
        Diagnostic.error(Path.of("glossary.txt"), 4, 0, "m").toString());
  }

  @Test
  void anAsciiLineGetsACaretUnderTheColumn() {
    assertEquals(
        at(1, 7, null) + "\n" + "A NATGW here.\n" + "      ^", at(1, 7, "A NATGW here.").render());
  }

  @Test
  void wideJapaneseCharactersBeforeTheColumnTakeTwoCellsEach() {
    // "専用線は" is four wide characters: eight cells, so the caret of column 5 is in cell 9.
    assertEquals("専用線はNATGWを使う。\n" + "        ^", Caret.under("専用線はNATGWを使う。", 5));
    // Half-width katakana is narrow: one cell each.
    assertEquals("ﾅｯﾄX\n   ^", Caret.under("ﾅｯﾄX", 4));
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsOneColumn() {
    // U+20BB7 (𠮷) is two UTF-16 chars, one code point, two cells.
    assertEquals("𠮷野家X\n      ^", Caret.under("𠮷野家X", 4));
  }

  @Test
  void aCombiningMarkTakesNoCell() {
    // "か" + U+3099 (combining dakuten) is one wide cell pair and no more.
    assertEquals("か\u3099X\n  ^", Caret.under("か\u3099X", 3));
  }

  @Test
  void aTabBeforeTheColumnIsCopiedSoTheCaretLandsOnTheSameTabStop() {
    assertEquals("\tx = NATGW\n\t    ^", Caret.under("\tx = NATGW", 6));
  }

  @Test
  void aColumnPastTheEndPointsJustAfterTheLastCharacter() {
    assertEquals("<!DOCTYPE tbx>\n              ^", Caret.under("<!DOCTYPE tbx>", 15));
    assertEquals("ab\n  ^", Caret.under("ab", 40));
  }

  @Test
  void withoutASourceLineOnlyTheFirstLineIsPrinted() {
    assertEquals(at(2, 3, null).toString(), at(2, 3, null).render());
    // Nor for a problem of a whole file, whose line is unknown.
    Diagnostic whole = Diagnostic.error(FILE, 0, 0, "m").withSourceLine("text");
    assertEquals(whole.toString(), whole.render());
  }

  @Test
  void withoutAColumnTheLineIsShownWithoutACaret() {
    assertEquals("only the line", Caret.under("only the line", 0));
  }

  @Test
  void invisibleCharactersAreShownByNameAndTheCaretPointsAtTheName() {
    // A bidi override would reorder the printed line; it is shown as its code point instead.
    assertEquals("ab<U+202E>cd\n  ^", Caret.under("ab\u202Ecd", 3));
    assertEquals("a<U+200B>b\n         ^", Caret.under("a\u200Bb", 3));
  }

  @Test
  void aSourceLineIsOneLineWithoutItsLineEnd() {
    assertEquals("text", at(1, 1, "text\r\nnext").sourceLine());
  }

  @Test
  void aRuleIdIsAFamilyAndAName() {
    assertThrows(IllegalArgumentException.class, () -> at(1, 1, null).withRule("TERM001"));
    assertEquals(
        "safety/symlink-outside", at(1, 1, null).withRule("safety/symlink-outside").ruleId());
  }

  @Test
  void anAbsolutePathIsShownRelativeToTheRepositoryAndARelativeOneAsItIs() {
    Path root = Path.of("/repo");
    Diagnostic absolute = Diagnostic.error(root.resolve("content-en/x.adoc"), 1, 1, "m");
    assertEquals(Path.of("content-en/x.adoc"), absolute.relativeTo(root).file());
    Diagnostic relative = Diagnostic.error(Path.of("content-en/x.adoc"), 1, 1, "m");
    assertEquals(relative, relative.relativeTo(root));
  }
}
