package io.github.awsnetbook.tools.typography;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.BitSet;

/**
 * Where a line of Japanese text may break: ICU4J's strict line break rules ({@code lb=strict}, JIS
 * X 4051 kinsoku), and for short text only between phrases (文節, {@code lw=phrase}).
 */
public final class BreakOpportunities {

  /**
   * A phrase longer than this may break inside, so that a long katakana compound cannot overflow a
   * heading's line (a 16 pt heading holds about 30 characters a line).
   */
  static final int LONGEST_UNBROKEN_PHRASE = 16;

  private final ULocale strict;
  private final ULocale phrase;

  /** Break opportunities for the language of {@code languageTag}, for example {@code ja}. */
  public BreakOpportunities(String languageTag) {
    ULocale base = ULocale.forLanguageTag(languageTag);
    this.strict = base.setKeywordValue("lb", "strict");
    this.phrase = strict.setKeywordValue("lw", "phrase");
  }

  /**
   * The places where {@code text} may break in the given style, as offsets into it (a set bit at
   * {@code i} allows a break before {@code text.charAt(i)}).
   */
  public BitSet breaks(String text, BreakStyle style) {
    BitSet breaks = opportunities(text, strict);
    return style == BreakStyle.BETWEEN_PHRASES ? phraseBreaks(text, breaks) : breaks;
  }

  /**
   * Strict breaks at phrase ends, and inside phrases too long to keep whole. A phrase end that
   * strict kinsoku forbids joins its two phrases before their length is measured.
   */
  private BitSet phraseBreaks(String text, BitSet strictBreaks) {
    BitSet kept = opportunities(text, phrase);
    kept.and(strictBreaks);
    BitSet withinLongPhrases = new BitSet(text.length() + 1);
    int start = 0;
    for (int end = kept.nextSetBit(1);
        start < text.length();
        start = end, end = kept.nextSetBit(end + 1)) {
      int phraseEnd = end < 0 ? text.length() : end;
      if (text.codePointCount(start, phraseEnd) > LONGEST_UNBROKEN_PHRASE) {
        for (int at = strictBreaks.nextSetBit(start + 1);
            at >= 0 && at < phraseEnd;
            at = strictBreaks.nextSetBit(at + 1)) {
          withinLongPhrases.set(at);
        }
      }
      if (end < 0) {
        break;
      }
    }
    kept.or(withinLongPhrases);
    return kept;
  }

  private static BitSet opportunities(String text, ULocale locale) {
    BreakIterator lines = BreakIterator.getLineInstance(locale);
    lines.setText(text);
    BitSet breaks = new BitSet(text.length() + 1);
    for (int at = lines.next(); at != BreakIterator.DONE; at = lines.next()) {
      breaks.set(at);
    }
    return breaks;
  }
}
