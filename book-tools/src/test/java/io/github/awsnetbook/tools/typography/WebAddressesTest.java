package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * A web address set as text breaks after a slash, never between the two of "//" nor inside a word;
 * the published page marks those places, and the print copy takes the marks out again.
 */
class WebAddressesTest {

  private static final String ADDRESS = "docs.aws.amazon.com/vpc/latest/user-guide/x.html";

  private static Document page(String link) {
    return Jsoup.parse("<html><body><div id=\"content\"><p>" + link + "</p></div></body></html>");
  }

  /** The address's texts, in order, with each break as "|". */
  private static String pieces(Element link) {
    StringBuilder text = new StringBuilder();
    link.childNodes()
        .forEach(
            node ->
                text.append(
                    node instanceof TextNode piece
                        ? piece.getWholeText()
                        : ((Element) node).tagName().equals("wbr")
                            ? "|"
                            : "(" + ((Element) node).text() + ")"));
    return text.toString();
  }

  @Test
  void anAddressMayBreakAfterEachSlashButNotInsideDoubleSlashes() {
    assertEquals(
        List.of(8, 18, 20), WebAddresses.breaks("https://a.example/b/c").stream().boxed().toList());
    assertEquals(List.of(20, 24, 31, 42), WebAddresses.breaks(ADDRESS).stream().boxed().toList());
  }

  @Test
  void thePageGetsAWordBreakAfterEachSlashOfABareLinksTextAndBeforeEachHyphenNeverAfter() {
    Document page =
        page(
            "<a class=\"bare\" href=\"https://"
                + ADDRESS
                + "\">"
                + ADDRESS
                + "</a> <a href=\"#x\">a/b</a>");

    WebAddresses.markBreaks(page);

    assertEquals(
        "docs.aws.amazon.com/|vpc/|latest/|user|(-g)uide/|x.html",
        pieces(page.selectFirst("a.bare")));
    assertEquals(ADDRESS, page.selectFirst("a.bare").text());
    assertEquals("a/b", pieces(page.selectFirst("a[href=#x]")));
  }

  @Test
  void thePrintCopyGetsEachAddressBackAsOneText() {
    Document page = page("<a class=\"bare\" href=\"https://" + ADDRESS + "\">" + ADDRESS + "</a>");
    WebAddresses.markBreaks(page);

    WebAddresses.removeBreaks(page);

    Element link = page.selectFirst("a.bare");
    assertEquals(1, link.childNodeSize());
    assertEquals(ADDRESS, pieces(link));
  }
}
