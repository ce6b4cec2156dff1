package io.github.awsnetbook.tools.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
        "<p>a</p><div class=\"table-scroll\" tabindex=\"0\"><table id=\"t1\" class=\"tableblock"
            + " x\"><tr><td><table><tr>"
            + "<td>in</td></tr></table></td></tr></table></div><table><tr><td>admonition</td></tr></table><div"
            + " class=\"table-scroll\" tabindex=\"0\"><table class=\"tableblock\"></table></div>",
        HtmlPage.wrapTables(html));
  }

  @Test
  void aScrollingTableIsAFocusableRegionNamedByItsCaptionOrTheHeadingAboveIt() {
    String html =
        "<h2 id=\"glossary\">Glossary</h2><table class=\"tableblock\"><tr><td>x</td></tr></table>"
            + "<table class=\"tableblock\"><caption class=\"title\">Table 1. <em>\"Layers\"</em>"
            + "</caption></table>";
    String wrapped = HtmlPage.wrapTables(html);
    assertTrue(
        wrapped.contains(
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\""
                + " aria-labelledby=\"glossary\"><table"),
        wrapped);
    assertTrue(
        wrapped.contains(
            "role=\"region\" tabindex=\"0\" aria-label=\"Table 1. &quot;Layers&quot;\"><table"),
        wrapped);
  }

  @Test
  void aFigureBoxIsAFocusableRegionNamedByItsTitle() {
    String html =
        "<div id=\"fig-a\" class=\"imageblock\">\n"
            + "<div class=\"content\">\n"
            + "<svg aria-label=\"alt\"></svg>\n"
            + "</div>\n"
            + "<div class=\"title\">Figure 1. Peering</div>\n"
            + "</div><div class=\"imageblock\">\n"
            + "<div class=\"content\">\n"
            + "<img src=\"x.png\" alt=\"Logo\">\n"
            + "</div>\n"
            + "</div>";
    String done = HtmlPage.scrollableFigures(html);
    assertTrue(
        done.contains(
            "<div class=\"content\" role=\"region\" tabindex=\"0\" aria-label=\"Figure 1."
                + " Peering\">\n<svg"),
        done);
    assertTrue(
        done.contains("<div class=\"content\" role=\"region\" tabindex=\"0\" aria-label=\"Logo\">"),
        done);
  }

  @Test
  void everyPartOfThePageIsALandmarkAndEachSectionLinksItsTranslations() {
    String html =
        "<!DOCTYPE html><html><head><title>T</title></head><body>\n<div id=\"header\">\n"
            + "<div id=\"toc\" class=\"toc2\">\n<div id=\"toctitle\">Contents</div></div></div>\n"
            + "<div id=\"content\">\n<div class=\"sect1\">\n<h2 id=\"one\">One</h2>\n"
            + "<div class=\"sect2\">\n<h3 id=\"two\">Two</h3>\n<div class=\"sect3\">\n"
            + "<h4 id=\"three\">Three</h4></div></div></div></div>\n"
            + "<div id=\"footer\">\n</div>\n</body></html>";
    String done =
        HtmlPage.finish(
            html,
            io.github.awsnetbook.tools.locales.LocaleLinks.of("en", "ja en", "index.html"),
            "",
            name -> java.util.Optional.empty());
    for (String expected :
        List.of(
            "<div id=\"header\" role=\"banner\">",
            "<div id=\"toc\" class=\"toc2\" role=\"navigation\" aria-labelledby=\"toctitle\">",
            "<div id=\"content\" role=\"main\">",
            "<div id=\"footer\" role=\"contentinfo\">",
            "<div class=\"sect1\">\n<p class=\"section-locales\"><a href=\"../ja/index.html#one\"",
            "<div class=\"sect2\">\n<p class=\"section-locales\"><a href=\"../ja/index.html#two\"",
            "<meta property=\"og:title\" content=\"T\">")) {
      assertTrue(done.contains(expected), expected + " in " + done);
    }
    assertFalse(done.contains("#three"), "sections below the second level get no links: " + done);
  }
}
