package io.github.awsnetbook.tools.titlepage;

import java.util.List;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Marks the chapter of a book that has only one ({@value #ROLE}): its heading is the author's
 * title of the whole text, which the book's title says again, in the editors' words, right above
 * it on screen. The screen stylesheet shows it once (the book's title), keeping the chapter's
 * heading in the outline and the table of contents for readers who navigate by headings; printed,
 * the chapter opens on its own page after the title page and keeps its heading.
 */
public final class SoleChapter extends Treeprocessor {

  /** The role (a class of the chapter's {@code div.sect1}) the stylesheet reads. */
  public static final String ROLE = "sole-chapter";

  @Override
  public Document process(Document document) {
    List<Section> chapters =
        document.getBlocks().stream()
            .filter(Section.class::isInstance)
            .map(Section.class::cast)
            .filter(section -> "chapter".equals(section.getSectionName()))
            .toList();
    if (chapters.size() == 1 && isFirstBlock(document, chapters.get(0))) {
      chapters.get(0).addRole(ROLE);
    }
    return document;
  }

  /** Only a chapter right under the title repeats it: text before it would stand between them. */
  private static boolean isFirstBlock(Document document, StructuralNode chapter) {
    return !document.getBlocks().isEmpty() && document.getBlocks().get(0) == chapter;
  }
}
