package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.typography.InvisibleCharacters.Found;
import io.github.awsnetbook.tools.typography.InvisibleCharacters.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvisibleCharactersTest {

  @Test
  void aRightToLeftOverrideIsFoundAtItsLineAndColumnWithItsUnicodeName() {
    List<Found> found =
        InvisibleCharacters.scan("= Title\n\nRead this \u202E slowly \u202C, please.\n");

    assertEquals(2, found.size(), found.toString());
    assertEquals(new Found(0x202E, Kind.BIDI_CONTROL, 3, 11), found.get(0));
    assertEquals("U+202E RIGHT-TO-LEFT OVERRIDE", found.get(0).label());
    assertEquals("U+202C POP DIRECTIONAL FORMATTING", found.get(1).label());
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({
    "202A, BIDI_CONTROL, LEFT-TO-RIGHT EMBEDDING",
    "202D, BIDI_CONTROL, LEFT-TO-RIGHT OVERRIDE",
    "2066, BIDI_CONTROL, LEFT-TO-RIGHT ISOLATE",
    "2069, BIDI_CONTROL, POP DIRECTIONAL ISOLATE",
    "200E, BIDI_CONTROL, LEFT-TO-RIGHT MARK",
    "200F, BIDI_CONTROL, RIGHT-TO-LEFT MARK",
    "E0001, TAG, LANGUAGE TAG",
    "E0041, TAG, TAG LATIN CAPITAL LETTER A",
    "E007F, TAG, CANCEL TAG",
    "200B, IGNORABLE, ZERO WIDTH SPACE",
    "2060, IGNORABLE, WORD JOINER",
    "00AD, IGNORABLE, SOFT HYPHEN",
    "FE0F, IGNORABLE, VARIATION SELECTOR-16",
    "200D, IGNORABLE, ZERO WIDTH JOINER",
  })
  void eachInvisibleCharacterIsFoundWithItsKindAndName(String hex, Kind kind, String name) {
    int codePoint = Integer.parseInt(hex, 16);
    String text = "日本語" + Character.toString(codePoint) + "テキスト";

    List<Found> found = InvisibleCharacters.scan(text);

    assertEquals(1, found.size(), found.toString());
    assertEquals(kind, found.get(0).kind());
    assertEquals(4, found.get(0).column(), "columns count code points");
    assertEquals(String.format("U+%04X %s", codePoint, name), found.get(0).label());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "== ☁️ article0003", // the article's cloud with its emoji presentation selector
        "a keycap 1️⃣ here",
        "👩‍💻 a technologist (woman, joiner, computer)",
        "🏳️‍🌈 a rainbow flag (selector then joiner)",
        "👩🏽‍💻 a technologist with a skin tone",
        "a text-style ☁︎ cloud",
        "\uFEFFa byte-order mark at the start of the file",
      })
  void emojiSequencesAndALeadingByteOrderMarkAreNotReported(String text) {
    assertEquals(List.of(), InvisibleCharacters.scan(text));
  }

  @Test
  void aJoinerOrSelectorOutsideAnEmojiSequenceAndAByteOrderMarkInsideTheTextAreReported() {
    List<Found> found = InvisibleCharacters.scan("ab\u200Dcd e\uFE0F f\uFEFFg 👍\u200D end");

    assertEquals(
        List.of(0x200D, 0xFE0F, 0xFEFF, 0x200D), found.stream().map(Found::codePoint).toList());
  }
}
