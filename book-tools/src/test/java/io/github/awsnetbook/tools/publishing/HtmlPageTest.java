package io.github.awsnetbook.tools.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.markup.Markup;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

  private static final LocaleLinks LINKS = LocaleLinks.of("en", "ja en", "index.html");

  /** A converted page in Asciidoctor's shape, with {@code content} in its content part. */
  private static Document converted(String content) {
    return Markup.parseHtml(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>T</title>\n"
            + "<meta name=\"description\" content=\"A &amp; B\">\n"
            + "<link rel=\"stylesheet\" href=\"css/asciidoctor.css\">\n</head>\n<body>\n"
            + "<div id=\"header\">\n<h1>T</h1>\n"
            + "<div id=\"toc\" class=\"toc2\">\n<div id=\"toctitle\">Contents</div></div></div>\n"
            + "<div id=\"content\">\n"
            + content
            + "</div>\n<div id=\"footer\">\n</div>\n</body>\n</html>\n",
        "");
  }

  private static Document finished(String content, HtmlPage.Drawings drawings) {
    Document page = converted(content);
    HtmlPage.finish(
        page,
        LINKS,
        Optional.of("Language"),
        List.of(new Element("link").attr("href", "fonts.css")),
        drawings);
    return page;
  }

  private static Document finished(String content) {
    return finished(content, name -> Optional.empty());
  }

  private static String written(Document page) {
    return new String(Markup.bytes(page), StandardCharsets.UTF_8);
  }

  @Test
  void aGlossarysOtherLanguageTermsCarryTheirLanguage() {
    Document page =
        finished(
            "<table class=\"tableblock glossary other-lang-ja\"><thead><tr><th>Term</th>"
                + "<th>Japanese</th><th>Definition</th></tr></thead><tbody><tr><td>AZ</td>"
                + "<td>アベイラビリティーゾーン</td><td>A place.</td></tr></tbody></table>");

    assertEquals(List.of("ja"), page.select("table.glossary td[lang]").eachAttr("lang"));
    assertEquals("アベイラビリティーゾーン", page.selectFirst("td[lang=ja]").text());
    assertTrue(page.select("th[lang]").isEmpty());
  }

  @Test
  void aReferenceToAFigureOrATableStaysOnOneLineAndOtherLinksMayBreak() {
    Document page =
        finished(
            "<div class=\"paragraph\"><p>(<a href=\"#fig-a\">Figure 2</a>, <a href=\"#t\">Table"
                + " 1</a>, <a href=\"#s\">Sources</a>)</p></div>"
                + "<div id=\"fig-a\" class=\"imageblock\"><div class=\"content\"></div></div>"
                + "<table id=\"t\" class=\"tableblock\"><tr><td>x</td></tr></table>"
                + "<div class=\"sect1\"><h2 id=\"s\">Sources</h2></div>");

    assertEquals(List.of("Figure 2", "Table 1"), page.select("#content p a.nobreak").eachText());
  }

  @Test
  void eachTableIsWrappedOnceWithTablesNestedInItsCellsInside() {
    Document page =
        finished(
            "<p>a</p><table id=\"t1\" class=\"tableblock x\"><tr><td><table class=\"tableblock\">"
                + "<tr><td>in</td></tr></table></td></tr></table><table><tr><td>admonition</td></tr></table><table"
                + " class=\"tableblock\"></table>");
    assertEquals(2, page.select("div.table-scroll").size());
    assertEquals("table-scroll", page.getElementById("t1").parent().className());
    assertTrue(page.select("div.table-scroll table table").hasClass("tableblock"));
    assertEquals(0, page.select("div.table-scroll div.table-scroll").size(), "wrapped twice");
    assertFalse(page.select("table:not(.tableblock)").parents().hasClass("table-scroll"));
  }

  @Test
  void aScrollingTableIsAFocusableRegionNamedByItsCaptionOrTheHeadingAboveIt() {
    Document page =
        finished(
            "<h2 id=\"glossary\">Glossary</h2><table class=\"tableblock\"><tr><td>x</td></tr>"
                + "</table><table class=\"tableblock\"><caption class=\"title\">Table 1. <em>"
                + "\"Layers\" &amp; more</em></caption></table>");
    List<Element> scrolls = page.select("div.table-scroll");
    assertEquals("region", scrolls.get(0).attr("role"));
    assertEquals("0", scrolls.get(0).attr("tabindex"));
    assertEquals("glossary", scrolls.get(0).attr("aria-labelledby"));
    assertEquals("Table 1. \"Layers\" & more", scrolls.get(1).attr("aria-label"));
    assertTrue(
        written(page).contains("aria-label=\"Table 1. &quot;Layers&quot; &amp; more\"><table"),
        "jsoup escapes the caption's text once");
  }

  @Test
  void eachCellOfATableWithOneHeaderRowCarriesItsColumnsHeader() {
    Document page =
        finished(
            "<table id=\"t\" class=\"tableblock\"><thead><tr><th>Layer</th><th>Where <em>it</em>"
                + " runs</th></tr></thead><tbody><tr><td><p>IaaS</p></td><td><p>VPC</p></td></tr>"
                + "</tbody></table><table id=\"span\" class=\"tableblock\"><thead><tr><th>A</th>"
                + "<th>B</th></tr></thead><tbody><tr><td colspan=\"2\">x</td></tr></tbody></table>"
                + "<table id=\"bare\" class=\"tableblock\"><tbody><tr><td>y</td></tr></tbody>"
                + "</table><table id=\"g\" class=\"tableblock glossary\"><thead><tr><th>Term</th>"
                + "<th>Japanese</th><th>Definition</th></tr></thead><tbody><tr><td>NAT</td>"
                + "<td>NAT</td><td>d</td></tr></tbody></table>");
    assertEquals(
        List.of("Layer", "Where it runs"),
        page.select("#t td").stream().map(td -> td.attr("data-label")).toList());
    assertTrue(
        page.select("#span td[data-label], #bare td[data-label], #g td[data-label]").isEmpty(),
        "a spanning cell, a table without a header and the glossary keep their layout");
    assertTrue(written(page).contains("<td data-label=\"Layer\"><p>IaaS</p></td>"));
  }

  @Test
  void aGlossaryTermWrittenAsItsOtherLanguagesTermIsMarkedToBeShownOnce() {
    Document page =
        finished(
            "<table class=\"tableblock glossary\"><tbody><tr><td><p>Amazon EBS</p></td>"
                + "<td><p>Amazon EBS</p></td><td><p>d</p></td></tr><tr><td><p>Availability Zone"
                + "</p></td><td><p>アベイラビリティーゾーン</p></td><td><p>d</p></td></tr></tbody>"
                + "</table>");
    List<Element> others = page.select("table.glossary tr > td:nth-child(2)");
    assertTrue(others.get(0).hasClass("glossary-named-alike"));
    assertFalse(others.get(1).hasClass("glossary-named-alike"));
    assertEquals("Amazon EBS", others.get(0).text(), "the cell keeps its text for the print copy");
  }

  @Test
  void theLanguageSwitcherIsNamedByTheLocalesLabel() {
    assertEquals("Language", finished("").selectFirst("nav.locale-switcher").attr("aria-label"));
  }

  @Test
  void aTableAboveEveryHeadingIsFocusableButUnnamed() {
    Document page = converted("<table class=\"tableblock\"></table>");
    HtmlPage.wrapTables(page);
    Element scroll = page.selectFirst("div.table-scroll");
    assertEquals("0", scroll.attr("tabindex"));
    assertFalse(scroll.hasAttr("role"));
  }

  @Test
  void aFigureBoxIsAFocusableRegionNamedByItsTitleOrItsImagesAltText() {
    Document page =
        finished(
            "<div id=\"fig-a\" class=\"imageblock\">\n<div class=\"content\">\n"
                + "<img src=\"x.png\" alt=\"alt\">\n</div>\n<div class=\"title\">Figure 1."
                + " <em>Peering</em></div>\n</div><div class=\"imageblock\">\n"
                + "<div class=\"content\">\n<img src=\"y.png\" alt=\"Logo\">\n</div>\n</div>");
    List<Element> boxes = page.select("div.imageblock > div.content");
    assertEquals("Figure 1. Peering", boxes.get(0).attr("aria-label"));
    assertEquals("Logo", boxes.get(1).attr("aria-label"));
    assertEquals("region", boxes.get(1).attr("role"));
    assertTrue(
        written(page)
            .contains(
                "<div class=\"content\" role=\"region\" tabindex=\"0\""
                    + " aria-label=\"Figure 1. Peering\">\n<img"));
  }

  @Test
  void anSvgImageBecomesTheDrawingItselfParsedAsXmlAndNamedByTheAltText() {
    Document drawing =
        Markup.parseXml(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 8 4\" width=\"8\" height=\"4\" font-size=\"13\">\n"
                + "  <text x=\"1\" y=\"2\">A &amp; B</text><rect width=\"1\" height=\"1\"/>\n"
                + "</svg>\n");
    Document page =
        finished(
            "<div class=\"imageblock\">\n<div class=\"content\">\n<img src=\"images/fig.svg\""
                + " alt=\"Two &quot;paths&quot;\" width=\"800\">\n</div>\n</div>\n"
                + "<p><img src=\"images/missing.svg\" alt=\"kept\"></p>",
            name -> name.equals("fig.svg") ? Optional.of(drawing) : Optional.empty());
    Element svg = page.selectFirst("div.content > svg");
    assertNotNull(svg, written(page));
    assertEquals(
        List.of("xmlns", "viewBox", "role", "aria-label", "font-size"),
        svg.attributes().asList().stream().map(a -> a.getKey()).toList(),
        "the drawing's size gives way to the label, in its place");
    assertEquals("Two \"paths\"", svg.attr("aria-label"));
    assertEquals("A & B", svg.selectFirst("text").text());
    assertNull(page.selectFirst("img[src=images/fig.svg]"));
    assertNotNull(page.selectFirst("img[src=images/missing.svg]"), "no drawing, no change");
    assertEquals("Two \"paths\"", svg.parent().attr("aria-label"), "the box named by the alt");
    assertTrue(written(page).contains("<rect width=\"1\" height=\"1\" />"), written(page));
    assertEquals(1, drawing.select("svg[width]").size(), "the drawing itself is not changed");
  }

  @Test
  void everyPartOfThePageIsALandmarkAndEachSectionLinksItsTranslations() {
    Document page =
        finished(
            "<div class=\"sect1\">\n<h2 id=\"one\">One</h2>\n<div class=\"sect2\">\n"
                + "<h3 id=\"two\">Two</h3>\n<div class=\"sect3\">\n<h4 id=\"three\">Three</h4>"
                + "</div></div></div>\n<div class=\"sect1 role\">\n<h2 id=\"own\">Own</h2></div>");
    String html = written(page);
    for (String expected :
        List.of(
            "<div id=\"header\" role=\"banner\">\n<nav class=\"locale-switcher\"",
            "<div id=\"toc\" class=\"toc2\" role=\"navigation\" aria-labelledby=\"toctitle\">",
            "<div id=\"content\" role=\"main\">",
            "<div id=\"footer\" role=\"contentinfo\">",
            "<div class=\"sect1\">\n<p class=\"section-locales\"><a href=\"../ja/index.html#one\"",
            "<div class=\"sect2\">\n<p class=\"section-locales\"><a href=\"../ja/index.html#two\"",
            "<link rel=\"stylesheet\" href=\"css/asciidoctor.css\" media=\"screen\">")) {
      assertTrue(html.contains(expected), expected + " in " + html);
    }
    assertFalse(html.contains("#three"), "sections below the second level get no links: " + html);
    assertFalse(html.contains("#own"), "a section with a role of its own is left as it is");
  }

  @Test
  void theHeadGetsTheLocalesOpenGraphAndTheExtrasInOrderEachOnALine() {
    String head = finished("").head().html();
    assertTrue(
        head.endsWith(
            "<link rel=\"alternate\" hreflang=\"ja\" href=\"../ja/index.html\">\n"
                + "<link rel=\"alternate\" hreflang=\"en\" href=\"../en/index.html\">\n"
                + "<link rel=\"alternate\" hreflang=\"x-default\" href=\"../index.html\">\n"
                + "<meta property=\"og:title\" content=\"T\">\n"
                + "<meta property=\"og:description\" content=\"A &amp; B\">\n"
                + "<meta property=\"og:type\" content=\"book\">\n"
                + "<meta property=\"og:locale\" content=\"en_US\">\n"
                + "<meta property=\"og:locale:alternate\" content=\"ja_JP\">\n"
                + "<link href=\"fonts.css\">\n"),
        head);
  }

  @Test
  void aPageWithoutAsciidoctorsHeaderIsRefused() {
    Document page = Markup.parseHtml("<html><head></head><body><p>x</p></body></html>", "");
    assertThrows(
        IllegalStateException.class,
        () -> HtmlPage.finish(page, LINKS, Optional.empty(), List.of(), name -> Optional.empty()));
  }
}
