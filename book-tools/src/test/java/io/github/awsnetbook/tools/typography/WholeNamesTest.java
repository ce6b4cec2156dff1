package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.markup.Markup;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WholeNamesTest {

  private static final List<String> NAMES =
      List.of(
          "AWS Direct Connect", "Amazon DynamoDB", "Public Endpoint", "AWS Lambda", "Amazon S3");

  private static Document page(String cell) {
    return Markup.parseHtml(
        "<div id=\"content\"><table class=\"tableblock\"><tbody><tr><td><p>"
            + cell
            + "</p></td></tr></tbody></table>"
            + "<p>Amazon DynamoDB in running text.</p>"
            + "<table class=\"tableblock glossary\"><tbody><tr><td><p>AWS Lambda</p></td></tr>"
            + "</tbody></table></div>",
        "");
  }

  @Test
  void aTermbaseNameInATableCellIsKeptOnOneLineAndItsTextStays() {
    Document page = page("Amazon S3, Amazon DynamoDB, Amazon RDS, AWS Lambda");
    WholeNames.apply(page, NAMES);
    assertEquals(
        List.of("Amazon S3", "Amazon DynamoDB", "AWS Lambda"),
        page.select("span.nobreak").stream().map(Element::text).toList());
    assertEquals(
        "Amazon S3, Amazon DynamoDB, Amazon RDS, AWS Lambda", page.selectFirst("td").text());
  }

  @Test
  void aNameNextToJapaneseIsFoundAPartOfALongerWordIsNot() {
    Document page = page("デフォルトでPublic Endpoint経由、Amazon S3x、AWS Lambdas");
    WholeNames.apply(page, NAMES);
    assertEquals(
        List.of("Public Endpoint"),
        page.select("span.nobreak").stream().map(Element::text).toList());
  }
}
