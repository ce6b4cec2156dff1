package io.github.awsnetbook.tools.printing;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * A heading's text as the margins and the outline of the printed book show it: without emoji (a
 * running head or a bookmark is set in the book's one font, which has none), and, in a running
 * head, shortened at a word or phrase boundary to one line, never wrapped.
 */
record HeadingText(String lang) {

  /** The ellipsis that ends a shortened head. */
  static final String ELLIPSIS = "…";

  /** The text without emoji, their joiners, selectors and modifiers; spaces collapsed. */
  static String withoutEmoji(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(cp -> !isEmojiPart(cp)).forEach(kept::appendCodePoint);
    return kept.toString().replaceAll("(?U)\\s+", " ").strip();
  }

  private static boolean isEmojiPart(int cp) {
    return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)
        || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR)
        || cp == 0x200D // zero width joiner
        || cp == 0x20E3 // combining enclosing keycap
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || (cp >= 0xE0020 && cp <= 0xE007F); // emoji tag sequences
  }

  /**
   * The text, without emoji, in at most {@code ems} of width: a wide (East Asian) character counts
   * one em, any other 0.6 em, a generous width for the book's sans-serif. A longer text is cut at
   * the last line-break opportunity (a word, or a phrase boundary in Japanese) that leaves room for
   * an ellipsis.
   */
  String shortened(String text, double ems) {
    String clean = withoutEmoji(text);
    if (width(clean) <= ems) {
      return clean;
    }
    double room = ems - width(ELLIPSIS);
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.forLanguageTag(lang));
    breaks.setText(clean);
    int cut = 0;
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      if (width(clean.substring(0, end).stripTrailing()) > room) {
        break;
      }
      cut = end;
    }
    if (cut == 0) {
      cut = clean.offsetByCodePoints(0, 1);
      while (cut < clean.length()
          && width(clean.substring(0, clean.offsetByCodePoints(cut, 1))) <= room) {
        cut = clean.offsetByCodePoints(cut, 1);
      }
    }
    return clean.substring(0, cut).stripTrailing().replaceAll("[\\s,:;、，：]+$", "") + ELLIPSIS;
  }

  /** The width of {@code text} in ems, as {@link #shortened} counts it. */
  static double width(String text) {
    return text.codePoints().mapToDouble(HeadingText::advance).sum();
  }

  private static double advance(int cp) {
    int width = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH
        ? 1.0
        : 0.6;
  }
}
