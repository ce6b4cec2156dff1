package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EnglishBreaksTest {

  private static Document marked(String body) {
    Document page = Jsoup.parse("<html lang=en><body><div id=content>" + body + "</div></body>");
    EnglishBreaks.mark(page);
    return page;
  }

  private static List<String> unhyphenated(Document page) {
    return page.select("span." + EnglishBreaks.UNHYPHENATED).eachText();
  }

  @Test
  void aParagraphsLastWordIsNeverHyphenated() {
    Document page = marked("<p>Finally, the remaining services that AWS offers.</p>");
    assertEquals(List.of("offers."), unhyphenated(page));
    assertEquals("Finally, the remaining services that AWS offers.", page.selectFirst("p").text());
  }

  @Test
  void theLastWordBeforeACitationIsTheParagraphsLastWord() {
    Document page = marked("<p>closer to storage than to platforms <a href=#s>[10]</a>.</p>");
    assertEquals(List.of("platforms"), unhyphenated(page));
  }

  @Test
  void anArrowPathIsOneUnitWithItsBrackets() {
    Document page =
        marked(
            "<p>By default you reach them through their public endpoint. (EC2 → NAT gateway (NATGW)"
                + " → internet gateway (IGW) → S3 public endpoint) Otherwise, keep it private.</p>");
    assertEquals(
        List.of(
            "(EC2 → NAT gateway (NATGW) → internet gateway (IGW) → S3 public endpoint)",
            "private."),
        unhyphenated(page));
    Element paragraph = page.selectFirst("p");
    assertEquals(
        "By default you reach them through their public endpoint. (EC2 → NAT gateway (NATGW) →"
            + " internet gateway (IGW) → S3 public endpoint) Otherwise, keep it private.",
        paragraph.text());
  }

  @Test
  void anArrowPathInAClauseEndsAtItsComma() {
    Document page =
        marked("<p>Traffic goes subnet → gateway endpoint, which is free of charge.</p>");
    assertEquals(List.of("Traffic goes subnet → gateway endpoint,", "charge."), unhyphenated(page));
  }
}
