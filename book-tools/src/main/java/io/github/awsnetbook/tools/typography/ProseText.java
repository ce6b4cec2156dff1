package io.github.awsnetbook.tools.typography;

import io.github.awsnetbook.tools.asciidoc.TreeWalk;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.StructuralNode;

/**
 * Rewrites the prose of a document as the walk meets it: the lines of each simple paragraph and
 * admonition, the text of each list item, and of each table cell but an AsciiDoc or literal one,
 * which keeps its own. The typesetting's tree processors differ only in the rewriting.
 */
final class ProseText implements TreeWalk.Visitor<Void> {

  private static final Set<String> PROSE_CONTEXTS = Set.of("paragraph", "admonition");

  private final UnaryOperator<List<String>> lines;
  private final UnaryOperator<String> text;

  /** Rewrites a block's {@code lines} as a whole, and an item's or a cell's {@code text}. */
  ProseText(UnaryOperator<List<String>> lines, UnaryOperator<String> text) {
    this.lines = lines;
    this.text = text;
  }

  @Override
  public Void node(StructuralNode node, Void parent) {
    if (node instanceof Block block
        && PROSE_CONTEXTS.contains(block.getContext())
        && block.getContentModel().equals("simple")) {
      block.setLines(lines.apply(block.getLines()));
    }
    return null;
  }

  @Override
  public Void item(ListItem item, String context, Void parent) {
    if (item.getSource() != null) {
      item.setSource(text.apply(item.getSource()));
    }
    return null;
  }

  @Override
  public Void cell(Cell cell, Void parent) {
    if (!"asciidoc".equals(cell.getStyle())
        && !"literal".equals(cell.getStyle())
        && cell.getSource() != null) {
      cell.setSource(text.apply(cell.getSource()));
    }
    return null;
  }
}
