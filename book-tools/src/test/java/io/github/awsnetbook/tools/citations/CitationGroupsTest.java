package io.github.awsnetbook.tools.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A group of citations is one unit with the word before it and the marks after it, its numbers in
 * order and a run of three or more written as a range whose ends link to their entries.
 */
class CitationGroupsTest {

  private static Document page(String lang, String body) {
    Document page = Jsoup.parse("<html lang=\"" + lang + "\"><body>" + body + "</body></html>");
    CitationGroups.apply(page);
    return page;
  }

  private static String cite(String id, int number) {
    return "<a href=\"#src-" + id + "\" class=\"citation\">[" + number + "]</a>";
  }

  @Test
  void aJapaneseGroupIsKeptWithItsCharacterAndItsFullStop() {
    Document page = page("ja", "<p>通信できます" + cite("b", 2) + cite("i", 9) + "。また次へ。</p>");
    Element unit = page.selectFirst("span.with-citations");
    assertEquals("す[2][9]。", unit.text());
    assertEquals(2, unit.select("span.citations > a.citation").size());
    assertEquals("通信できます[2][9]。また次へ。", page.selectFirst("p").text());
  }

  @Test
  void anEnglishGroupIsKeptWithItsWordAndItsFullStop() {
    Document page = page("en", "<p>through route propagation " + cite("r", 38) + ". The next.</p>");
    assertEquals("propagation [38].", page.selectFirst("span.with-citations").text());
  }

  @Test
  void aRunOfThreeOrMoreConsecutiveNumbersIsARangeWhoseEndsAreLinks() {
    StringBuilder marks = new StringBuilder();
    for (int n = 1; n <= 8; n++) {
      marks.append(cite("s" + n, n));
    }
    Document page = page("ja", "<p>図です" + marks + "。</p>");
    Element group = page.selectFirst("span.citations");
    assertEquals("[1–8]", group.text());
    assertEquals(
        List.of("#src-s1", "#src-s8"),
        group.select("a").stream().map(a -> a.attr("href")).toList());
    assertEquals(List.of("1", "8"), group.select("a").eachText());
  }

  @Test
  void aGroupIsSetInTheOrderOfItsNumbers() {
    Document page =
        page(
            "ja",
            "<p>図"
                + cite("a", 39)
                + cite("b", 26)
                + cite("c", 40)
                + cite("d", 34)
                + cite("e", 38)
                + cite("f", 41)
                + "</p>");
    assertEquals("[26][34][38–41]", page.selectFirst("span.citations").text());
  }

  @Test
  void twoConsecutiveNumbersStayTwoMarks() {
    Document page = page("en", "<p>Both " + cite("a", 4) + cite("b", 5) + ".</p>");
    assertEquals(2, page.select("span.citations > a").size());
    assertEquals("[4][5]", page.selectFirst("span.citations").text());
  }

  @Test
  void theCopyForPrintGetsItsTextBackInOnePiece() {
    Document page = page("ja", "<p>通信できます" + cite("b", 2) + "。また次へ。</p>");
    CitationGroups.unwrapUnits(page);
    Element paragraph = page.selectFirst("p");
    assertEquals(3, paragraph.childNodeSize(), paragraph.html());
    assertEquals("通信できます[2]。また次へ。", paragraph.text());
  }
}
