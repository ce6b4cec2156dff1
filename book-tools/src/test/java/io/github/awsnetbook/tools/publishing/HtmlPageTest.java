package io.github.awsnetbook.tools.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlPageTest {

  @Test
  void eachTableIsWrappedOnceWithTablesNestedInItsCellsInside() {
    String html =
        "<p>a</p><table id=\"t1\" class=\"tableblock"
            + " x\"><tr><td><table><tr><td>in</td></tr></table>"
            + "</td></tr></table><table><tr><td>admonition</td></tr></table><table"
            + " class=\"tableblock\"></table>";
    assertEquals(
        "<p>a</p><div class=\"table-scroll\"><table id=\"t1\" class=\"tableblock"
            + " x\"><tr><td><table><tr>"
            + "<td>in</td></tr></table></td></tr></table></div><table><tr><td>admonition</td></tr></table><div"
            + " class=\"table-scroll\"><table class=\"tableblock\"></table></div>",
        HtmlPage.wrapTables(html));
  }
}
