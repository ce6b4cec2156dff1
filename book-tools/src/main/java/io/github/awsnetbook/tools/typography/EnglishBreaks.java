package io.github.awsnetbook.tools.typography;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Where English text printed justified and hyphenated may not break a word, as a book sets it: the
 * last word of a paragraph (a hyphen there leaves a syllable alone on the last line: "AWS of-" /
 * "fers.") and a path of arrows ("EC2 → NAT gateway → internet gateway"), read as one unit. Each is
 * a {@code span.unhyphenated}, which the print stylesheet sets with {@code hyphens: manual}; the
 * text itself (drawn, tagged, copied) is unchanged.
 */
public final class EnglishBreaks {

  /** The class of a span whose words the engine does not hyphenate. */
  public static final String UNHYPHENATED = "unhyphenated";

  private static final char ARROW = '→';

  private EnglishBreaks() {}

  /** Marks the last word of each paragraph of the content, and each arrow path, of {@code page}. */
  public static void mark(Document page) {
    for (Element paragraph : page.select("#content p")) {
      PrintTypesetting.textNodes(paragraph).forEach(EnglishBreaks::markArrowPaths);
      markLastWord(paragraph);
    }
  }

  /** The paragraph's last word, with what follows it in its text, in a span of its own. */
  private static void markLastWord(Element paragraph) {
    List<TextNode> texts = PrintTypesetting.textNodes(paragraph);
    for (int i = texts.size() - 1; i >= 0; i--) {
      TextNode node = texts.get(i);
      if (node.parent() != null && node.parent().hasClass(UNHYPHENATED)) {
        return;
      }
      // A link's or code's text is never hyphenated (the print stylesheet), and stays whole; so
      // does a name kept on one line (WholeNames): split, its words were two texts, which the
      // engine breaks between.
      if (node.parent() != null && node.parent().closest("a, code, .nobreak") != null) {
        continue;
      }
      String text = node.getWholeText();
      int end = text.length();
      while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
        end--;
      }
      if (end == 0) {
        continue;
      }
      int start = end;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      split(node, start, text.length());
      return;
    }
  }

  /**
   * Each run of {@code node}'s text joined by arrows, from the clause's start before its first
   * arrow to its end after its last: from and up to a bracket that is not the path's own (which is
   * in the span, as is a comma, a semicolon, a colon or a full stop that ends it: the engine may
   * break where an element ends, so a mark outside could start a line).
   */
  private static void markArrowPaths(TextNode node) {
    String text = node.getWholeText();
    int first = text.indexOf(ARROW);
    if (first < 0 || (node.parent() != null && node.parent().hasClass(UNHYPHENATED))) {
      return;
    }
    int last = text.lastIndexOf(ARROW);
    split(node, clauseStart(text, first), clauseEnd(text, last));
  }

  static int clauseStart(String text, int from) {
    int depth = 0;
    for (int i = from - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ')' || c == ']') {
        depth++;
      } else if ((c == '(' || c == '[') && depth-- == 0) {
        return i;
      } else if (depth == 0 && ",;:.".indexOf(c) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  static int clauseEnd(String text, int from) {
    int depth = 0;
    for (int i = from + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth-- == 0) {
        return i + 1;
      } else if (depth == 0 && ",;:".indexOf(c) >= 0) {
        return i + 1;
      } else if (depth == 0 && c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** Puts {@code [start, end)} of {@code node}'s text in a span of its own. */
  private static void split(TextNode node, int start, int end) {
    String text = node.getWholeText();
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    if (start >= end) {
      return;
    }
    List<Node> pieces = new ArrayList<>();
    if (start > 0) {
      pieces.add(new TextNode(text.substring(0, start)));
    }
    pieces.add(
        new Element("span")
            .addClass(UNHYPHENATED)
            .appendChild(new TextNode(text.substring(start, end))));
    if (end < text.length()) {
      pieces.add(new TextNode(text.substring(end)));
    }
    for (Node piece : pieces) {
      node.before(piece);
    }
    node.remove();
  }
}
