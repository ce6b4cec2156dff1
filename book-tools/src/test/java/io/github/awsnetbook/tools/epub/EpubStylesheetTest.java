package io.github.awsnetbook.tools.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EpubStylesheetTest {

  @Test
  void pageRulesWithTheirMarginBoxesGoAndEveryOtherRuleStays() {
    String css =
        "/* the @page rules below set up A4 { */\n"
            + "p { color: #111; }\n"
            + "@page {\n  size: A4;\n  @top-left { content: \"}\"; }\n}\n"
            + "@page :first {\n  @top-left { content: none; }\n}\n"
            + "@media print {\n  h1 { break-after: avoid; }\n}\n"
            + ".pages::after { content: \"@page\"; }\n";
    assertEquals(
        "/* the @page rules below set up A4 { */\n"
            + "p { color: #111; }\n"
            + "@media print {\n  h1 { break-after: avoid; }\n}\n"
            + ".pages::after { content: \"@page\"; }\n",
        EpubStylesheet.withoutPageRules(css));
  }
}
