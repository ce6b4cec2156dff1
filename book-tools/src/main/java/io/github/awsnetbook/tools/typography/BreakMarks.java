package io.github.awsnetbook.tools.typography;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.BitSet;

/**
 * Writes the line break opportunities of a text into it as U+200B ZERO WIDTH SPACE.
 *
 * <p>A mark goes only where ICU's strict line breaking allows a break, where at least one of the
 * two neighbours belongs to a spaceless script (Latin text already breaks at its spaces, and no
 * Latin word or number is ever split), and never inside or next to inline markup. In {@link
 * BreakStyle#BETWEEN_PHRASES} a mark also needs ICU's phrase breaking ({@code lw=phrase}) to agree,
 * so that a heading does not split a word; phrase breaks that strict kinsoku forbids are dropped. A
 * phrase longer than {@value #LONGEST_UNBROKEN_PHRASE} characters keeps its strict opportunities
 * too: in a narrow table cell it could not fit on one line, and Prawn would then break it at any
 * character, kinsoku or not.
 */
public final class BreakMarks {

  /** U+200B: Prawn breaks a line there and does not draw it. */
  public static final char MARK = '\u200B';

  static final int LONGEST_UNBROKEN_PHRASE = 6;

  private final ULocale strict;
  private final ULocale phrase;

  /** Break marks for the language of {@code languageTag}, for example {@code ja}. */
  public BreakMarks(String languageTag) {
    ULocale base = ULocale.forLanguageTag(languageTag);
    this.strict = base.setKeywordValue("lb", "strict");
    this.phrase = strict.setKeywordValue("lw", "phrase");
  }

  /** Returns {@code line} with a mark at each break opportunity; marks already there are kept. */
  public String mark(String line, BreakStyle style) {
    if (line.isEmpty() || line.codePoints().noneMatch(Scripts::isSpaceless)) {
      return line;
    }
    String text = line.replace(String.valueOf(MARK), "");
    BitSet breaks = opportunities(text, strict);
    if (style == BreakStyle.BETWEEN_PHRASES) {
      breaks = phraseBreaks(text, breaks);
    }
    BitSet markup = InlineText.protectedChars(text);
    StringBuilder marked = new StringBuilder(text.length() + text.length() / 2);
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && breaks.get(i) && markable(text, i, markup)) {
        marked.append(MARK);
      }
      marked.append(text.charAt(i));
    }
    return marked.toString();
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

  /**
   * The places where {@code text} may break in the given style, as offsets into it (a set bit at
   * {@code i} allows a break before {@code text.charAt(i)}).
   */
  public BitSet breaks(String text, BreakStyle style) {
    BitSet breaks = opportunities(text, strict);
    return style == BreakStyle.BETWEEN_PHRASES ? phraseBreaks(text, breaks) : breaks;
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

  private static boolean markable(String text, int at, BitSet markup) {
    if (markup.get(at - 1) || markup.get(at)) {
      return false;
    }
    int before = text.codePointBefore(at);
    int after = text.codePointAt(at);
    if (Character.isWhitespace(before) || Character.isWhitespace(after)) {
      return false;
    }
    if (Scripts.isMarkupCandidate(before) || Scripts.isMarkupCandidate(after)) {
      return false;
    }
    return Scripts.isSpaceless(before) || Scripts.isSpaceless(after);
  }
}
