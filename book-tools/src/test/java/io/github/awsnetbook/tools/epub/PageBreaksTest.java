package io.github.awsnetbook.tools.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.awsnetbook.tools.markup.Markup;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageBreaksTest {

  private static Document page(String body) {
    return Markup.parseHtml("<!doctype html><html><body>" + body + "</body></html>", "");
  }

  @Test
  void aPageThatBeginsInsideAParagraphIsMarkedBetweenItsWords() {
    Document cover = page("<h1>The title</h1>");
    Document book =
        page("<p>The first page ends here and the second page begins with these words.</p>");
    List<PageBreaks.Marker> markers =
        PageBreaks.mark(
            List.of(cover, book),
            List.of("The title", "The first page ends here and", "the second page begins with"));
    assertEquals(3, markers.size());
    assertEquals(cover, markers.get(0).document());
    assertEquals(
        "<span id=\"page-1\" epub:type=\"pagebreak\" role=\"doc-pagebreak\" aria-label=\"1\"></span>"
            + "<h1>The title</h1>",
        cover.body().html());
    assertEquals(
        "<p><span id=\"page-2\" epub:type=\"pagebreak\" role=\"doc-pagebreak\" aria-label=\"2\">"
            + "</span>The first page ends here and <span id=\"page-3\" epub:type=\"pagebreak\""
            + " role=\"doc-pagebreak\" aria-label=\"3\"></span>the second page begins with these"
            + " words.</p>",
        book.body().html());
  }

  @Test
  void whatThePrintedPageAddsBeforeItsTextIsPassedOver() {
    // A list's bullet drawn as text, and the contents' leaders and page numbers.
    Document book =
        page(
            "<p>Contents</p><ul><li>One</li><li>Two</li></ul>"
                + "<ul><li>A gateway endpoint carries the traffic to S3 and DynamoDB.</li></ul>");
    List<PageBreaks.Marker> markers =
        PageBreaks.mark(
            List.of(book),
            List.of(
                "Contents One . . . . . 3 Two . . . . 4",
                "• A gateway endpoint carries the traffic"));
    assertEquals(2, markers.size());
    assertEquals(
        "A gateway endpoint carries the traffic to S3 and DynamoDB.",
        book.getElementById("page-2").nextSibling().outerHtml());
  }

  @Test
  void aShortStretchThatThePreviousPageAlsoHasIsLookedForWhereThatPageEnds() {
    // The printed page begins with a list item the EPUB sets apart from the next (no full key), and
    // its first words stand earlier on the previous page too (the colophon: 図と表の見出し).
    Document book =
        page(
            "<p>図と表の見出し、代替テキスト、用語集の定義は編集部のものです。"
                + "そのほかの注記も編集部のものです。</p><ul><li>図と表の見出し。</li><li>編集部注の囲み。</li></ul>");
    List<PageBreaks.Marker> markers =
        PageBreaks.mark(
            List.of(book),
            List.of("図と表の見出し、代替テキスト、用語集の定義は編集部のものです。そのほかの注記も編集部のものです。", "• 図と表の見出し。 • 注の囲み。"));
    assertEquals(2, markers.size());
    assertEquals("図と表の見出し。", book.getElementById("page-2").nextSibling().outerHtml());
  }

  @Test
  void aShortPageAfterOneWhoseFigureWasSetEarlierIsLookedForWhereThatPagesTextEnds() {
    // The print set the figure on page 1, above the note before it, so the EPUB reads its caption
    // within page 2; page 3 is a heading alone whose first characters the print lacks (a draft
    // locale's glyphs the fonts do not have, printed #): the Korean draft's glossary, p. 11.
    String caption =
        "Figure 5. AWS Transit Gateway: a transit gateway is the hub that VPCs, VPNs and Direct"
            + " Connect attach to, each through an attachment. Drawn by the editors.";
    Document book =
        page(
            "<p>Transit Gateway connects many VPCs.</p><div class=\"admonitionblock\"><p>Direct"
                + " Connect attaches through a transit virtual interface.</p></div>"
                + "<div class=\"imageblock\"><div class=\"title\">"
                + caption
                + "</div></div><h3>AWS Wavelength</h3><p>A 5G service.</p>"
                + "<h2>부록 A: Glossary</h2>");
    List<PageBreaks.Marker> markers =
        PageBreaks.mark(
            List.of(book),
            List.of(
                "Transit Gateway connects many VPCs. " + caption,
                "Direct Connect attaches through a transit virtual interface. AWS Wavelength A 5G"
                    + " service.",
                "## A: Glossary"));
    assertEquals(3, markers.size());
    assertEquals("부록 A: Glossary", book.getElementById("page-3").parent().text());
  }

  @Test
  void aPageThatBeginsWithAFigureIsMarkedBeforeItsDrawing() {
    Document book =
        page(
            "<p>See the figure below.</p><div class=\"imageblock\"><div class=\"content\"><svg>"
                + "<text>VPC</text></svg></div><div class=\"title\">Figure 1. Two paths to S3"
                + "</div></div>");
    PageBreaks.mark(List.of(book), List.of("See the figure below.", "Figure 1. Two paths to S3"));
    assertEquals("page-2", book.selectFirst("div.imageblock").child(0).id(), book.body().html());
  }

  @Test
  void aPageWhoseTextTheEpubLacksIsAnError() {
    Document book = page("<p>Only this.</p>");
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class,
            () -> PageBreaks.mark(List.of(book), List.of("Only this.", "Something else entirely")));
    assertEquals(
        "the text of printed page 2 is not in the EPUB after page 1's start:"
            + " Somethingelseentirely",
        error.getMessage());
  }
}
