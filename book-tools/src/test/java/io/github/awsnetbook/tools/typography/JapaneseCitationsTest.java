package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Japanese reference marks go before the 句点 as superscripts; English ones stay as written. */
class JapaneseCitationsTest {

  private static Document page(String lang, String body) {
    Document page = Jsoup.parse("<html lang=\"" + lang + "\"><body>" + body + "</body></html>");
    JapaneseCitations.apply(page);
    return page;
  }

  @Test
  void marksAfterAFullStopGoBeforeIt() {
    Document page =
        page(
            "ja",
            "<p>持ちます。<a href=\"#src-a\">[8]</a><a href=\"#src-b\">[9]</a>表の行は"
                + "<a href=\"#src-c\">[10]</a>\nIaaSです。<a href=\"#src-d\">[1]</a>\n詳しくは。</p>");
    assertEquals("持ちます[8][9]。表の行は[10] IaaSです[1]。詳しくは。", page.selectFirst("p").text());
    assertEquals(4, page.select("a.citation").size());
  }

  @Test
  void noSpaceIsLeftBeforeAMark() {
    Document page = page("ja", "<div class=\"title\">図1　経路（追加） <a href=\"#src-a\">[1]</a></div>");
    assertEquals("図1　経路（追加）[1]", page.selectFirst("div").text());
  }

  @Test
  void englishCitationsStayAsWritten() {
    Document page = page("en", "<p>It has one [8]. <a href=\"#src-a\">[9]</a>Next.</p>");
    assertEquals("It has one [8]. [9]Next.", page.selectFirst("p").text());
    assertEquals(List.of(), page.select("a.citation"));
  }
}
