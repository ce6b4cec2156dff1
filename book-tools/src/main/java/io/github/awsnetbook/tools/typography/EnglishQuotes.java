package io.github.awsnetbook.tools.typography;

import java.util.List;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Curly quotes for the straight double quotes of an English document's text, in the HTML and the
 * PDF printed from it; the sources keep what the translator typed (AsciiDoc curls only quotes
 * written as {@code "`…`"}, and apostrophes). Quotes inside an attribute list or a macro's brackets
 * and in literal text are left alone. Documents in other languages are untouched.
 */
public final class EnglishQuotes extends Treeprocessor {

  @Override
  public Document process(Document document) {
    String lang = String.valueOf(document.getAttribute("lang", "en"));
    if (lang.split("-")[0].equals("en") && !"off".equals(document.getAttribute(JapaneseTypesetting.SWITCH))) {
      blocks(document.getBlocks());
    }
    return document;
  }

  private static void blocks(List<StructuralNode> blocks) {
    for (StructuralNode block : blocks) {
      node(block);
    }
  }

  private static void node(StructuralNode node) {
    if (node instanceof Table table) {
      for (List<Row> rows : List.of(table.getHeader(), table.getBody(), table.getFooter())) {
        for (Row row : rows) {
          for (Cell cell : row.getCells()) {
            if ("asciidoc".equals(cell.getStyle()) && cell.getInnerDocument() != null) {
              blocks(cell.getInnerDocument().getBlocks());
            } else if (!"literal".equals(cell.getStyle()) && cell.getSource() != null) {
              cell.setSource(curled(cell.getSource()));
            }
          }
        }
      }
      return;
    }
    if (node instanceof DescriptionList list) {
      for (DescriptionListEntry entry : list.getItems()) {
        entry.getTerms().forEach(EnglishQuotes::listItem);
        if (entry.getDescription() != null) {
          listItem(entry.getDescription());
        }
      }
      return;
    }
    if (node instanceof ListItem item) {
      listItem(item);
    } else if (node instanceof Block block
        && (block.getContext().equals("paragraph") || block.getContext().equals("admonition"))
        && block.getContentModel().equals("simple")) {
      block.setLines(block.getLines().stream().map(EnglishQuotes::curled).toList());
    }
    blocks(node.getBlocks());
  }

  private static void listItem(ListItem item) {
    if (item.getSource() != null) {
      item.setSource(curled(item.getSource()));
    }
    blocks(item.getBlocks());
  }

  /**
   * The AsciiDoc text with its straight double quotes curled, outside brackets ({@code [...]}),
   * backticks and passthroughs: one that follows a letter, a digit or closing punctuation closes,
   * any other opens.
   */
  static String curled(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int brackets = 0;
    boolean literal = false;
    char last = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        brackets++;
      } else if (c == ']' && brackets > 0) {
        brackets--;
      } else if (c == '`') {
        literal = !literal;
      }
      boolean next = i + 1 < text.length() && text.charAt(i + 1) == '`';
      if (c == '"' && brackets == 0 && !literal && !next && last != '`') {
        boolean closes = Character.isLetterOrDigit(last) || ".,;:!?)]’”%".indexOf(last) >= 0;
        out.append(closes ? '”' : '“');
      } else {
        out.append(c);
      }
      last = c;
    }
    return out.toString();
  }
}
