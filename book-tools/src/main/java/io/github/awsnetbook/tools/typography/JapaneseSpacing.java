package io.github.awsnetbook.tools.typography;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Marks where JLREQ spaces a Japanese paragraph apart from its characters' own advances, with empty
 * elements that the print stylesheet sizes (see {@link PrintTypesetting}): {@code
 * span.jl-autospace} between a Japanese character and a Latin letter or digit (a quarter em, JLREQ
 * 3.2.5), {@code span.jl-trim} inside a pair of full-width punctuation marks where a line may break
 * (half an em taken back, JLREQ 3.1.4).
 */
final class JapaneseSpacing {

  static final String AUTOSPACE = "jl-autospace";
  static final String TRIM = "jl-trim";

  /**
   * Two closing marks that kinsoku keeps together (）。, 」、, 。」): a {@code span.jl-pair} that the
   * print stylesheet sets half an em tighter. A text of closing marks alone never starts a line
   * (the engine's patch, InlineBoxing.hangsAtLineEnd), so the pair needs no more.
   */
  static final String PAIR = "jl-pair";

  /**
   * An ideographic space (U+3000) that the author typed beside an arrow or an equals sign ("EC2 →
   * NATGW", "PaaS ＝ AWS"): a {@code span.jl-narrow-space} that the print stylesheet sets a quarter
   * em wide, as JLREQ spaces such a sign, instead of a full em on each side. The text keeps its
   * character.
   */
  static final String NARROW_SPACE = "jl-narrow-space";

  /**
   * An opening bracket that starts a description (「貴族専用の回線」): a {@code span.jl-open-start}, which
   * the print stylesheet pulls half an em to the left, so that the bracket's ink stands at the
   * line's start (天付き, its blank half taken back: JLREQ sets a line-initial opening bracket so) and
   * the description does not look half an em further in than its next line.
   */
  static final String OPEN_START = "jl-open-start";

  private static final String OPENING = "（「『【〔［｛〈《〘〖";
  private static final String CLOSING = "）」』】〕］｝〉》〙〗、。，．";

  private JapaneseSpacing() {}

  private record Mark(TextNode node, int offset, String kind) {}

  /**
   * Puts the marks into the text of one paragraph. The engine may break a line at any element, an
   * empty one too, so an empty mark goes only where kinsoku allows a break between two marks (。（,
   * ）「). Two closing marks that kinsoku keeps together (）。) are set as one {@code span.jl-pair},
   * which the stylesheet spaces half an em tighter.
   */
  static void mark(Element paragraph, BreakOpportunities breaks) {
    insertMarks(PrintTypesetting.textNodes(paragraph), breaks);
  }

  /** Marks the given texts as one run (a heading's, a caption's, a running head's). */
  static void insertMarks(List<TextNode> nodes, BreakOpportunities breaks) {
    StringBuilder whole = new StringBuilder();
    List<TextNode> nodeAt = new ArrayList<>();
    List<Integer> offsetAt = new ArrayList<>();
    for (TextNode node : nodes) {
      String text = node.getWholeText();
      for (int i = 0; i < text.length(); i++) {
        nodeAt.add(node);
        offsetAt.add(i);
      }
      whole.append(text);
    }
    String text = whole.toString();
    BitSet allowed = breaks.breaks(text, BreakStyle.EVERY_OPPORTUNITY);
    List<Mark> marks = new ArrayList<>();
    int pairEnd = 0;
    for (int at = 1; at < text.length(); at++) {
      int before = text.codePointBefore(at);
      int after = text.codePointAt(at);
      if (Character.isLowSurrogate(text.charAt(at))) {
        continue;
      }
      String kind = kind(before, after, allowed.get(at));
      if (TRIM.equals(kind) && !allowed.get(at)) {
        // A pair starts after the one before it (of three marks, the first two are paired).
        kind = at - 1 >= pairEnd && isPairKeptTogether(text, at, nodeAt) ? PAIR : null;
      }
      if (PAIR.equals(kind)) {
        marks.add(new Mark(nodeAt.get(at), offsetAt.get(at) - 1, kind));
        pairEnd = at + 1;
      } else if (kind != null) {
        marks.add(new Mark(nodeAt.get(at), offsetAt.get(at), kind));
      }
    }
    for (int i = marks.size() - 1; i >= 0; i--) {
      insert(marks.get(i));
    }
  }

  /**
   * Puts each ideographic space beside an arrow or an equals sign in the texts of {@code element}
   * (inside its Latin runs too) in a {@code span.jl-narrow-space}; one already marked (the
   * published page's, {@link SignSpacing}) is left as it is.
   */
  static void markSpacesBesideSigns(List<TextNode> nodes) {
    StringBuilder whole = new StringBuilder();
    int[] starts = new int[nodes.size()];
    for (int n = 0; n < nodes.size(); n++) {
      starts[n] = whole.length();
      whole.append(nodes.get(n).getWholeText());
    }
    // From the end: a split keeps the offsets before it in the same text.
    for (int n = nodes.size() - 1; n >= 0; n--) {
      int end = n + 1 < nodes.size() ? starts[n + 1] : whole.length();
      for (int i = end - 1; i >= starts[n]; i--) {
        if (isSpaceBesideASign(whole, i) && !nodes.get(n).parent().hasClass(NARROW_SPACE)) {
          wrap(new Mark(nodes.get(n), i - starts[n], NARROW_SPACE), 1, NARROW_SPACE);
        }
      }
    }
  }

  private static boolean isSpaceBesideASign(CharSequence text, int at) {
    if (text.charAt(at) != '\u3000') {
      return false;
    }
    int before = at > 0 ? Character.codePointBefore(text, at) : ' ';
    int after = at + 1 < text.length() ? Character.codePointAt(text, at + 1) : ' ';
    return isSign(before) || isSign(after);
  }

  /** An arrow or an equals sign, which a space of a quarter em sets apart in Japanese text. */
  private static boolean isSign(int codePoint) {
    return (codePoint >= 0x2190 && codePoint <= 0x21ff) || codePoint == '＝' || codePoint == '=';
  }

  /** Puts an opening bracket that starts {@code paragraph} in a {@code span.jl-open-start}. */
  static void markOpeningBracketAtStart(Element paragraph) {
    for (TextNode node : PrintTypesetting.textNodes(paragraph)) {
      String text = node.getWholeText();
      int start = 0;
      while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start < text.length() && OPENING.indexOf(text.charAt(start)) >= 0) {
        wrap(new Mark(node, start, OPEN_START), 1, OPEN_START);
      }
      return;
    }
  }

  /** Whether the marks before and at {@code at} are two closing marks in one text. */
  private static boolean isPairKeptTogether(String text, int at, List<TextNode> nodeAt) {
    return CLOSING.indexOf(text.charAt(at - 1)) >= 0
        && CLOSING.indexOf(text.charAt(at)) >= 0
        && nodeAt.get(at - 1) == nodeAt.get(at);
  }

  static boolean isBoundary(int before, int after) {
    return (isJapaneseLetter(before) && isLatinLetterOrDigit(after))
        || (isLatinLetterOrDigit(before) && isJapaneseLetter(after));
  }

  /** Which mark goes between two characters, if any. */
  static String kind(int before, int after, boolean mayBreak) {
    if (mayBreak && isBoundary(before, after)) {
      return AUTOSPACE;
    }
    if ((CLOSING.indexOf(before) >= 0
            && (CLOSING.indexOf(after) >= 0 || OPENING.indexOf(after) >= 0))
        || (OPENING.indexOf(before) >= 0 && OPENING.indexOf(after) >= 0)) {
      return TRIM;
    }
    return null;
  }

  /** Han and kana, with the prolonged sound and iteration marks: not punctuation. */
  static boolean isJapaneseLetter(int codePoint) {
    int script = UScript.getScript(codePoint);
    return script == UScript.HAN
        || script == UScript.HIRAGANA
        || script == UScript.KATAKANA
        || codePoint == 'ー'
        || codePoint == '々';
  }

  /** A Latin letter or a digit, in the forms Japanese text mixes in (not full-width forms). */
  static boolean isLatinLetterOrDigit(int codePoint) {
    return (UScript.getScript(codePoint) == UScript.LATIN && UCharacter.isLetter(codePoint))
        || (codePoint >= '0' && codePoint <= '9');
  }

  private static void insert(Mark mark) {
    if (PAIR.equals(mark.kind())) {
      insertPair(mark);
      return;
    }
    Element span = new Element("span").addClass(mark.kind());
    if (mark.offset() == 0) {
      mark.node().before(span);
    } else if (mark.offset() >= mark.node().getWholeText().length()) {
      // The text was cut here already, by a pair after the mark.
      mark.node().after(span);
    } else {
      TextNode rest = mark.node().splitText(mark.offset());
      rest.before(span);
    }
  }

  /** Puts the pair at the mark in its span. */
  private static void insertPair(Mark mark) {
    wrap(mark, 2, PAIR);
  }

  /** Puts the {@code length} chars at the mark in a span of {@code className}. */
  private static void wrap(Mark mark, int length, String className) {
    TextNode piece = mark.offset() == 0 ? mark.node() : mark.node().splitText(mark.offset());
    if (piece.getWholeText().length() > length) {
      piece.splitText(length);
    }
    Element span = new Element("span").addClass(className);
    piece.before(span);
    span.appendChild(piece);
  }
}
