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

  private static final String OPENING = "（「『【〔［｛〈《〘〖";
  private static final String CLOSING = "）」』】〕］｝〉》〙〗、。，．";

  private JapaneseSpacing() {}

  private record Mark(TextNode node, int offset, String kind) {}

  /**
   * Puts the marks into the text of one paragraph. The engine may break a line at any element, an
   * empty one too, so a pair is trimmed only where kinsoku allows a break between its marks (。（,
   * ）「); a pair that kinsoku keeps together (）。) keeps its full width.
   */
  static void mark(Element paragraph, BreakOpportunities breaks) {
    insertMarks(PrintTypesetting.textNodes(paragraph), breaks);
  }

  private static void insertMarks(List<TextNode> nodes, BreakOpportunities breaks) {
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
    for (int at = 1; at < text.length(); at++) {
      int before = text.codePointBefore(at);
      int after = text.codePointAt(at);
      if (Character.isLowSurrogate(text.charAt(at))) {
        continue;
      }
      String kind = kind(before, after, allowed.get(at));
      if (TRIM.equals(kind) && !allowed.get(at)) {
        kind = null;
      }
      if (kind != null) {
        marks.add(new Mark(nodeAt.get(at), offsetAt.get(at), kind));
      }
    }
    for (int i = marks.size() - 1; i >= 0; i--) {
      insert(marks.get(i));
    }
  }

  private static boolean isBoundary(int before, int after) {
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
    Element span = new Element("span").addClass(mark.kind());
    if (mark.offset() == 0) {
      mark.node().before(span);
    } else {
      TextNode rest = mark.node().splitText(mark.offset());
      rest.before(span);
    }
  }
}
