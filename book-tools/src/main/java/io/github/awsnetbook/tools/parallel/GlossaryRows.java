package io.github.awsnetbook.tools.parallel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * none after them in their own order; any other table's rows as they are.
   */
  static List<Element> inSourceOrder(
      Element sourceTable, List<Element> sourceRows, List<Element> translationRows) {
    if (!sourceTable.hasClass("glossary")) {
      return translationRows;
    }
    Map<String, Element> byOtherTerm = new LinkedHashMap<>();
    for (Element row : translationRows) {
      byOtherTerm.putIfAbsent(cell(row, 1), row);
    }
    List<Element> ordered = new ArrayList<>();
    for (Element row : sourceRows) {
      Element match = byOtherTerm.remove(cell(row, 0));
      if (match != null) {
        ordered.add(match);
      }
    }
    ordered.addAll(byOtherTerm.values());
    if (ordered.size() != translationRows.size()) {
      return translationRows;
    }
    return ordered;
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
