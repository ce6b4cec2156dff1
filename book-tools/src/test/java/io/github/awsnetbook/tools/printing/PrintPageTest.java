package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PrintPageTest {

  @Test
  void theGlossaryIsPrintedAsAListWithTheOtherTermUnlessThePageMarksItNamedAlike() {
    Document page =
        Jsoup.parse(
            "<html lang=\"ja\"><body><div id=\"content\"><table class=\"tableblock glossary\">"
                + "<thead><tr><th>用語</th><th>英語</th><th>定義</th></tr></thead><tbody>"
                + "<tr><td><p>Amazon EC2</p></td>"
                + "<td class=\"glossary-named-alike\"><p>Amazon EC2</p></td>"
                + "<td><p>仮想サーバー。</p></td></tr>"
                + "<tr><td><p>サブネット</p></td><td><p>subnet</p></td>"
                + "<td><p>VPC の範囲。</p></td></tr>"
                + "</tbody></table></div></body></html>");
    PrintPage.prepare(page, "Noto Sans JP Book", lang -> lang + ".pdf");
    assertEquals(null, page.selectFirst("table"), "printed as a list, not a table");
    assertEquals(
        List.of("Amazon EC2", "サブネット subnet"),
        page.select("div.glossary-list > div.glossary-entry > p.glossary-term").eachText());
    assertEquals(
        List.of("仮想サーバー。", "VPC の範囲。"),
        page.select("div.glossary-list > div.glossary-entry > p.glossary-definition").eachText());
    assertEquals(List.of("subnet"), page.select(".glossary-other-term").eachText());
  }
}
