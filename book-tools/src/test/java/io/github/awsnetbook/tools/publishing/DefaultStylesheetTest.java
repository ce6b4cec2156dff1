package io.github.awsnetbook.tools.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DefaultStylesheetTest {

  @Test
  void theKindleOnlyRulesGoAndEverythingElseStays() {
    String css =
        "a{color:red}@media print{a{color:#000}}\n"
            + "@media amzn-kf8{#header,#content{padding:0}}\n@media amzn-kf8{p{x:1}q{y:2}}b{z:0}";
    assertEquals(
        "a{color:red}@media print{a{color:#000}}\n\nb{z:0}",
        DefaultStylesheet.withoutKindleRules(css));
  }
}
