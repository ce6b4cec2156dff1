package io.github.awsnetbook.tools.typography;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A full-width space (全角アキ) after a question or exclamation mark that ends a sentence inside a
 * Japanese paragraph (「どこにありますか？　プライベートサブネット？」), as Japanese books set it: an empty {@code
 * span.jl-space-after} after the mark, which the stylesheet gives an em (on screen a generated
 * ideographic space, printed a padding that the engine's patched {@code LineBox} drops at a line's
 * start or end). Not at the paragraph's end, not before a closing bracket or another mark, nor
 * where the text already has a space. The author's text is not changed: the mark is empty, so it
 * adds nothing to the text that is copied, searched or tagged.
 */
public final class SpaceAfterMarks {

  /** The class of the empty mark after ？ or ！. */
  public static final String SPACE_AFTER = "jl-space-after";

  private static final String MARKS = "？！";

  /** What may follow the mark without a space: closing brackets, punctuation, another mark. */
  private static final String NO_SPACE_BEFORE = "）」』】〕］｝〉》〙〗、。，．？！)]}\"'";

  private SpaceAfterMarks() {}

  /** Marks every Japanese paragraph of {@code page}. */
  public static void apply(Document page) {
    for (Element paragraph : page.select("#content p")) {
      if (ElementLanguage.isJapanese(paragraph) && paragraph.closest("pre, code") == null) {
        mark(paragraph);
      }
    }
  }

  private static void mark(Element paragraph) {
    List<TextNode> nodes = new ArrayList<>();
    paragraph.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text && text.parent().closest("code, pre") == null) {
            nodes.add(text);
          }
        });
    // From the last text: a split keeps the texts before it as they are.
    for (int n = nodes.size() - 1; n >= 0; n--) {
      TextNode node = nodes.get(n);
      String text = node.getWholeText();
      for (int i = text.length() - 1; i >= 0; i--) {
        if (MARKS.indexOf(text.charAt(i)) >= 0 && needsSpace(nextCharacter(nodes, n, i + 1))) {
          Element space = new Element("span").addClass(SPACE_AFTER);
          if (i + 1 < text.length()) {
            node.splitText(i + 1).before(space);
          } else {
            node.after(space);
          }
        }
      }
    }
  }

  /**
   * The character after offset {@code from} of text {@code n}, in this or a later text; -1 at the
   * end.
   */
  private static int nextCharacter(List<TextNode> nodes, int n, int from) {
    for (int k = n; k < nodes.size(); k++) {
      String text = nodes.get(k).getWholeText();
      int start = k == n ? from : 0;
      if (start < text.length()) {
        return text.codePointAt(start);
      }
    }
    return -1;
  }

  private static boolean needsSpace(int next) {
    return next >= 0
        && !Character.isWhitespace(next)
        && !Character.isSpaceChar(next)
        && NO_SPACE_BEFORE.indexOf(next) < 0;
  }
}
