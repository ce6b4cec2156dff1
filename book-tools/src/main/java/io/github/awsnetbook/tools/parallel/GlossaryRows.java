package io.github.awsnetbook.tools.parallel;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The glossary's entries are sorted in each book's own order (Japanese by reading, English
 * alphabetically), so its rows pair by term, not by place: a translation's row goes beside the
 * source row whose term it gives as the other language's (its second column).
 */
final class GlossaryRows {

  private GlossaryRows() {}

  /**
   * The translation's rows in the order of the source's rows they translate, the rows that match
   * none after them in their own order; any other table's rows as they are. A row is a concept of
   * the termbase: each book's glossary gives a concept's name in its language (with the short forms
   * it uses: "AWS Direct Connect（DX）") and its preferred name in the other language, so two rows
   * are one concept when each one's term begins with the name the other gives for it.
   */
  static List<Element> inSourceOrder(
      Element sourceTable, List<Element> sourceRows, List<Element> translationRows) {
    if (!sourceTable.hasClass("glossary")) {
      return translationRows;
    }
    List<Element> left = new ArrayList<>(translationRows);
    List<Element> ordered = new ArrayList<>();
    for (Element row : sourceRows) {
      Element match =
          left.stream().filter(other -> sameConcept(row, other)).findFirst().orElse(null);
      if (match != null) {
        left.remove(match);
        ordered.add(match);
      }
    }
    ordered.addAll(left);
    return ordered;
  }

  /** Whether two rows, one of each book's glossary, name one concept. */
  static boolean sameConcept(Element sourceRow, Element translationRow) {
    String sourceTerm = cell(sourceRow, 0);
    String sourceNameOfOther = cell(sourceRow, 1);
    String translationTerm = cell(translationRow, 0);
    String translationNameOfSource = cell(translationRow, 1);
    return !sourceNameOfOther.isEmpty()
        && !translationNameOfSource.isEmpty()
        && namedBy(sourceTerm, translationNameOfSource)
        && namedBy(translationTerm, sourceNameOfOther);
  }

  /** Whether a glossary's term is the name, alone or followed by its short forms. */
  private static boolean namedBy(String term, String name) {
    if (!term.startsWith(name)) {
      return false;
    }
    String rest = term.substring(name.length()).strip();
    return rest.isEmpty() || rest.startsWith("(") || rest.startsWith("（");
  }

  /**
   * The blocks with a glossary's group tables as one: a copy of the first, with the rows of the
   * others after its own (their heads, the same, left out); the other blocks as they are.
   */
  static List<Element> oneTable(List<Element> blocks) {
    List<Element> result = new ArrayList<>();
    Element merged = null;
    for (Element block : blocks) {
      Element table = block.is("table.glossary") ? block : block.selectFirst("> table.glossary");
      if (table == null) {
        result.add(block);
      } else if (merged == null) {
        merged = block.clone();
        result.add(merged);
      } else {
        Element body = merged.selectFirst("table.glossary > tbody");
        Element rows = table.selectFirst("> tbody");
        if (body == null || rows == null) {
          result.add(block);
          continue;
        }
        rows.children().forEach(row -> body.appendChild(row.clone()));
      }
    }
    return result;
  }

  private static String cell(Element row, int index) {
    List<Element> cells = row.select("> td, > th");
    return index < cells.size() ? cells.get(index).text().strip() : "";
  }
}
