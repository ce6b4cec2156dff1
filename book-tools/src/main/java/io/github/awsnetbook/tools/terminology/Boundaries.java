package io.github.awsnetbook.tools.terminology;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;

/**
 * Where a term may start and end: where the character beside it is of another kind than the term's
 * edge character, or is whitespace, punctuation or a symbol, or there is none.
 *
 * <p>Japanese is written without spaces, so neither {@code \b} of java.util.regex (every kana and
 * kanji is a word character to it: "NAT" is not found in "NATゲートウェイ") nor ICU's word BreakIterator
 * (its dictionary cuts ゲートウェイ into ゲート|ウェイ) tells where a term ends. A change of script does: "ワード"
 * is not a word in "パスワード" (katakana on both sides), "NAT" is one in "NATゲートウェイ" (Latin, then
 * katakana). Hiragana, katakana and Han are distinct kinds; the prolonged sound mark ー continues
 * katakana; Latin letters and all digits are one kind, the word characters of Latin text ("EC2",
 * "5G").
 */
final class Boundaries {

  /** The kind of a character that never joins a term: a boundary beside anything. */
  static final int SEPARATOR = -1;

  /** The kind of Latin letters and digits. */
  static final int LATIN_WORD = UScript.LATIN;

  private Boundaries() {}

  /** The kind of a character for the boundary rule; {@link #SEPARATOR} for a separator. */
  static int kind(int cp) {
    if (cp == 'ー' || cp == 'ｰ' || cp == '゠') {
      return UScript.KATAKANA;
    }
    if (UCharacter.isDigit(cp)) {
      return LATIN_WORD;
    }
    if (isSeparator(cp)) {
      return SEPARATOR;
    }
    int script = UScript.getScript(cp);
    // Combining marks take the script of what they combine with; as a neighbour they continue it.
    return script == UScript.INHERITED ? UScript.INHERITED : script;
  }

  /** Whitespace, punctuation, symbols and controls. */
  static boolean isSeparator(int cp) {
    if (UCharacter.isUWhiteSpace(cp)) {
      return true;
    }
    int type = UCharacter.getType(cp);
    return switch (type) {
      case UCharacterCategory.CONNECTOR_PUNCTUATION,
          UCharacterCategory.DASH_PUNCTUATION,
          UCharacterCategory.START_PUNCTUATION,
          UCharacterCategory.END_PUNCTUATION,
          UCharacterCategory.INITIAL_PUNCTUATION,
          UCharacterCategory.FINAL_PUNCTUATION,
          UCharacterCategory.OTHER_PUNCTUATION,
          UCharacterCategory.MATH_SYMBOL,
          UCharacterCategory.CURRENCY_SYMBOL,
          UCharacterCategory.MODIFIER_SYMBOL,
          UCharacterCategory.OTHER_SYMBOL,
          UCharacterCategory.CONTROL,
          UCharacterCategory.FORMAT,
          UCharacterCategory.SPACE_SEPARATOR,
          UCharacterCategory.LINE_SEPARATOR,
          UCharacterCategory.PARAGRAPH_SEPARATOR ->
          true;
      default -> false;
    };
  }

  /** Whether a term whose edge character is {@code edge} may end or start by {@code neighbour}. */
  static boolean separates(int neighbour, int edge) {
    int neighbourKind = kind(neighbour);
    if (neighbourKind == SEPARATOR) {
      return true;
    }
    if (neighbourKind == UScript.INHERITED) {
      return false;
    }
    return neighbourKind != kind(edge);
  }

  /** Whether a term may start at {@code start} of {@code text}. */
  static boolean startsAt(String text, int start) {
    if (start == 0) {
      return true;
    }
    return separates(text.codePointBefore(start), text.codePointAt(start));
  }

  /** Whether a term may end at {@code end} of {@code text} (exclusive). */
  static boolean endsAt(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    return separates(text.codePointAt(end), text.codePointBefore(end));
  }
}
