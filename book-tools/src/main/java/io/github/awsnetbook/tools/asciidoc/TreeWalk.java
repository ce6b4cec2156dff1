package io.github.awsnetbook.tools.asciidoc;

import java.util.List;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;

/**
 * The one walk of Asciidoctor's tree, in reading order, shared by the source model and the build's
 * tree processors: sections and blocks, the items of lists, the terms and descriptions of
 * description lists, and the cells of tables (header, body, footer), an AsciiDoc cell's blocks
 * after its cell. Asciidoctor's {@code getBlocks()} leaves out the terms and cells, which is why
 * every walk of the tree needs the same cases.
 *
 * @param <C> what a node hands its children (where they are, how deep): each callback returns the
 *     context of the nodes inside the one it is given
 */
public final class TreeWalk<C> {

  /**
   * {@code :book-line-breaking: off} leaves a document's text as Asciidoctor reads it: the tree
   * processors that rewrite text on their walk (Japanese line joining, English quotes) skip it, as
   * the source model and comparisons with Asciidoctor's own reading need.
   */
  public static final String TYPESETTING_SWITCH = "book-line-breaking";

  /** What a walk calls for each node; the returned context is given to the node's children. */
  public interface Visitor<C> {

    /** A section or a block (a list, a table, a paragraph …). */
    C node(StructuralNode node, C parent);

    /**
     * A list item, or a description list's term ({@code dlist_term}) or description ({@code
     * list_item}).
     */
    C item(ListItem item, String context, C parent);

    /** A table cell; an AsciiDoc cell's blocks are walked next, with the context returned. */
    C cell(Cell cell, C parent);
  }

  private final Visitor<C> visitor;

  private TreeWalk(Visitor<C> visitor) {
    this.visitor = visitor;
  }

  /** Walks {@code blocks} and everything inside them, each of them given {@code context}. */
  public static <C> void walk(List<StructuralNode> blocks, C context, Visitor<C> visitor) {
    new TreeWalk<>(visitor).blocks(blocks, context);
  }

  private void blocks(List<StructuralNode> blocks, C context) {
    for (StructuralNode block : blocks) {
      node(block, context);
    }
  }

  private void node(StructuralNode node, C parent) {
    if (node instanceof ListItem item) {
      item(item, "list_item", parent);
      return;
    }
    C context = visitor.node(node, parent);
    if (node instanceof DescriptionList list) {
      for (DescriptionListEntry entry : list.getItems()) {
        for (ListItem term : entry.getTerms()) {
          item(term, "dlist_term", context);
        }
        if (entry.getDescription() != null) {
          item(entry.getDescription(), "list_item", context);
        }
      }
    } else if (node instanceof Table table) {
      for (List<Row> rows : List.of(table.getHeader(), table.getBody(), table.getFooter())) {
        for (Row row : rows) {
          row.getCells().forEach(cell -> cell(cell, context));
        }
      }
    } else {
      blocks(node.getBlocks(), context);
    }
  }

  private void item(ListItem item, String kind, C parent) {
    blocks(item.getBlocks(), visitor.item(item, kind, parent));
  }

  private void cell(Cell cell, C parent) {
    C context = visitor.cell(cell, parent);
    if ("asciidoc".equals(cell.getStyle()) && cell.getInnerDocument() != null) {
      blocks(cell.getInnerDocument().getBlocks(), context);
    }
  }
}
