package io.github.awsnetbook.tools.typography;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/** Which characters belong to the scripts that set text without spaces between words. */
final class Scripts {

  private Scripts() {}

  /**
   * Han, kana, Hangul, bopomofo, and the punctuation and full-width forms that go with them:
   * characters between which a line may break without a space.
   */
  static boolean isSpaceless(int codePoint) {
    int script = UScript.getScript(codePoint);
    if (script == UScript.HAN
        || script == UScript.HIRAGANA
        || script == UScript.KATAKANA
        || script == UScript.BOPOMOFO) {
      return true;
    }
    // The prolonged sound mark ー, the middle dot ・ and the iteration marks are of the Common
    // script, but belong to the kana blocks.
    UCharacter.UnicodeBlock block = UCharacter.UnicodeBlock.of(codePoint);
    return block == UCharacter.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == UCharacter.UnicodeBlock.HIRAGANA
        || block == UCharacter.UnicodeBlock.KATAKANA
        || block == UCharacter.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == UCharacter.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
        || block == UCharacter.UnicodeBlock.CJK_COMPATIBILITY
        || block == UCharacter.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
        || block == UCharacter.UnicodeBlock.ENCLOSED_ALPHANUMERICS
        || block == UCharacter.UnicodeBlock.VERTICAL_FORMS
        || block == UCharacter.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || codePoint == '…'
        || codePoint == '‥'
        || codePoint == '・'
        || codePoint == '―'
        || codePoint == '—';
  }
}
