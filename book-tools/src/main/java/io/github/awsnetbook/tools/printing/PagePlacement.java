package io.github.awsnetbook.tools.printing;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Places figures and small tables where they fit, as LaTeX places floats within a section: a float
 * too tall for what is left of a page would leave a hole at the foot of that page (the engine has
 * no floats that pages understand), so the text that follows it (paragraphs, lists, notes, which
 * split) is set ahead of it. The print copy is laid out, the first float that left more than a
 * tenth of its page empty is moved, with the floats right after it, below the next block of text,
 * and the page is laid out again, a few times at most. A float goes at most to the top of the page
 * after the one its text ends on; it never passes a heading or leaves its section, nor what
 * comments on it (a note right after it, a block that cites it). Only text (a paragraph of its
 * group, a description list, a note) goes ahead of a float unless the page would be more than a
 * fifth empty; then a list's item may. A page that still ends in a hole is spread to its foot
 * (flush bottom). Small tables stay whole, and a note never leaves its empty top at the foot of a
 * page. The tags follow the page, as for a float in a typeset book.
 */
final class PagePlacement {

  /** The attribute that numbers the blocks of the print copy's text flow. */
  static final String BLOCK = "data-print-block";

  /** More than this fraction of a page's type area empty at its foot is a hole. */
  static final double MOST_EMPTY = 0.2;

  /**
   * A float that leaves more than this fraction of its page empty lets the text after it flow
   * ahead: less than {@link #MOST_EMPTY}, as a typeset book fills a page's foot with text before it
   * stretches the page.
   */
  static final double FLOAT_LEAVES = 0.04;

  /** How many figures are moved at most (each move is one more layout). */
  static final int MOST_MOVES = 16;

  private static final String FLOW =
      "#content > .sect1 > h2, #content .sectionbody > :not(.sect2):not(.running-section),"
          + " #content .sect2 > :not(.sect3):not(.running-section), #content .sect3 > *,"
          + " #content li > *, #content .parallel-section > .pair";

  /**
   * A page ending more empty than this is spread: as a float leaves no more before text flows ahead
   * of it ({@link #FLOAT_LEAVES}), and well under {@link #MOST_EMPTY}, as a page's last line stands
   * above the bottom of its box by its descent and half its leading.
   */
  static final double SPREAD_FROM = FLOAT_LEAVES;

  /** What a page spread vertically is left with at its foot, as a fraction of its type area. */
  static final double SPREAD_LEAVES = 0.03;

  /**
   * How much a gap between two blocks grows when a page is spread, in points: up to {@link
   * #EVEN_PER_GAP}, so that the space around figures, notes and tables stays close to what it is on
   * every other page (grown by up to 32 pt, en p. 9 had 44 and 50 pt around its figure and note
   * where other pages have 13 to 21); more, up to {@link #MOST_PER_GAP}, only as far as needed to
   * leave the page at most {@link #SPREAD_KEEPS} empty, well under {@link #MOST_EMPTY}.
   */
  static final double EVEN_PER_GAP = 14;

  static final double MOST_PER_GAP = 32;

  /**
   * What a page spread with gaps grown beyond {@link #EVEN_PER_GAP} is left with at most, measured
   * to its last block's box (its margins and a note's padding included): as a page starts being
   * spread. Measured to its last line, a box 15 % empty left the page 21 % empty.
   */
  static final double SPREAD_KEEPS = SPREAD_FROM;

  /** Marks a small table's block as a float: it moves as a figure does. */
  static final String FLOAT = "data-print-float";

  /**
   * What floats: a figure, and a small table that is kept on one page ({@link
   * #keepSmallTablesWhole} marks it).
   */
  private static final String MOVABLE = ".imageblock, [" + FLOAT + "], .pair.figure-pair";

  /** What may flow ahead of a float to fill the page before it: text and notes, which split. */
  private static final String TEXT =
      ".paragraph:not(.lead-in), .ulist, .olist, .dlist, .admonitionblock, .pair.flow-pair";

  /** What a figure may move past inside a list item: its text, tables and notes. */
  private static final String IN_ITEM =
      "p, .paragraph, .table-scroll, .tableblock, .admonitionblock";

  private PagePlacement() {}

  /** Numbers every block of the text flow, so that the laid-out boxes can be traced back. */
  static void numberBlocks(Document page) {
    int number = 0;
    for (Element block : page.select(FLOW)) {
      block.attr(BLOCK, Integer.toString(number++));
    }
  }

  /** A table of at most this many rows is kept on one page, as a book keeps a small table. */
  static final int SMALL_TABLE_ROWS = 6;

  /**
   * Keeps each small table on one page: split, a three-row table leaves a row alone on the next
   * page; a long table still runs on, repeating its header row.
   */
  static void keepSmallTablesWhole(Document page) {
    for (Element table : page.select("#content table.tableblock")) {
      if (table.select("tr").size() <= SMALL_TABLE_ROWS + 1) {
        Element block =
            table.parent() != null && table.parent().is(".table-scroll") ? table.parent() : table;
        block.attr(FLOAT, "");
        for (Element kept : List.of(block, table)) {
          String style = kept.attr("style");
          kept.attr("style", (style.isEmpty() ? "" : style + "; ") + "page-break-inside: avoid");
        }
      }
    }
    markWhatRefersToFloats(page);
  }

  /** Marks a block that comments on a float: it never goes ahead of the float. */
  static final String COMMENTS_ON = "data-print-comments-on";

  /**
   * Marks, for each float where the author put it, the blocks that comment on it (the notes right
   * after it, any block that cites it by its cross reference).
   */
  private static void markWhatRefersToFloats(Document page) {
    for (Element floating : page.select(MOVABLE)) {
      String number = floating.attr(BLOCK);
      if (number.isEmpty()) {
        continue;
      }
      for (Element next = floating.nextElementSibling();
          next != null && next.is(".admonitionblock");
          next = next.nextElementSibling()) {
        mark(next, COMMENTS_ON, number);
      }
      List<String> ids = new ArrayList<>();
      for (Element named : floating.select("[id]")) {
        ids.add(named.id());
      }
      for (String id : ids) {
        for (Element link : page.select("#content a[href=\"#" + id + "\"]")) {
          Element block = link.closest("[" + BLOCK + "]");
          if (block != null && block != floating && !floating.select("*").contains(block)) {
            mark(block, COMMENTS_ON, number);
          }
        }
      }
    }
  }

  private static void mark(Element block, String attribute, String number) {
    String marks = block.attr(attribute);
    if (!List.of(marks.split(" ")).contains(number)) {
      block.attr(attribute, marks.isEmpty() ? number : marks + " " + number);
    }
  }

  /** Whether {@code passed}, or a block in it, comments on one of the floats of {@code run}. */
  private static boolean commentsOn(List<Element> passed, List<Element> run) {
    for (Element block : passed) {
      for (Element inner : block.select("[" + COMMENTS_ON + "]")) {
        for (Element member : run) {
          if (List.of(inner.attr(COMMENTS_ON).split(" ")).contains(member.attr(BLOCK))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Removes the numbers, which the PDF does not need. */
  static void unnumberBlocks(Document page) {
    page.select("[" + BLOCK + "]").removeAttr(BLOCK);
    page.select("[" + ANCHOR_PAGE + "]").removeAttr(ANCHOR_PAGE).removeAttr(CAME_AFTER);
    page.select("[" + KEPT + "]").removeAttr(KEPT);
    page.select("[" + FLOAT + "]").removeAttr(FLOAT);
    page.select("[" + HEAD + "]").removeAttr(HEAD);
    page.select("[" + PASSED_ITEM + "]").removeAttr(PASSED_ITEM);
    page.select("[" + COMMENTS_ON + "]").removeAttr(COMMENTS_ON);
    page.select("." + POINTS_BELOW).removeClass(POINTS_BELOW);
    page.select("[" + ABOVE_NOTE + "]").removeAttr(ABOVE_NOTE);
  }

  /**
   * Moves the first float (a figure or a small table) that left a hole on the page before it,
   * together with the floats right after it, below the block of text that follows them; returns
   * whether the page changed. The text flows ahead into the hole, as around a float in a typeset
   * book. A float goes no further than the top of the page after the one its text (the block before
   * it where the author put it) ends on: a move that took it further is taken back, and the float
   * stays where it was.
   */
  static boolean moveFirstStrandedFigure(Document page, PdfBoxRenderer laidOut) {
    Map<String, Extent> extents = new HashMap<>();
    collect(laidOut.getRootBox(), extents);
    List<PageBox> pages = laidOut.getRootBox().getLayer().getPages();
    if (backUnderItsNote(page, extents, pages)) {
      return true;
    }
    for (Element figure : page.select(MOVABLE)) {
      Extent own = extents.get(figure.attr(BLOCK));
      if (own != null && figure.hasAttr(ANCHOR_PAGE) && !figure.hasAttr(KEPT)) {
        int anchor = Integer.parseInt(figure.attr(ANCHOR_PAGE));
        if (pageIndex(own.top(), pages) > anchor + 1) {
          Element head = page.selectFirst("[" + BLOCK + "=" + figure.attr(HEAD) + "]");
          takeBack(head == null ? figure : head);
          return true;
        }
      }
    }
    for (Element figure : page.select(MOVABLE)) {
      Element before = previousInFlow(figure);
      Extent own = extents.get(figure.attr(BLOCK));
      if (before == null || own == null || figure.hasAttr(KEPT) || before.is(MOVABLE)) {
        continue;
      }
      Extent previous = extents.get(before.attr(BLOCK));
      double hole = previous == null ? 0 : emptyBelow(previous.bottom(), own.top(), pages);
      if (hole > FLOAT_LEAVES) {
        List<Element> run = floatsFrom(figure);
        // Only text goes ahead of it (a paragraph of its own group, a description list or a note,
        // which split) unless the page would be left more than a fifth empty: then a list's item
        // may go ahead too. (The paragraph that introduces the float, "下図を参照してください" too,
        // stays where it is: the tags follow the page, and the text is read in the author's order.)
        // A figure that the words before it introduce as below ("下図を参照してください", "Take a look
        // at the figure below") heads the next page with any hole filled: the reader turns the
        // page to it, and the text after it, one item of a list at most, fills this one (en p. 3
        // was 15 % empty over Figure 1, and the pages after it ended short in turn).
        boolean textOnly = hole <= MOST_EMPTY && !before.hasClass(POINTS_BELOW);
        for (Element member : run) {
          if (!member.hasAttr(ANCHOR_PAGE)) {
            member.attr(ANCHOR_PAGE, Integer.toString(pageIndex(previous.bottom() - 1, pages)));
          }
          member.attr(HEAD, figure.attr(BLOCK));
        }
        figure.attr(CAME_AFTER, before.attr(BLOCK));
        if (moveBelowNextText(run, textOnly)) {
          return true;
        }
        figure.removeAttr(CAME_AFTER);
        if (aboveTheNoteBefore(figure, before, pages, extents)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Marks a float set above the note before it: the note's block number and the page (0-based) the
   * float must stand on, or "back" once it was put back under the note.
   */
  static final String ABOVE_NOTE = "data-print-above-note";

  /**
   * Sets a float that no text after it can fill the page before (a heading follows it) above the
   * note right before it, on the page where that note starts, the note running on under it: an
   * editors' note is an aside, and the figure then stands right under the text it shows (ja and en
   * p. 9 were a third empty under the note before Figure 5). Once only; returns whether it moved.
   */
  private static boolean aboveTheNoteBefore(
      Element figure, Element note, List<PageBox> pages, Map<String, Extent> extents) {
    Extent box = extents.get(note.attr(BLOCK));
    if (!note.is(".admonitionblock") || figure.hasAttr(ABOVE_NOTE) || box == null) {
      return false;
    }
    int page = pageIndex(box.top(), pages);
    if (page < 0 || page != pageIndex(box.bottom() - 1, pages)) {
      return false;
    }
    List<Element> run = floatsFrom(figure);
    for (Element member : run) {
      note.before(member);
    }
    figure.attr(ABOVE_NOTE, note.attr(BLOCK) + " " + page);
    return true;
  }

  /**
   * Puts a float set above a note back under it when it did not stand on the note's page; returns
   * whether one was put back.
   */
  private static boolean backUnderItsNote(
      Document page, Map<String, Extent> extents, List<PageBox> pages) {
    for (Element figure : page.select("[" + ABOVE_NOTE + "]")) {
      String[] mark = figure.attr(ABOVE_NOTE).split(" ");
      Extent own = extents.get(figure.attr(BLOCK));
      if (mark.length == 2
          && own != null
          && pageIndex(own.top(), pages) != Integer.parseInt(mark[1])) {
        Element note = page.selectFirst("[" + BLOCK + "=" + mark[0] + "]");
        List<Element> run = floatsFrom(figure);
        if (note != null) {
          placeAfter(note, run);
        }
        figure.attr(ABOVE_NOTE, "back");
        return true;
      }
    }
    return false;
  }

  /**
   * The floats that stand together from {@code first} on (a table and the figure after it): they
   * move as one, in their order.
   */
  private static List<Element> floatsFrom(Element first) {
    List<Element> run = new ArrayList<>(List.of(first));
    for (Element next = first.nextElementSibling();
        next != null && next.is(MOVABLE) && !next.hasAttr(KEPT);
        next = next.nextElementSibling()) {
      run.add(next);
    }
    return run;
  }

  /**
   * The page (0-based) that the text a figure belongs to ends on, before the figure first moved.
   */
  static final String ANCHOR_PAGE = "data-print-anchor-page";

  /** The block a float was after before its last move (set on the first float of a run). */
  static final String CAME_AFTER = "data-print-came-after";

  /** The block number of the first float of the run a float last moved with. */
  static final String HEAD = "data-print-head";

  /** Marks a figure that stays where it is. */
  static final String KEPT = "data-print-kept";

  /**
   * Puts the run of floats that {@code head} leads back where it was before its last move, and
   * keeps it there.
   */
  private static void takeBack(Element head) {
    // In the document's order: the paragraph that points to the figure, if it went along, first.
    List<Element> run = head.ownerDocument().select("[" + HEAD + "=" + head.attr(BLOCK) + "]");
    Element after =
        head.ownerDocument().selectFirst("[" + BLOCK + "=" + head.attr(CAME_AFTER) + "]");
    if (after != null) {
      placeAfter(after, run);
    }
    head.attr(KEPT, "");
    run.forEach(member -> member.attr(KEPT, ""));
  }

  /**
   * Marks a paragraph whose last sentence points to the figure right after it ("下図を参照してください", "Take
   * a look at the figure below"): it floats with the figure (PrintPage marks it).
   */
  static final String POINTS_BELOW = "points-below";

  /**
   * Moves a run of floats below the block of text after it: a paragraph, or, unless {@code
   * textOnly}, a description list, a note, or the first item of a list (the list goes on after the
   * floats, its numbering too), with the paragraph that leads in to it. Returns false when a
   * heading, the end of its section, another block or a block that comments on one of the floats (a
   * note right after it, a block that cites it) follows: a float never leaves its section, and
   * never comes after what is said about it.
   */
  private static boolean moveBelowNextText(List<Element> run, boolean textOnly) {
    Element figure = run.stream().filter(member -> member.is(MOVABLE)).findFirst().orElseThrow();
    Element last = run.get(run.size() - 1);
    if (figure.hasAttr(FLOAT) && figure.parent() != null && figure.parent().is("li")) {
      // A table of a list's item stays in its item, after the item's text.
      return false;
    }
    Element next = last.nextElementSibling();
    if (next == null) {
      return !textOnly && intoNextItem(run);
    }
    if (figure.parent() != null && figure.parent().is("li")) {
      if (!next.is(textOnly ? PLAIN_TEXT : IN_ITEM) || commentsOn(List.of(next), run)) {
        return false;
      }
      placeAfter(next, run);
      return true;
    }
    if (next.is(textOnly ? SMALL_HOLE_TEXT : TEXT)
        && !next.is(".ulist, .olist")
        && !commentsOn(List.of(next), run)) {
      placeAfter(next, run);
      return true;
    }
    Element list = next.hasClass("lead-in") ? next.nextElementSibling() : next;
    if (next.is(".pair.row-pair") && !textOnly) {
      // The parallel edition's table, a pair a row: its rows go ahead together.
      List<Element> rows = new ArrayList<>(List.of(next));
      while (rows.get(rows.size() - 1).nextElementSibling() != null
          && rows.get(rows.size() - 1).nextElementSibling().is(".pair.row-pair")) {
        rows.add(rows.get(rows.size() - 1).nextElementSibling());
      }
      if (commentsOn(rows, run)) {
        return false;
      }
      placeAfter(rows.get(rows.size() - 1), run);
      return true;
    }
    if (list != null && list != next && list.is(".pair.flow-pair") && !textOnly) {
      // The parallel edition's lead-in pair and the pair after it (a list's first item).
      if (commentsOn(List.of(next, list), run)) {
        return false;
      }
      placeAfter(list, run);
      return true;
    }
    if (textOnly || list == null || !list.is(".ulist, .olist") || figure.hasAttr(PASSED_ITEM)) {
      return false;
    }
    // A float passes one item of a list at most, whole: the words that point to it ("下図",
    // "below") stay one item away, and an item's text stays with its table and notes.
    Element firstItem = list.selectFirst("> ol > li, > ul > li");
    if (commentsOn(List.of(next, firstItem == null ? list : firstItem), run)) {
      return false;
    }
    figure.attr(PASSED_ITEM, "");
    Element rest = restAfterFirstItem(list);
    if (rest == null) {
      placeAfter(list, run);
    } else {
      list.after(rest);
      placeAfter(list, run);
    }
    return true;
  }

  /** Marks a float that went past an item of a list: it goes no further. */
  static final String PASSED_ITEM = "data-print-passed-item";

  /** The text of a float's own paragraph group: a paragraph, not a lead-in, a list or a note. */
  private static final String PLAIN_TEXT = ".paragraph:not(.lead-in), p, .pair.text-pair";

  /**
   * What goes ahead of a float that leaves a small hole (at most {@link #MOST_EMPTY}): a paragraph
   * of its group, a description list or a note, which split and so fill the page to its foot (en p.
   * 8 was 26 % empty over Figure 3, ja p. 6 three lines short over Figure 2); never a list's item,
   * which the words that point to the float ("下図") would be read past.
   */
  private static final String SMALL_HOLE_TEXT = PLAIN_TEXT + ", .dlist, .admonitionblock";

  /** Puts the floats of {@code run}, in their order, right after {@code block}. */
  private static void placeAfter(Element block, List<Element> run) {
    Element last = block;
    for (Element member : run) {
      last.after(member);
      last = member;
    }
  }

  /**
   * Moves a figure that ends a list item below the first block of the next item, which the figure
   * would otherwise leave at the foot of the page; false at the list's end.
   */
  private static boolean intoNextItem(List<Element> run) {
    Element item = run.get(0).parent();
    Element nextItem = item == null || !item.is("li") ? null : item.nextElementSibling();
    if (nextItem == null
        || nextItem.children().isEmpty()
        || commentsOn(List.of(nextItem.child(0)), run)
        || (nextItem.children().size() > 1 && nextItem.child(1).is(".table-scroll, .tableblock"))) {
      // An item's text stays with its table.
      return false;
    }
    placeAfter(nextItem.child(0), run);
    return true;
  }

  /**
   * Leaves no piece of a note's box without its text at a page break. A note that would start at
   * the foot of a page with less than its label and two lines of its text goes to the next page
   * (orphan control, as for a paragraph), rather than leave the box's top, a tinted band with a
   * line or two, behind; a note whose box would end on a later page than its last line closes at
   * that line. Returns whether a note changed.
   */
  static boolean mendNotesAtPageBreaks(Document page, PdfBoxRenderer laidOut) {
    Map<String, Box> boxes = new HashMap<>();
    collectBoxes(laidOut.getRootBox(), boxes, BLOCK);
    List<PageBox> pages = laidOut.getRootBox().getLayer().getPages();
    boolean moved = false;
    for (Element note : page.select(".admonitionblock[" + BLOCK + "]")) {
      Box box = boxes.get(note.attr(BLOCK));
      if (box == null) {
        continue;
      }
      int top = pageIndex(box.getAbsY(), pages);
      List<Box> lines = linesOf(box);
      if (top >= 0 && lines.size() > 0) {
        // The label's line and the two text lines after it, or as many as the note has.
        Box lastKept = lines.get(Math.min(lines.size(), NOTE_ORPHAN_LINES) - 1);
        if (pageIndex(lastKept.getAbsY() + lastKept.getHeight() - 1, pages) > top) {
          addStyle(note, NOTE_TO_NEXT_PAGE);
          moved = true;
        } else if (closesOnALaterPage(box, lines.get(lines.size() - 1), pages)) {
          closeAtTheLastLine(note);
          moved = true;
        }
        if (!note.attr("style").contains("margin-top: 0")
            && startsItsPage(note, lines.get(0), boxes, pages)) {
          // A note that opens a page starts at the top of the type area, as its text would: its
          // space above is between it and the text before it, which is on the page before.
          addStyle(note, "margin-top: 0");
          moved = true;
        }
      }
    }
    return keepHeadingsWithTheirLines(page, boxes, pages) || moved;
  }

  /** The style that sends a note to the next page, its space above it dropped at the page top. */
  private static final String NOTE_TO_NEXT_PAGE = "page-break-before: always; margin-top: 0";

  /** A section's heading stands on a page only with this many lines of its section under it. */
  static final int HEADING_KEEPS_LINES = 2;

  /**
   * Sends a section whose heading would stand at the foot of a page with fewer than {@link
   * #HEADING_KEEPS_LINES} of its lines under it, the rest on the next page, to that page whole (ja
   * p. 9 ended with 「⑶ AWS Wavelength」 and one line, its note alone on the chapter's last page).
   * Returns whether a section moved.
   */
  private static boolean keepHeadingsWithTheirLines(
      Document page, Map<String, Box> boxes, List<PageBox> pages) {
    boolean moved = false;
    for (Element heading : page.select(".sect2 > h3[" + BLOCK + "], .sect3 > h4[" + BLOCK + "]")) {
      Element section = heading.parent();
      Box box = boxes.get(heading.attr(BLOCK));
      if (box == null || section.attr("style").contains("page-break-before")) {
        continue;
      }
      int top = pageIndex(box.getAbsY(), pages);
      int under = 0;
      boolean runsOn = false;
      for (Element block : section.select("[" + BLOCK + "]")) {
        Box inner = boxes.get(block.attr(BLOCK));
        if (block == heading || inner == null || block.select("[" + BLOCK + "]").size() > 1) {
          continue;
        }
        for (Box line : linesOf(inner)) {
          int on = pageIndex(line.getAbsY(), pages);
          under += on == top ? 1 : 0;
          runsOn |= on > top;
        }
      }
      if (top >= 0 && runsOn && under < HEADING_KEEPS_LINES) {
        addStyle(section, "page-break-before: always");
        // A note of the section sent on to the next page before goes with its section now.
        for (Element note : section.select(".admonitionblock[style]")) {
          note.attr("style", note.attr("style").replace(NOTE_TO_NEXT_PAGE, "").strip());
        }
        moved = true;
      }
    }
    return moved;
  }

  /**
   * Whether {@code note} is the first block of the page its first line is on: the last block before
   * it in the flow (not one that holds it) ends on an earlier page.
   */
  private static boolean startsItsPage(
      Element note, Box firstLine, Map<String, Box> boxes, List<PageBox> pages) {
    Element before = null;
    for (Element block : note.ownerDocument().select("[" + BLOCK + "]")) {
      if (block == note) {
        break;
      }
      if (!note.parents().contains(block)) {
        before = block;
      }
    }
    Box previous = before == null ? null : boxes.get(before.attr(BLOCK));
    int page = pageIndex(firstLine.getAbsY(), pages);
    return previous != null
        && page >= 0
        && pageIndex(previous.getAbsY() + previous.getHeight() - 1, pages) < page;
  }

  /**
   * Whether the note's box ends on a later page than its last line: what goes over is only its
   * bottom padding, a band of tint with no text (a page of its own at a chapter's end).
   */
  private static boolean closesOnALaterPage(Box note, Box lastLine, List<PageBox> pages) {
    int lastLinePage = pageIndex(lastLine.getAbsY() + lastLine.getHeight() - 1, pages);
    return lastLinePage >= 0
        && pageIndex(note.getAbsY() + note.getHeight() - 1, pages) > lastLinePage;
  }

  /** The note's tinted body ends at its last line: no padding or paragraph space under it. */
  private static void closeAtTheLastLine(Element note) {
    Element body = note.selectFirst(".admonition-body");
    addStyle(body == null ? note : body, "padding-bottom: 0");
    Element lastParagraph = note.select("p").last();
    if (lastParagraph != null) {
      addStyle(lastParagraph, "margin-bottom: 0");
    }
  }

  private static void addStyle(Element element, String declaration) {
    String style = element.attr("style");
    element.attr("style", (style.isEmpty() ? "" : style + "; ") + declaration);
  }

  /** A note starts on a page only with this many of its lines there: its label and two lines. */
  static final int NOTE_ORPHAN_LINES = 3;

  /** The line boxes under {@code box}, top to bottom. */
  private static List<Box> linesOf(Box box) {
    List<Box> lines = new ArrayList<>();
    List<Box> pending = new ArrayList<>(List.of(box));
    while (!pending.isEmpty()) {
      Box next = pending.remove(0);
      if (next instanceof com.openhtmltopdf.render.LineBox) {
        lines.add(next);
      } else {
        pending.addAll(next.getChildren());
      }
    }
    lines.sort(java.util.Comparator.comparingInt(Box::getAbsY));
    return lines;
  }

  private static void collectBoxes(Box root, Map<String, Box> boxes, String attribute) {
    List<Box> pending = new ArrayList<>(List.of(root));
    while (!pending.isEmpty()) {
      Box next = pending.remove(pending.size() - 1);
      org.w3c.dom.Element element = next.getElement();
      if (element != null && element.hasAttribute(attribute)) {
        boxes.putIfAbsent(element.getAttribute(attribute), next);
      }
      pending.addAll(next.getChildren());
    }
  }

  /**
   * Splits a list after its first item: the list keeps that item, the returned block (a copy of the
   * list's wrapper, numbered on from the second item) holds the others; null for a list of one
   * item.
   */
  private static Element restAfterFirstItem(Element listBlock) {
    Element list = listBlock.selectFirst("> ol, > ul");
    if (list == null || list.children().size() < 2) {
      return null;
    }
    Element rest = listBlock.shallowClone().removeAttr("id");
    // The new block is numbered after every other, so that the next layout traces it too.
    int last =
        listBlock.ownerDocument().select("[" + BLOCK + "]").stream()
            .mapToInt(block -> Integer.parseInt(block.attr(BLOCK)))
            .max()
            .orElse(0);
    rest.attr(BLOCK, Integer.toString(last + 1));
    Element restList = rest.appendChild(list.shallowClone()).child(0);
    int first = list.hasAttr("start") ? Integer.parseInt(list.attr("start")) : 1;
    if (list.is("ol")) {
      restList.attr("start", Integer.toString(first + 1));
    }
    List<Element> items = new ArrayList<>(list.children());
    for (Element item : items.subList(1, items.size())) {
      restList.appendChild(item);
    }
    return rest;
  }

  /**
   * Spreads a page that still ends in a hole (a float after it fits nowhere earlier, and no text
   * can go ahead of it) to its foot, as the pages of a book end on one line (flush bottom): the
   * space above its headings, figures, notes and tables and below its figures, notes and tables
   * grows, at most {@link #EVEN_PER_GAP} each, or as much more (up to {@link #MOST_PER_GAP}) as
   * leaves the page {@link #SPREAD_KEEPS} empty; the space between its paragraphs does not. A
   * chapter's last page keeps its space. Returns whether a page was spread.
   */
  static boolean spreadPagesWithHoles(Document page, PdfBoxRenderer laidOut) {
    Map<String, Extent> extents = new HashMap<>();
    collect(laidOut.getRootBox(), extents);
    List<PageBox> pages = laidOut.getRootBox().getLayer().getPages();
    Map<Integer, List<Element>> startingOn = new HashMap<>();
    Map<Integer, Integer> lowestOn = new HashMap<>();
    java.util.Set<Integer> chapterStarts = new java.util.HashSet<>();
    for (Element block : page.select("[" + BLOCK + "]")) {
      Extent extent = extents.get(block.attr(BLOCK));
      if (extent == null) {
        continue;
      }
      int first = pageIndex(extent.top(), pages);
      int last = pageIndex(extent.bottom() - 1, pages);
      if (block.is("h2, .chapter-start")) {
        chapterStarts.add(first);
      }
      startingOn.computeIfAbsent(first, k -> new ArrayList<>()).add(block);
      // A list is measured by its items' blocks: a list whose last item holds a float that went to
      // the next page does not fill the page its text ends on.
      if (!block.select("[" + BLOCK + "]").stream().allMatch(inner -> inner == block)) {
        continue;
      }
      lowestOn.merge(last, extent.bottom(), Math::max);
      // A block that runs on to later pages fills every page before its last.
      for (int full = Math.max(first, 0); full < last; full++) {
        lowestOn.put(full, pages.get(full).getBottom());
      }
    }
    boolean spread = false;
    for (Map.Entry<Integer, Integer> lowest : lowestOn.entrySet()) {
      int index = lowest.getKey();
      if (index < 0 || index == pages.size() - 1 || chapterStarts.contains(index + 1)) {
        continue;
      }
      PageBox box = pages.get(index);
      double height = box.getBottom() - box.getTop();
      double empty = (box.getBottom() - lowest.getValue()) / height;
      if (empty > SPREAD_FROM) {
        double points = (empty - SPREAD_LEAVES) * height / laidOut.getDotsPerPoint();
        double needed = Math.max(0, (empty - SPREAD_KEEPS) * height / laidOut.getDotsPerPoint());
        spread |= spread(startingOn.getOrDefault(index, List.of()), points, needed);
      }
    }
    return spread;
  }

  /**
   * Shares {@code points} equally among the gaps between {@code blocks} (those of one page) around
   * a heading, figure, note or table, each growing at most {@link #EVEN_PER_GAP}, unless {@code
   * needed} (what leaves the page {@link #SPREAD_KEEPS} empty) takes more, up to {@link
   * #MOST_PER_GAP}. The space between two paragraphs never grows: the same markup is set alike on
   * every page (a Japanese paragraph is marked by its indent alone, with no space above it; a
   * stretched page had 6 pt above some).
   */
  private static boolean spread(List<Element> blocks, double points, double needed) {
    if (blocks.size() < 2) {
      return false;
    }
    List<Element> major = new ArrayList<>();
    for (Element block : blocks.subList(1, blocks.size())) {
      if (mayWiden(block)) {
        major.add(block);
      }
    }
    if (major.isEmpty()) {
      return false;
    }
    double share =
        Math.min(
            Math.max(Math.min(points, major.size() * EVEN_PER_GAP), needed) / major.size(),
            MOST_PER_GAP);
    // The space under a figure or a table grows by at most EVEN_PER_GAP, so that a caption has the
    // same space under it on every page (en p. 9 had 51.6 pt under Figure 4, 27 pt elsewhere);
    // what it cannot take goes to the space above the page's headings, figures and tables.
    List<Element> under = major.stream().filter(PagePlacement::underAFloat).toList();
    double left = under.size() * Math.max(0, share - EVEN_PER_GAP);
    int others = major.size() - under.size();
    double otherShare = others == 0 ? share : Math.min(share + left / others, MOST_PER_GAP);
    for (Element gap : major) {
      widen(gap, underAFloat(gap) ? Math.min(share, EVEN_PER_GAP) : otherShare);
    }
    return true;
  }

  /** Whether the space above {@code block} is the space under a figure or a table. */
  private static boolean underAFloat(Element block) {
    Element previous = previousInFlow(block);
    // Between two floats, the space is above the second as much as under the first: it grows.
    return previous != null
        && previous.is(".imageblock, .table-scroll, .tableblock")
        && !block.is(".imageblock, .table-scroll, .tableblock");
  }

  private static void widen(Element block, double points) {
    String style = block.attr("style");
    block.attr(
        "style",
        (style.isEmpty() ? "" : style + "; ")
            + String.format(java.util.Locale.ROOT, "padding-top: %.2fpt", points));
  }

  /**
   * Whether the space above {@code block} may grow: above a heading, a figure, a table or a rule,
   * and below one; never around a note, never between a heading, a lead-in or the words that point
   * to a figure and what they lead to.
   */
  private static boolean mayWiden(Element block) {
    Element previous = previousInFlow(block);
    // The space around a rule that closes a part of the text grows, as a section break's does (en
    // p. 6 ended 71 pt short before a section sent whole to the next page).
    boolean afterANote = previous != null && previous.is(".admonitionblock");
    if ((block.is("hr") && !afterANote) || (previous != null && previous.is("hr"))) {
      return true;
    }
    if (previous != null
        && (previous.is("h2, h3, h4")
            || previous.hasClass("lead-in")
            || previous.hasClass(POINTS_BELOW))) {
      return false;
    }
    // Never around a note: the space before and after every note is the same on every page.
    if (block.is(".admonitionblock") || (previous != null && previous.is(".admonitionblock"))) {
      return false;
    }
    String apart = ".imageblock, .table-scroll, .tableblock";
    return block.is("h3, h4, " + apart) || (previous != null && previous.is(apart));
  }

  private static int pageIndex(int y, List<PageBox> pages) {
    for (int i = 0; i < pages.size(); i++) {
      if (y >= pages.get(i).getTop() && y < pages.get(i).getBottom()) {
        return i;
      }
    }
    return -1;
  }

  private static Element previousInFlow(Element block) {
    Element previous = block.previousElementSibling();
    while (previous != null && !previous.hasAttr(BLOCK)) {
      previous = previous.previousElementSibling();
    }
    return previous;
  }

  /**
   * The fraction of the page that {@code bottom} ends on left empty below it, when {@code nextTop}
   * starts on a later page; 0 when both are on one page.
   */
  static double emptyBelow(int bottom, int nextTop, List<PageBox> pages) {
    Optional<PageBox> page = pageOf(bottom - 1, pages);
    if (page.isEmpty() || nextTop < page.get().getBottom()) {
      return 0;
    }
    double height = page.get().getBottom() - page.get().getTop();
    return height <= 0 ? 0 : (page.get().getBottom() - bottom) / height;
  }

  private static Optional<PageBox> pageOf(int y, List<PageBox> pages) {
    return pages.stream().filter(p -> y >= p.getTop() && y < p.getBottom()).findFirst();
  }

  private record Extent(int top, int bottom) {}

  private static void collect(Box box, Map<String, Extent> extents) {
    collect(box, extents, BLOCK);
  }

  private static void collect(Box box, Map<String, Extent> extents, String attribute) {
    List<Box> pending = new ArrayList<>(List.of(box));
    while (!pending.isEmpty()) {
      Box next = pending.remove(pending.size() - 1);
      org.w3c.dom.Element element = next.getElement();
      if (element != null && element.hasAttribute(attribute)) {
        extents.putIfAbsent(
            element.getAttribute(attribute),
            new Extent(next.getAbsY(), next.getAbsY() + next.getHeight()));
      }
      pending.addAll(next.getChildren());
    }
  }
}
