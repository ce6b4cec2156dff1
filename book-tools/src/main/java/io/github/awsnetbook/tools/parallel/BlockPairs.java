package io.github.awsnetbook.tools.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;

/**
 * Pairs the blocks of one section of the two finished pages (the elements Asciidoctor wrote:
 * paragraphs, lists, tables, notes, figures), in order: a list pairs item by item, a list item part
 * by part (its text, then each block continued into it), a table caption and head, then row by row,
 * a description list entry by entry; where the two sides' parts differ, the container pairs whole
 * (and the row says so), and blocks of different kinds pair as runs ({@link Alignment}). The
 * fragments are copies wrapped in their container's markup (an item in its list, numbered as it
 * was; a row in its table, with its columns), so that the books' stylesheet draws them as the books
 * do.
 */
final class BlockPairs {

  /** The class of a table holding a table's caption and head, and of one holding one row. */
  static final String HEAD = "parallel-head";

  static final String ROW = "parallel-row";

  private final List<Row> rows = new ArrayList<>();

  private BlockPairs() {}

  /** The rows of the blocks {@code source} and {@code translation}, each side in its order. */
  static List<Row> of(List<Element> source, List<Element> translation) {
    BlockPairs pairs = new BlockPairs();
    pairs.blocks(source, translation, UnaryOperator.identity());
    return pairs.rows;
  }

  /** What kind of block an element is: its first class ({@code paragraph}, {@code olist} …). */
  static String kind(Element block) {
    if (block.is(".table-scroll") || block.is("table.tableblock")) {
      return "table";
    }
    String first = block.classNames().isEmpty() ? "" : block.classNames().iterator().next();
    return first.isEmpty() ? block.tagName() : first;
  }

  private void blocks(List<Element> source, List<Element> translation, UnaryOperator<Element> in) {
    for (Alignment.Group<Element> group : Alignment.align(source, translation, BlockPairs::kind)) {
      if (group.exact()) {
        block(group.source().get(0), group.translation().get(0), in);
      } else {
        rows.add(
            new Row(
                wrapped(group.source(), in),
                wrapped(group.translation(), in),
                "blocks that do not pair one to one: "
                    + kinds(group.source())
                    + " beside "
                    + kinds(group.translation())));
      }
    }
  }

  private void block(Element source, Element translation, UnaryOperator<Element> in) {
    boolean paired =
        switch (kind(source)) {
          case "ulist", "olist" -> list(source, translation, in);
          case "dlist" -> descriptions(source, translation, in);
          case "hdlist" -> tableRows(source, translation, in);
          case "table" -> table(source, translation, in);
          default -> false;
        };
    if (!paired) {
      String coarser =
          isContainer(source)
              ? kind(source)
                  + " whose parts differ ("
                  + parts(source)
                  + " beside "
                  + parts(translation)
                  + ")"
              : "";
      rows.add(
          new Row(
              List.of(in.apply(source.clone())), List.of(in.apply(translation.clone())), coarser));
    }
  }

  private static boolean isContainer(Element block) {
    return List.of("ulist", "olist", "dlist", "hdlist", "table").contains(kind(block));
  }

  private static String parts(Element block) {
    return switch (kind(block)) {
      case "ulist", "olist" -> items(block).size() + " items";
      case "dlist" -> block.select("> dl > dt").size() + " entries";
      default -> block.select("tbody > tr").size() + " rows";
    };
  }

  private static List<Element> items(Element list) {
    return list.select("> ul > li, > ol > li");
  }

  /** A list item by item, each item part by part where the two items have the same parts. */
  private boolean list(Element source, Element translation, UnaryOperator<Element> in) {
    List<Element> sourceItems = items(source);
    List<Element> translationItems = items(translation);
    if (sourceItems.size() != translationItems.size()) {
      return false;
    }
    for (int i = 0; i < sourceItems.size(); i++) {
      item(source, translation, i, in);
    }
    return true;
  }

  private void item(
      Element sourceList, Element translationList, int index, UnaryOperator<Element> in) {
    Element sourceItem = items(sourceList).get(index);
    Element translationItem = items(translationList).get(index);
    List<Element> sourceParts = sourceItem.children();
    List<Element> translationParts = translationItem.children();
    boolean sameParts =
        sourceParts.size() > 1
            && sourceParts.size() == translationParts.size()
            && sourceParts.get(0).is("p")
            && translationParts.get(0).is("p");
    if (!sameParts) {
      rows.add(
          new Row(
              List.of(in.apply(itemShell(sourceList, index, sourceParts))),
              List.of(in.apply(itemShell(translationList, index, translationParts))),
              sourceParts.size() == translationParts.size()
                  ? ""
                  : "list item of "
                      + sourceParts.size()
                      + " parts beside "
                      + translationParts.size()));
      return;
    }
    rows.add(
        Row.of(
            List.of(in.apply(itemShell(sourceList, index, List.of(sourceParts.get(0))))),
            List.of(
                in.apply(itemShell(translationList, index, List.of(translationParts.get(0)))))));
    UnaryOperator<Element> continued = block -> in.apply(continuation(block));
    blocks(
        sourceParts.subList(1, sourceParts.size()),
        translationParts.subList(1, translationParts.size()),
        continued);
  }

  /** The item {@code index} of a list, holding copies of {@code content}, numbered as it was. */
  private static Element itemShell(Element list, int index, List<Element> content) {
    Element shell = list.shallowClone().removeAttr("id");
    Element inner = list.selectFirst("> ul, > ol").shallowClone();
    shell.appendChild(inner);
    if (inner.is("ol")) {
      int start = inner.hasAttr("start") ? Integer.parseInt(inner.attr("start")) : 1;
      inner.attr("start", Integer.toString(start + index));
    }
    Element item = items(list).get(index).shallowClone();
    inner.appendChild(item);
    content.forEach(part -> item.appendChild(part.clone()));
    return shell;
  }

  /** A block continued into a list item: set at the item's indent, under its text. */
  private static Element continuation(Element block) {
    Element shell = new Element("div").addClass("list-continuation");
    shell.appendChild(block.parent() == null ? block : block.clone());
    return shell;
  }

  /** A description list entry by entry (a term and its descriptions). */
  private boolean descriptions(Element source, Element translation, UnaryOperator<Element> in) {
    List<List<Element>> sourceEntries = entries(source);
    List<List<Element>> translationEntries = entries(translation);
    if (sourceEntries.size() != translationEntries.size()) {
      return false;
    }
    for (int i = 0; i < sourceEntries.size(); i++) {
      rows.add(
          Row.of(
              List.of(in.apply(entryShell(source, sourceEntries.get(i)))),
              List.of(in.apply(entryShell(translation, translationEntries.get(i))))));
    }
    return true;
  }

  private static List<List<Element>> entries(Element dlist) {
    List<List<Element>> entries = new ArrayList<>();
    Element list = dlist.selectFirst("> dl");
    if (list == null) {
      return entries;
    }
    for (Element child : list.children()) {
      if (child.is("dt")
          && (entries.isEmpty()
              || !entries
                  .get(entries.size() - 1)
                  .get(entries.get(entries.size() - 1).size() - 1)
                  .is("dt"))) {
        entries.add(new ArrayList<>());
      }
      if (entries.isEmpty()) {
        entries.add(new ArrayList<>());
      }
      entries.get(entries.size() - 1).add(child);
    }
    return entries;
  }

  private static Element entryShell(Element dlist, List<Element> entry) {
    Element shell = dlist.shallowClone().removeAttr("id");
    Element list = shell.appendElement("dl");
    entry.forEach(part -> list.appendChild(part.clone()));
    return shell;
  }

  /** A table: its caption and head, then row by row, where both have as many rows and columns. */
  private boolean table(Element source, Element translation, UnaryOperator<Element> in) {
    Element sourceTable = source.is("table") ? source : source.selectFirst("> table");
    Element translationTable =
        translation.is("table") ? translation : translation.selectFirst("> table");
    if (sourceTable == null
        || translationTable == null
        || sourceTable.select("> colgroup > col").size()
            != translationTable.select("> colgroup > col").size()) {
      return false;
    }
    List<Element> sourceRows = sourceTable.select("> tbody > tr");
    List<Element> translationRows =
        GlossaryRows.inSourceOrder(
            sourceTable, sourceRows, translationTable.select("> tbody > tr"));
    if (sourceRows.size() != translationRows.size()) {
      return false;
    }
    if (sourceRows.isEmpty()) {
      return false;
    }
    boolean head =
        sourceTable.selectFirst("> caption, > thead") != null
            || translationTable.selectFirst("> caption, > thead") != null;
    for (int i = 0; i < sourceRows.size(); i++) {
      // The caption and the head go with the first row: a table of a head alone is no table
      // (PDF/UA: a THead needs a TBody).
      boolean first = head && i == 0;
      rows.add(
          Row.of(
              List.of(in.apply(tableShell(source, sourceTable, first, sourceRows.get(i)))),
              List.of(
                  in.apply(
                      tableShell(translation, translationTable, first, translationRows.get(i))))));
    }
    return true;
  }

  /** The rows of a table-like list (the colophon's labels and values), row by row. */
  private boolean tableRows(Element source, Element translation, UnaryOperator<Element> in) {
    List<Element> sourceRows = source.select("> table > tbody > tr");
    List<Element> translationRows = translation.select("> table > tbody > tr");
    if (sourceRows.size() != translationRows.size()) {
      return false;
    }
    for (int i = 0; i < sourceRows.size(); i++) {
      rows.add(
          Row.of(
              List.of(in.apply(rowShell(source, sourceRows.get(i)))),
              List.of(in.apply(rowShell(translation, translationRows.get(i))))));
    }
    return true;
  }

  private static Element rowShell(Element block, Element row) {
    Element shell = block.shallowClone().removeAttr("id");
    shell.appendElement("table").addClass(ROW).appendElement("tbody").appendChild(row.clone());
    return shell;
  }

  /**
   * A copy of the table with its columns and one row of its body, and its caption and head too
   * ({@code head}: then in its scrolling box if it had one).
   */
  private static Element tableShell(Element block, Element table, boolean head, Element row) {
    Element copy = table.shallowClone().addClass(head ? HEAD : ROW);
    table
        .select(head ? "> caption, > colgroup, > thead" : "> colgroup")
        .forEach(part -> copy.appendChild(part.clone()));
    copy.appendElement("tbody").appendChild(labelled(row.clone(), table));
    if (!head) {
      copy.removeAttr("id");
    }
    // The head keeps the table's scrolling box (a region named by its caption); a row is a table
    // of its own, as wide as the column, unnamed.
    if (head && block.is(".table-scroll")) {
      Element box = block.shallowClone();
      box.appendChild(copy);
      return box;
    }
    return copy;
  }

  /**
   * The row with each cell labelled by its column's header ({@code data-label}), which a phone
   * shows above the cell when it sets the row as a card (parallel.css).
   */
  private static Element labelled(Element row, Element table) {
    List<Element> headers = table.select("> thead > tr > th");
    List<Element> cells = row.select("> td");
    if (headers.size() == cells.size()) {
      for (int i = 0; i < cells.size(); i++) {
        cells.get(i).attr("data-label", headers.get(i).text());
      }
    }
    return row;
  }

  private static List<Element> wrapped(List<Element> blocks, UnaryOperator<Element> in) {
    return blocks.stream().map(block -> in.apply(block.clone())).toList();
  }

  private static String kinds(List<Element> blocks) {
    return blocks.isEmpty()
        ? "nothing"
        : String.join(", ", blocks.stream().map(BlockPairs::kind).toList())
            .toLowerCase(Locale.ROOT);
  }
}
