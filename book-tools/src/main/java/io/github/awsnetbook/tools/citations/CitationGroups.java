package io.github.awsnetbook.tools.citations;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.typography.Kinsoku;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Sets each group of citations side by side ("[2][9]", "[1][2]…[8]") as one unit of the page, as a
 * book sets a group of reference marks (合印): the group is a {@code span.citations}, its numbers in
 * order and a run of three or more consecutive numbers written as a range ("[1–8]", its first and
 * last numbers each still a link to its entry); and the group, the word or character it belongs to
 * and the closing marks after it (「。」, ".") are a {@code span.with-citations}, which the stylesheet
 * keeps on one line. The printed page takes the same group as one unit (the engine's patched {@code
 * InlineBoxing}, which carries the word before a group to the next line with it). The words are not
 * changed: only the marks of a group are ordered and joined.
 */
public final class CitationGroups {

  /** A group of citations side by side. */
  public static final String GROUP = "citations";

  /** A group with what it is kept with: the word before it, the closing marks after it. */
  public static final String UNIT = "with-citations";

  private static final String CITATION = "a[href^=#src-]";
  private static final Pattern NUMBERED = Pattern.compile("\\[(\\d+)]");
  private static final String RANGE_DASH = "–";

  /** A citation of a group: its link and the number it shows. */
  private record Mark(Element link, int number) {}

  private CitationGroups() {}

  /** Groups the citations of {@code page} in place. */
  public static void apply(Document page) {
    String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
    for (List<Mark> group : groups(page)) {
      Element span = new Element("span").addClass(GROUP);
      group.get(0).link().before(span);
      group.forEach(mark -> mark.link().remove());
      write(span, group);
      keepTogether(span, lang);
    }
  }

  /** Each run of numbered citations side by side, in the page's order. */
  private static List<List<Mark>> groups(Document page) {
    List<List<Mark>> groups = new ArrayList<>();
    for (Element link : page.select(CITATION)) {
      Mark mark = mark(link);
      if (mark == null || link.parent() != null && link.parent().hasClass(GROUP)) {
        continue;
      }
      if (previousMark(link) == null) {
        groups.add(new ArrayList<>());
      }
      if (!groups.isEmpty()) {
        groups.get(groups.size() - 1).add(mark);
      }
    }
    return groups;
  }

  private static Mark mark(Element link) {
    Matcher number = NUMBERED.matcher(link.text());
    return number.matches() ? new Mark(link, Integer.parseInt(number.group(1))) : null;
  }

  private static Mark previousMark(Element link) {
    return link.previousSibling() instanceof Element before && before.is(CITATION)
        ? mark(before)
        : null;
  }

  /**
   * The group's citations in {@code span}, in the order of their numbers, each number once: a run
   * of three or more consecutive numbers as a range, its first and last numbers linked.
   */
  private static void write(Element span, List<Mark> group) {
    List<Mark> marks = new ArrayList<>();
    group.stream()
        .sorted(Comparator.comparingInt(Mark::number))
        .forEach(
            mark -> {
              if (marks.isEmpty() || marks.get(marks.size() - 1).number() != mark.number()) {
                marks.add(mark);
              }
            });
    int start = 0;
    while (start < marks.size()) {
      int end = start;
      while (end + 1 < marks.size() && marks.get(end + 1).number() == marks.get(end).number() + 1) {
        end++;
      }
      if (end - start >= 2) {
        span.appendChild(new TextNode("["));
        span.appendChild(numberOnly(marks.get(start)));
        span.appendChild(new TextNode(RANGE_DASH));
        span.appendChild(numberOnly(marks.get(end)));
        span.appendChild(new TextNode("]"));
      } else {
        for (int i = start; i <= end; i++) {
          span.appendChild(marks.get(i).link());
        }
      }
      start = end + 1;
    }
  }

  /** A range's end: the link shows its number, the brackets and the dash stand around it. */
  private static Element numberOnly(Mark mark) {
    return mark.link().text(String.valueOf(mark.number()));
  }

  /**
   * Puts the group, the last unbreakable piece of the text right before it (a Japanese character,
   * an English word with its space) and the marks after it that may not start a line in one {@code
   * span.with-citations}. The text is only regrouped: its characters stay as they were.
   */
  private static void keepTogether(Element group, String lang) {
    Element unit = new Element("span").addClass(UNIT);
    group.before(unit);
    if (unit.previousSibling() instanceof TextNode before) {
      String text = before.getWholeText();
      int start = lastPiece(text, lang);
      if (start < text.length()) {
        unit.appendChild(start == 0 ? before : before.splitText(start));
      }
    }
    unit.appendChild(group);
    if (unit.nextSibling() instanceof TextNode after) {
      String text = after.getWholeText();
      int end = 0;
      while (end < text.length() && Kinsoku.mayNotStartALine(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      if (end > 0) {
        if (end < text.length()) {
          after.splitText(end);
        }
        unit.appendChild(after);
      }
    }
  }

  /** Where the last piece of {@code text} that a line may not break inside starts. */
  private static int lastPiece(String text, String lang) {
    BreakIterator breaks =
        BreakIterator.getLineInstance(new ULocale(lang.isEmpty() ? "en" : lang + "@lb=strict"));
    breaks.setText(text);
    int start = breaks.preceding(text.length());
    return start == BreakIterator.DONE ? 0 : start;
  }

  /** Joins the text of every {@code span.with-citations} of a copy back into its paragraph. */
  public static void unwrapUnits(Document page) {
    for (Element unit : page.select("span." + UNIT)) {
      Node first = unit.childNodeSize() > 0 ? unit.childNode(0) : null;
      Node last = unit.childNodeSize() > 0 ? unit.childNode(unit.childNodeSize() - 1) : null;
      unit.unwrap();
      merge(first);
      merge(last);
    }
  }

  /** Joins {@code node}, a text, with the text right before it. */
  private static void merge(Node node) {
    if (node instanceof TextNode text && text.previousSibling() instanceof TextNode before) {
      before.text(before.getWholeText() + text.getWholeText());
      text.remove();
    } else if (node instanceof TextNode text
        && text.nextSibling() instanceof TextNode after
        && text.parent() != null) {
      text.text(text.getWholeText() + after.getWholeText());
      after.remove();
    }
  }
}
