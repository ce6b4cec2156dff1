package io.github.awsnetbook.tools.typography;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A name of several words from the termbase ("Amazon DynamoDB", "AWS Lambda") stays on one line in
 * a table's cells: each occurrence is a {@code span.nobreak}, which the stylesheet does not break
 * (on screen and in print). A narrow cell broke them after their first word ("Amazon" /
 * "DynamoDB"); a name wider than its cell still overflows rather than break, so only the names the
 * termbase lists are kept. The text itself stays as it was (a space, not a no-break space, is
 * drawn, tagged, copied and searched). Not in the glossary (its own layout), links or code.
 */
public final class WholeNames {

  /** The class the stylesheet keeps on one line. */
  static final String NOBREAK = "nobreak";

  private WholeNames() {}

  /** Marks each of {@code names} (longest first) in the cells of {@code page}'s tables. */
  public static void apply(Document page, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    for (Element cell : page.select("#content table.tableblock:not(.glossary) td")) {
      for (TextNode node : PrintTypesetting.textNodes(cell)) {
        if (node.parent() != null && node.parent().closest("a, code, ." + NOBREAK) == null) {
          mark(node, names);
        }
      }
    }
  }

  private static void mark(TextNode node, List<String> names) {
    String text = node.getWholeText();
    List<Node> pieces = new ArrayList<>();
    int start = 0;
    int at = 0;
    while (at < text.length()) {
      String found = nameAt(text, at, names);
      if (found == null) {
        at++;
        continue;
      }
      if (at > start) {
        pieces.add(new TextNode(text.substring(start, at)));
      }
      pieces.add(new Element("span").addClass(NOBREAK).appendText(found));
      at += found.length();
      start = at;
    }
    if (pieces.isEmpty()) {
      return;
    }
    if (start < text.length()) {
      pieces.add(new TextNode(text.substring(start)));
    }
    for (Node piece : pieces) {
      node.before(piece);
    }
    node.remove();
  }

  /**
   * A Latin letter or an ASCII digit: a Japanese character next to a name ends it as a space does.
   */
  private static boolean isLatin(char c) {
    return c < 0x250 && Character.isLetterOrDigit(c);
  }

  /** The longest name that starts at {@code at} as a word of its own, or null. */
  private static String nameAt(String text, int at, List<String> names) {
    if (at > 0 && isLatin(text.charAt(at - 1))) {
      return null;
    }
    for (String name : names) {
      int end = at + name.length();
      if (text.startsWith(name, at) && (end == text.length() || !isLatin(text.charAt(end)))) {
        return name;
      }
    }
    return null;
  }
}
