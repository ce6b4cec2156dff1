package io.github.awsnetbook.tools.asciidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.InlineTokens.Kind;
import io.github.awsnetbook.tools.asciidoc.InlineTokens.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one inline tokenizer: what each item is, its target, and the prose left of a line. */
class InlineTokensTest {

  private static List<String> kinds(String line) {
    return InlineTokens.of(line).tokens().stream()
        .map(token -> token.kind() + ":" + token.target())
        .toList();
  }

  @Test
  void findsEveryKindOfItemWithItsTarget() {
    assertEquals(
        List.of(
            "PASSTHROUGH:",
            "CODE:",
            "ATTRIBUTE_REFERENCE:name",
            "CROSS_REFERENCE:intro",
            "LINK:https://a.example",
            "URL:https://b.example",
            "IMAGE:logo.svg"),
        kinds(
            "pass:[<b>] `code` {name} <<intro,the intro>> link:https://a.example[A]"
                + " https://b.example image:logo.svg[Logo]"));
  }

  @Test
  void codeHidesWhatLooksLikeMarkupInsideIt() {
    assertEquals(List.of("CODE:"), kinds("`<<not-a-ref>> and {name}`"));
  }

  @Test
  void theProseKeepsTheTextOfLinksAndReferencesAndBlanksTheRest() {
    String line = "See <<intro,the NAT gateway>> at https://x.example[AWS docs] and `code`.";

    String prose = InlineTokens.of(line).prose();

    assertEquals(line.length(), prose.length());
    assertEquals(
        List.of("See", "the", "NAT", "gateway", "at", "AWS", "docs", "and", "."),
        List.of(prose.strip().split("\\s+")));
    assertEquals(line.indexOf("the NAT"), prose.indexOf("the NAT"));
  }

  @Test
  void anImageKeepsItsAltTextAsProse() {
    Token image =
        InlineTokens.of("image::fig.svg[\"A NAT gateway, drawn\",pdfwidth=100%]")
            .all(Kind.IMAGE)
            .get(0);

    assertEquals("fig.svg", image.target());
    assertEquals(
        "A NAT gateway, drawn",
        "image::fig.svg[\"A NAT gateway, drawn\",pdfwidth=100%]"
            .substring(image.proseStart(), image.proseEnd()));
  }
}
