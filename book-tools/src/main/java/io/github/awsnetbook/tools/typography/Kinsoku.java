package io.github.awsnetbook.tools.typography;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * The line-start and line-end prohibitions (禁則, JLREQ 3.1.7 and 3.1.8), from each character's
 * Unicode line breaking class: the one definition that the print copy's typesetting and the
 * citation groups' closing marks both follow.
 */
public final class Kinsoku {

  private Kinsoku() {}

  /** Closing brackets and quotes, full stops and commas, small kana, ー, iteration marks … */
  public static boolean mayNotStartALine(int codePoint) {
    int lineBreak = UCharacter.getIntPropertyValue(codePoint, UProperty.LINE_BREAK);
    return lineBreak == UCharacter.LineBreak.CLOSE_PUNCTUATION
        || lineBreak == UCharacter.LineBreak.CLOSE_PARENTHESIS
        || lineBreak == UCharacter.LineBreak.INFIX_NUMERIC
        || lineBreak == UCharacter.LineBreak.EXCLAMATION
        || lineBreak == UCharacter.LineBreak.NONSTARTER
        // Small kana and the prolonged sound mark (ー): strict line breaking, the books', takes
        // them for nonstarters ("デ" / "ータ。" broke so).
        || lineBreak == UCharacter.LineBreak.CONDITIONAL_JAPANESE_STARTER
        || (lineBreak == UCharacter.LineBreak.QUOTATION
            && UCharacter.getType(codePoint) == UCharacterCategory.FINAL_PUNCTUATION);
  }

  /** Opening brackets and quotes. */
  public static boolean mayNotEndALine(int codePoint) {
    int lineBreak = UCharacter.getIntPropertyValue(codePoint, UProperty.LINE_BREAK);
    return lineBreak == UCharacter.LineBreak.OPEN_PUNCTUATION
        || (lineBreak == UCharacter.LineBreak.QUOTATION
            && UCharacter.getType(codePoint) == UCharacterCategory.INITIAL_PUNCTUATION);
  }
}
