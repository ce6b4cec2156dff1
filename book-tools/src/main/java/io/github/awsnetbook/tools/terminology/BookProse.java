package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.asciidoc.InlineTokens;
import io.github.awsnetbook.tools.asciidoc.ModelVisitor;
import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose of a book, read from its {@link SourceModel}: one paragraph of segments per piece of
 * text a reader sees, each segment one line of it, with the ID of the section it belongs to.
 *
 * <p>Prose is: the header's title, description and keywords (the page's and the PDF's metadata),
 * section and block titles, paragraphs (admonition, quote and verse ones too), list items,
 * description list terms and descriptions, table cells, and the alt text of block images. Not
 * prose: listing, literal, passthrough and stem blocks, {@code [source]} paragraphs, literal table
 * cells, the entries of a {@code [bibliography]} list (the titles of cited pages, written as their
 * publishers wrote them); and inside a line, what {@link InlineTokens} finds that is not prose
 * (code, URLs, targets, attribute references).
 *
 * <p>A section's ID is the one its heading is given; a section without one belongs to its parent's,
 * the document root's being {@code ""}.
 */
final class BookProse implements ModelVisitor {

  private final List<List<Segment>> paragraphs = new ArrayList<>();
  private int bibliographyDepth = -1;

  /** The prose of the model, one list of segments per paragraph, in reading order. */
  static List<List<Segment>> of(SourceModel model) {
    BookProse prose = new BookProse();
    model.accept(prose);
    return List.copyOf(prose.paragraphs);
  }

  @Override
  public void header(SourceModel.Header header) {
    for (SourceModel.Header.Entry entry : header.entries()) {
      paragraph(entry.spans(), "");
    }
  }

  @Override
  public void section(SourceModel.Section section) {
    bibliographyDepth = -1;
    paragraph(section.titleSpans(), section.idGiven() ? section.id() : section.sectionId());
  }

  @Override
  public void block(SourceModel.Block block) {
    if (bibliographyDepth >= 0 && block.depth() <= bibliographyDepth) {
      bibliographyDepth = -1;
    }
    if ("ulist".equals(block.context()) && "bibliography".equals(block.style())) {
      bibliographyDepth = block.depth();
    }
    paragraph(block.titleSpans(), block.sectionId());
    if (bibliographyDepth >= 0 && block.depth() > bibliographyDepth) {
      return;
    }
    if (isProse(block)) {
      paragraph(block.spans(), block.sectionId());
    }
  }

  private static boolean isProse(SourceModel.Block block) {
    return !block.verbatim()
        && !(block.context().equals("table_cell") && block.style().equals("literal"));
  }

  private void paragraph(List<SourceSpan> spans, String sectionId) {
    List<Segment> paragraph = new ArrayList<>();
    for (SourceSpan span : spans) {
      String text = InlineTokens.of(span.isolated()).prose();
      if (!text.isBlank()) {
        paragraph.add(Segment.sameAsSource(span.file(), span.line(), span.raw(), text, sectionId));
      }
    }
    if (!paragraph.isEmpty()) {
      paragraphs.add(List.copyOf(paragraph));
    }
  }
}
