package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A full-width space follows ？ and ！ inside a Japanese paragraph, as an empty mark; none at the
 * paragraph's end, before a closing bracket, before another mark or where a space is typed.
 */
class SpaceAfterMarksTest {

  private static Document page(String lang, String body) {
    Document page =
        Jsoup.parse(
            "<html lang=\""
                + lang
                + "\"><body><div id=\"content\">"
                + body
                + "</div></body></html>");
    SpaceAfterMarks.apply(page);
    return page;
  }

  private static String marked(Document page) {
    page.select("span.jl-space-after").forEach(span -> span.text("＿"));
    return page.selectFirst("p").text();
  }

  @Test
  void aMarkInsideAParagraphIsFollowedByAFullWidthSpace() {
    Document page = page("ja", "<p>どこにありますか？プライベートサブネット？パブリック！どっちですか？</p>");
    assertEquals("どこにありますか？＿プライベートサブネット？＿パブリック！＿どっちですか？", marked(page));
  }

  @Test
  void noSpaceBeforeAClosingBracketAnotherMarkOrATypedSpace() {
    Document page = page("ja", "<p>「本当？」と聞く。えっ？！まさか？　はい。</p>");
    assertEquals("「本当？」と聞く。えっ？！＿まさか？　はい。", marked(page));
  }

  @Test
  void theMarkBeforeAnElementIsSpacedToo() {
    Document page = page("ja", "<p>どこですか？<strong>答え</strong>です。</p>");
    assertEquals("どこですか？＿答えです。", marked(page));
  }

  @Test
  void theTextIsUnchangedAndEnglishIsLeftAlone() {
    Document ja = page("ja", "<p>最終回です！今回は。</p>");
    assertEquals("最終回です！今回は。", ja.selectFirst("p").text());
    Document en = page("en", "<p>Where? Here! And so on.</p>");
    assertEquals(0, en.select("span.jl-space-after").size());
  }
}
