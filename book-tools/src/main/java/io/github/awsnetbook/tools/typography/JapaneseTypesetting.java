package io.github.awsnetbook.tools.typography;

import io.github.awsnetbook.tools.asciidoc.TreeWalk;
import java.util.List;
import java.util.Set;
import org.asciidoctor.ast.Document;
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
  public static final String SWITCH = TreeWalk.TYPESETTING_SWITCH;

  @Override
  public Document process(Document document) {
    String lang = String.valueOf(document.getAttribute("lang", "en"));
    if (SPACELESS_LANGUAGES.contains(lang.split("-")[0])
        && !"off".equals(document.getAttribute(SWITCH))) {
      TreeWalk.walk(
          document.getBlocks(), null, new ProseText(SourceLines::join, JapaneseTypesetting::join));
    }
    return document;
  }

  private static String join(String text) {
    return String.join("\n", SourceLines.join(List.of(text.split("\n", -1))));
  }
}
