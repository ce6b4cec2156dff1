package io.github.awsnetbook.tools.typography;

import io.github.awsnetbook.tools.asciidoc.RawTitles;
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
 * Prepares the text of a Japanese (or Chinese) document for typesetting: joins source lines that
 * break between two spaceless characters (every backend), and, for the PDF, writes ICU's
 * kinsoku-aware break opportunities into the text. Documents in other languages are untouched.
 *
 * <p>Only text is touched: paragraphs, list items, description list terms and descriptions, table
 * cells, section and block titles. Listing, literal, passthrough and verbatim blocks keep their
 * characters, and so does inline markup inside text (see {@link InlineText}).
 */
public final class JapaneseTypesetting extends Treeprocessor {

  static final Set<String> SPACELESS_LANGUAGES = Set.of("ja", "zh");

  /**
   * {@code :book-line-breaking: off} leaves a document as Asciidoctor reads it (for comparisons).
   */
  public static final String SWITCH = "book-line-breaking";

  private static final Set<String> PROSE_CONTEXTS = Set.of("paragraph", "admonition", "verse");

  @Override
  public Document process(Document document) {
    String lang = String.valueOf(document.getAttribute("lang", "en"));
    if (!SPACELESS_LANGUAGES.contains(lang.split("-")[0])
        || "off".equals(document.getAttribute(SWITCH))) {
      return document;
    }
    boolean marks = "pdf".equals(document.getAttribute("backend"));
    new Pass(marks ? new BreakMarks(lang) : null).blocks(document.getBlocks());
    return document;
  }

  /** One walk over the tree, with or without break marks. */
  private record Pass(BreakMarks breakMarks) {

    void blocks(List<StructuralNode> blocks) {
      for (StructuralNode block : blocks) {
        node(block);
      }
    }

    void node(StructuralNode node) {
      title(node);
      if (node instanceof Table table) {
        rows(table.getHeader());
        rows(table.getBody());
        rows(table.getFooter());
      } else if (node instanceof DescriptionList list) {
        for (DescriptionListEntry entry : list.getItems()) {
          entry.getTerms().forEach(term -> listItem(term, BreakStyle.BETWEEN_PHRASES));
          if (entry.getDescription() != null) {
            listItem(entry.getDescription(), BreakStyle.EVERY_OPPORTUNITY);
          }
        }
      } else if (node instanceof ListItem item) {
        listItem(item, BreakStyle.EVERY_OPPORTUNITY);
      } else if (node instanceof Block block
          && PROSE_CONTEXTS.contains(block.getContext())
          && block.getContentModel().equals("simple")) {
        List<String> lines =
            "verse".equals(block.getContext())
                ? block.getLines()
                : SourceLines.join(block.getLines());
        block.setLines(
            lines.stream().map(line -> mark(line, BreakStyle.EVERY_OPPORTUNITY)).toList());
      }
      if (!(node instanceof DescriptionList) && !(node instanceof Table)) {
        blocks(node.getBlocks());
      }
    }

    void listItem(ListItem item, BreakStyle style) {
      String source = item.getSource();
      if (source != null) {
        item.setSource(joinAndMark(source, style));
      }
      blocks(item.getBlocks());
    }

    void rows(List<Row> rows) {
      for (Row row : rows) {
        for (Cell cell : row.getCells()) {
          if ("asciidoc".equals(cell.getStyle()) && cell.getInnerDocument() != null) {
            blocks(cell.getInnerDocument().getBlocks());
          } else if (!"literal".equals(cell.getStyle()) && cell.getSource() != null) {
            cell.setSource(joinAndMark(cell.getSource(), BreakStyle.BETWEEN_PHRASES));
          }
        }
      }
    }

    void title(StructuralNode node) {
      // The raw title, before substitutions: getTitle() would return it converted, and setting
      // converted text as a title would convert it a second time.
      String raw = RawTitles.of(node);
      if (raw != null && !raw.isEmpty()) {
        node.setTitle(mark(raw, BreakStyle.BETWEEN_PHRASES));
      }
    }

    String joinAndMark(String text, BreakStyle style) {
      List<String> lines = SourceLines.join(List.of(text.split("\n", -1)));
      return String.join("\n", lines.stream().map(line -> mark(line, style)).toList());
    }

    String mark(String line, BreakStyle style) {
      return breakMarks == null ? line : breakMarks.mark(line, style);
    }
  }
}
