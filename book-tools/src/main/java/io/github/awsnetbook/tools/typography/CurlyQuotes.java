package io.github.awsnetbook.tools.typography;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Curly quotes and apostrophes for the straight ones an English text keeps (AsciiDoc curls only
 * the quotes written as {@code "`…`"}): a quote that follows a letter, a digit or closing
 * punctuation closes, any other opens. Code is left as written.
 */
final class CurlyQuotes {

  private static final String CODE = "code, pre, kbd, samp, svg, script, style";

  private CurlyQuotes() {}

  static void apply(Element root) {
    String before = " ";
    for (TextNode node : textNodes(root)) {
      if (node.parent() != null && ((Element) node.parent()).closest(CODE) != null) {
        before = "x";
        continue;
      }
      String text = node.getWholeText();
      if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
        before = text.isEmpty() ? before : text.substring(text.length() - 1);
        continue;
      }
      node.text(curled(text, before.charAt(0)));
      before = text.substring(text.length() - 1);
    }
  }

  /** The text with its quotes curled; {@code previous} is the character before it. */
  static String curled(String text, char previous) {
    StringBuilder out = new StringBuilder(text.length());
    char last = previous;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean closes = Character.isLetterOrDigit(last) || ".,;:!?)]’”%".indexOf(last) >= 0;
      if (c == '"') {
        out.append(closes ? '”' : '“');
      } else if (c == '\'') {
        out.append(closes ? '’' : '‘');
      } else {
        out.append(c);
      }
      last = c;
    }
    return out.toString();
  }

  private static List<TextNode> textNodes(Element root) {
    List<TextNode> nodes = new ArrayList<>();
    root.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text) {
            nodes.add(text);
          }
        });
    return nodes;
  }
}
