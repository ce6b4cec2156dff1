package io.github.awsnetbook.tools.typography;

import java.util.List;
import java.util.Set;
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
 * Joins the source lines of a Japanese (or Chinese) document that break between two spaceless
 * characters, so that a line break in the source does not become a space between two sentences, in
 * the HTML and in the PDF printed from it. Documents in other languages are untouched.
 *
 * <p>Only text is touched: paragraphs, list items, description list terms and descriptions, table
 * cells. Listing, literal, passthrough and verse blocks keep their lines.
 */
public final class JapaneseTypesetting extends Treeprocessor {

  static final Set<String> SPACELESS_LANGUAGES = Set.of("ja", "zh");

  /**
   * {@code :book-line-breaking: off} leaves a document as Asciidoctor reads it (for comparisons).
   */
  public static final String SWITCH = "book-line-breaking";

  private static final Set<String> PROSE_CONTEXTS = Set.of("paragraph", "admonition");

  @Override
  public Document process(Document document) {
    String lang = String.valueOf(document.getAttribute("lang", "en"));
    if (SPACELESS_LANGUAGES.contains(lang.split("-")[0])
        && !"off".equals(document.getAttribute(SWITCH))) {
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
      rows(table.getHeader());
      rows(table.getBody());
      rows(table.getFooter());
    } else if (node instanceof DescriptionList list) {
      for (DescriptionListEntry entry : list.getItems()) {
        entry.getTerms().forEach(JapaneseTypesetting::listItem);
        if (entry.getDescription() != null) {
          listItem(entry.getDescription());
        }
      }
    } else if (node instanceof ListItem item) {
      listItem(item);
    } else if (node instanceof Block block
        && PROSE_CONTEXTS.contains(block.getContext())
        && block.getContentModel().equals("simple")) {
      block.setLines(SourceLines.join(block.getLines()));
    }
    if (!(node instanceof DescriptionList) && !(node instanceof Table)) {
      blocks(node.getBlocks());
    }
  }

  private static void listItem(ListItem item) {
    String source = item.getSource();
    if (source != null) {
      item.setSource(join(source));
    }
    blocks(item.getBlocks());
  }

  private static void rows(List<Row> rows) {
    for (Row row : rows) {
      for (Cell cell : row.getCells()) {
        if ("asciidoc".equals(cell.getStyle()) && cell.getInnerDocument() != null) {
          blocks(cell.getInnerDocument().getBlocks());
        } else if (!"literal".equals(cell.getStyle()) && cell.getSource() != null) {
          cell.setSource(join(cell.getSource()));
        }
      }
    }
  }

  private static String join(String text) {
    return String.join("\n", SourceLines.join(List.of(text.split("\n", -1))));
  }
}
