package io.github.awsnetbook.tools.titlepage;

import java.util.List;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Marks a book that has only one chapter, first under its title ({@value #ROLE}, a role of the
 * document: a class of the page's {@code body}): the chapter's heading is the author's title of the
 * whole text, which the book's title says again, in the editors' words, right above it on screen.
 * The screen stylesheet shows it once (the book's title), keeping the chapter's heading in the
 * outline and the table of contents for readers who navigate by headings; printed, the chapter
 * opens on its own page after the title page and keeps its heading. The mark is on the document,
 * not on the chapter's {@code div.sect1}, whose markup the publish step reads as Asciidoctor writes
 * it.
 */
public final class SoleChapter extends Treeprocessor {

  /** The document's role (a class of the page's {@code body}) the stylesheet reads. */
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
      document.addRole(ROLE);
    }
    return document;
  }

  /** Only a chapter right under the title repeats it: text before it would stand between them. */
  private static boolean isFirstBlock(Document document, StructuralNode chapter) {
    return !document.getBlocks().isEmpty() && document.getBlocks().get(0) == chapter;
  }
}
