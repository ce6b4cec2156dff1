package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The published page sets the author's ideographic spaces beside an arrow or an equals sign a
 * quarter em wide, as the print does: each in a mark, the text unchanged, and marked once however
 * many steps mark it.
 */
class SignSpacingTest {

  private static Document page(String lang, String body) {
    return Jsoup.parse(
        "<html lang=\"" + lang + "\"><body><div id=\"content\">" + body + "</div></body></html>");
  }

  private static List<String> marked(Document page) {
    return page.select("span.jl-narrow-space").eachText();
  }

  @Test
  void eachSpaceBesideAnArrowOrAnEqualsSignInJapaneseIsMarkedAndTheTextIsKept() {
    String text = "（EC2　→　NATGW　→　IGW）。PaaS　＝　AWSが用意した基盤。日本語　の空白。";
    Document page = page("ja", "<p>" + text + "</p>");

    SignSpacing.apply(page);

    assertEquals(6, page.select("span.jl-narrow-space").size());
    assertEquals(text, page.selectFirst("p").wholeText());
  }

  @Test
  void englishTextAndCodeAreLeftAlone() {
    Document page =
        page("ja", "<p>コード<code>a　→　b</code>です。</p><p lang=\"en\">EC2　→　NAT gateway</p>");

    SignSpacing.apply(page);

    assertEquals(List.of(), marked(page));
  }

  @Test
  void aSpaceTheStepMarkedIsNotMarkedAgainByThePrintCopy() {
    Document page = page("ja", "<p>（EC2　→　IGW）</p>");
    SignSpacing.apply(page);
    Element paragraph = page.selectFirst("p");

    JapaneseSpacing.markSpacesBesideSigns(PrintTypesetting.textNodes(paragraph));

    assertEquals(2, paragraph.select("span.jl-narrow-space").size());
    assertEquals(0, paragraph.select("span.jl-narrow-space span").size());
  }
}
