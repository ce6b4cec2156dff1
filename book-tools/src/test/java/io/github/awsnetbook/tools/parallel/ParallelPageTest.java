package io.github.awsnetbook.tools.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ParallelPageTest {

  /** A finished book page as the books have it: header, contents, sections of blocks. */
  private static Document book(String lang, String title, String chapter, String subsection) {
    return Jsoup.parse(
        """
        <!doctype html><html lang="%1$s"><head><title>%2$s</title>
        <meta name="description" content="d-%1$s"><link rel="stylesheet" href="css/book.css"></head>
        <body class="book"><div id="header"><h1>%2$s</h1><div class="details">a-%1$s</div>
        <div id="toc"><div id="toctitle">toc-%1$s</div><ul class="sectlevel1">
        <li><a href="#one">one-%1$s</a><ul class="sectlevel2"><li><a href="#two">two-%1$s</a></li></ul></li>
        </ul></div></div>
        <div id="content"><div class="sect1"><p class="section-locales"><a href="../x/index.html#one">x</a></p>
        <h2 id="one"><a class="anchor" href="#one"></a>one-%1$s</h2><div class="sectionbody">%3$s
        <div class="sect2"><h3 id="two">two-%1$s</h3>%4$s</div></div></div></div>
        <div id="footer"><div id="footer-text">f-%1$s</div></div></body></html>
        """
            .formatted(lang, title, chapter, subsection));
  }

  private static final String JA_CHAPTER =
      """
      <div class="paragraph"><p>段落一<a href="#note-a">注</a></p></div>
      <div id="note-a" class="admonitionblock note"><table><tr><td class="content">
      <div class="paragraph"><p>注一</p></div></td></tr></table></div>
      <div class="olist arabic"><ol class="arabic"><li><p>項目一</p>
      <div class="paragraph"><p>続き一</p></div></li><li><p>項目二</p></li></ol></div>
      <div class="table-scroll" role="region" tabindex="0" aria-label="表1"><table id="tbl" class="tableblock">
      <caption class="title">表1</caption><colgroup><col><col></colgroup>
      <thead><tr><th class="tableblock">層</th><th class="tableblock">例</th></tr></thead>
      <tbody><tr><td class="tableblock">行一</td><td class="tableblock">一</td></tr>
      <tr><td class="tableblock">行二</td><td class="tableblock">二</td></tr></tbody></table></div>
      """;

  private static final String EN_CHAPTER =
      """
      <div class="paragraph"><p>Paragraph one<a href="#note-a">note</a></p></div>
      <div id="note-a" class="admonitionblock note"><table><tr><td class="content">
      <div class="paragraph"><p>Note one</p></div></td></tr></table></div>
      <div class="olist arabic"><ol class="arabic"><li><p>Item one</p>
      <div class="paragraph"><p>More one</p></div></li><li><p>Item two</p></li></ol></div>
      <div class="table-scroll" role="region" tabindex="0" aria-label="Table 1"><table id="tbl" class="tableblock">
      <caption class="title">Table 1</caption><colgroup><col><col></colgroup>
      <thead><tr><th class="tableblock">Layer</th><th class="tableblock">Example</th></tr></thead>
      <tbody><tr><td class="tableblock">Row one</td><td class="tableblock">1</td></tr>
      <tr><td class="tableblock">Row two</td><td class="tableblock">2</td></tr></tbody></table></div>
      """;

  private static List<String> pairs(Element section) {
    return section.select("> .pair").stream()
        .map(pair -> pair.child(0).text() + " | " + pair.child(1).text())
        .toList();
  }

  @Test
  void paragraphsNotesListItemsTheirContinuationsAndTableRowsPairInOrder() {
    Document page =
        new ParallelPage(
                book("ja", "題", JA_CHAPTER, "<div class=\"paragraph\"><p>二</p></div>"),
                book("en", "Title", EN_CHAPTER, "<div class=\"paragraph\"><p>Two</p></div>"),
                Set.of())
            .page();
    assertEquals(
        List.of(
            "one-ja | one-en",
            "段落一注 | Paragraph onenote",
            "注一 | Note one",
            "項目一 | Item one",
            "続き一 | More one",
            "項目二 | Item two",
            "表1 層 例 行一 一 | Table 1 Layer Example Row one 1",
            "行二 二 | Row two 2"),
        pairs(page.getElementById("one")));
    assertEquals(List.of("two-ja | two-en", "二 | Two"), pairs(page.getElementById("two")));
    Element second = page.select("#one > .pair").get(5);
    assertEquals("2", second.selectFirst(".source ol").attr("start"), "the item keeps its number");
  }

  @Test
  void eachSideCarriesItsLanguageAndItsOwnIdsAndTheContentsAreBilingual() {
    Document page =
        new ParallelPage(
                book("ja", "題", JA_CHAPTER, ""), book("en", "Title", EN_CHAPTER, ""), Set.of())
            .page();
    assertNotNull(page.documentType(), "no doctype");
    assertEquals("ja", page.selectFirst("html").attr("lang"));
    for (Element pair : page.select(".pair")) {
      assertEquals("ja", pair.child(0).attr("lang"));
      assertEquals("en", pair.child(1).attr("lang"));
    }
    Set<String> ids = new HashSet<>();
    page.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), "two elements of ID " + e.id()));
    assertNotNull(page.getElementById("ja-note-a"));
    assertNotNull(page.getElementById("en-note-a"));
    assertEquals("#ja-note-a", page.selectFirst(".source .paragraph a").attr("href"));
    assertEquals("#en-note-a", page.selectFirst(".translation .paragraph a").attr("href"));
    assertEquals(
        "one-ja one-en", page.selectFirst("#toc a[href=#one]").text(), "a bilingual entry");
    assertEquals("en", page.selectFirst("#toc a[href=#one] span.translation").attr("lang"));
    assertTrue(page.select("a.anchor, .section-locales").isEmpty());
  }

  @Test
  void aSplitParagraphPairsAsARunAndNoBlockOfEitherSideIsDropped() {
    ParallelPage parallel =
        new ParallelPage(
            book("ja", "題", "<div class=\"paragraph\"><p>一二</p></div>", ""),
            book(
                "en",
                "Title",
                "<div class=\"paragraph\"><p>One</p></div><div class=\"paragraph\"><p>Two</p></div>",
                ""),
            Set.of());
    Document page = parallel.page();
    assertEquals(List.of("one-ja | one-en", "一二 | One Two"), pairs(page.getElementById("one")));
    assertEquals(1, parallel.coarserPairings().size(), parallel.coarserPairings().toString());
    assertTrue(parallel.coarserPairings().get(0).startsWith("one: "));
  }

  @Test
  void aListOfAnotherLengthPairsWhole() {
    String ja = "<div class=\"ulist\"><ul><li><p>一</p></li><li><p>二</p></li></ul></div>";
    String en = "<div class=\"ulist\"><ul><li><p>One and two</p></li></ul></div>";
    ParallelPage parallel =
        new ParallelPage(book("ja", "題", ja, ""), book("en", "T", en, ""), Set.of());
    assertEquals(
        List.of("one-ja | one-en", "一 二 | One and two"),
        pairs(parallel.page().getElementById("one")));
    assertTrue(parallel.coarserPairings().get(0).contains("2 items beside 1 items"));
  }

  @Test
  void aStaleSectionShowsItsNoticeInTheTranslatedColumnAndAnUntranslatedOneTheNoticeAlone() {
    String notice =
        "<div class=\"admonitionblock caution translation-notice\"><table><tr>"
            + "<td class=\"content\">Stale <a href=\"../ja/index.html#one\">Read</a></td>"
            + "</tr></table></div>";
    String untranslated =
        "<div class=\"admonitionblock caution translation-notice\"><table><tr>"
            + "<td class=\"content\">Not translated</td></tr></table></div>"
            + "<div class=\"paragraph\"><p>二</p></div>";
    Document page =
        new ParallelPage(
                book("ja", "題", JA_CHAPTER, "<div class=\"paragraph\"><p>二</p></div>"),
                book("en", "Title", notice + EN_CHAPTER, untranslated),
                Set.of("two"))
            .page();
    Element stale = page.selectFirst("#one > .notice-pair");
    assertEquals("", stale.child(0).text());
    assertEquals("Stale Read", stale.child(1).text());
    assertEquals("../ja/index.html#one", stale.selectFirst("a").attr("href"));
    assertEquals(7, page.select("#one > .pair:not(.heading-pair):not(.notice-pair)").size());
    assertEquals(
        List.of(" | Not translated", "二 | "),
        page.select("#two > .pair:not(.heading-pair)").stream()
            .map(pair -> pair.child(0).text() + " | " + pair.child(1).text())
            .toList(),
        "the translated column shows the notice, not the source's text again");
    assertEquals("", page.selectFirst("#two > .heading-pair").child(1).text());
  }

  @Test
  void aSectionOnlyTheTranslationHasIsShownInTheTranslatedColumn() {
    String en =
        EN_CHAPTER.replace(
            "<div class=\"paragraph\"><p>Paragraph one",
            "<div class=\"sect2\"><h3 id=\"old\">Old</h3><div class=\"paragraph\"><p>Gone</p>"
                + "</div></div><div class=\"paragraph\"><p>Paragraph one");
    Document page =
        new ParallelPage(book("ja", "題", JA_CHAPTER, ""), book("en", "T", en, ""), Set.of()).page();
    Element orphan = page.getElementById("old");
    assertNotNull(orphan, "the orphaned section is left out");
    assertEquals(List.of(" | Old", " | Gone"), pairs(orphan));
  }

  @Test
  void aLeadInPairStaysWithTheNextAndAPairOfParagraphsMayBreakWhereAFigureOrARowMayNot() {
    String ja =
        "<div class=\"paragraph\"><p>補充説明：</p></div>"
            + "<div class=\"paragraph\"><p>長い段落</p></div>"
            + "<div class=\"imageblock\"><div class=\"content\">図</div></div>";
    String en =
        "<div class=\"paragraph\"><p>Additional notes:</p></div>"
            + "<div class=\"paragraph\"><p>A long paragraph</p></div>"
            + "<div class=\"imageblock\"><div class=\"content\">Figure</div></div>";
    Document page =
        new ParallelPage(book("ja", "題", ja, ""), book("en", "T", en, ""), Set.of()).page();
    List<Element> pairs = page.select("#one > .pair:not(.heading-pair)");
    assertEquals(
        List.of("lead-in", "", "whole-pair"),
        pairs.stream()
            .map(
                pair ->
                    pair.hasClass("lead-in")
                        ? "lead-in"
                        : pair.hasClass("whole-pair") ? "whole-pair" : "")
            .toList());
    assertTrue(
        page.select("#one > .pair").stream().noneMatch(pair -> pair.hasClass("long-pair")),
        "no pair is kept whole for its length");
    page =
        new ParallelPage(book("ja", "題", JA_CHAPTER, ""), book("en", "T", EN_CHAPTER, ""), Set.of())
            .page();
    assertTrue(
        page.select("#one > .row-pair").stream().allMatch(pair -> pair.hasClass("whole-pair")),
        "a table's row is kept whole");
  }

  @Test
  void thePrintCopyHasRunningHeadsOfBothTitlesAndBothHeadingsThePageNone() {
    Document page =
        new ParallelPage(
                book("ja", "題", JA_CHAPTER, "<div class=\"paragraph\"><p>二</p></div>"),
                book("en", "Title", EN_CHAPTER, "<div class=\"paragraph\"><p>Two</p></div>"),
                Set.of())
            .page();
    Document print = ParallelPage.printCopy(page);
    assertEquals(List.of("題 / Title"), print.select(".running-title").eachText());
    assertEquals(
        List.of("one-ja / one-en", "two-ja / two-en"), print.select(".running-section").eachText());
    assertTrue(
        print.getElementById("two").previousElementSibling().hasClass("running-section"),
        "a section's head right before it");
    assertTrue(page.select(".running-title, .running-section").isEmpty(), "the screen shows none");
    assertEquals(
        List.of("one-ja 段落一注 | one-en Paragraph onenote", "注一 | Note one"),
        print.select("#one > .pair").stream()
            .limit(2)
            .map(pair -> pair.child(0).text() + " | " + pair.child(1).text())
            .toList(),
        "a heading is one pair with the text after it in print");
  }

  @Test
  void glossaryRowsPairByConceptInTheSourcesOrderShortFormsAndOtherSortingNotwithstanding() {
    String ja =
        glossary(
            "用語",
            "英語",
            "<tr><td>AWS Direct Connect（DX）</td><td>AWS Direct Connect</td><td>専用線</td></tr>"
                + "<tr><td>AWS Direct Connectパートナー</td><td>AWS Direct Connect Partner</td><td>事業者</td></tr>"
                + "<tr><td>インターネット</td><td>internet</td><td>網</td></tr>");
    String en =
        glossary(
            "Term",
            "Japanese",
            "<tr><td>AWS Direct Connect Partner</td><td>AWS Direct Connectパートナー</td><td>A provider</td></tr>"
                + "<tr><td>AWS Direct Connect (DX)</td><td>AWS Direct Connect</td><td>A line</td></tr>"
                + "<tr><td>internet</td><td>インターネット</td><td>The net</td></tr>");
    Document page =
        new ParallelPage(book("ja", "題", ja, ""), book("en", "T", en, ""), Set.of()).page();
    assertEquals(
        List.of(
            "用語 英語 d AWS Direct Connect（DX） AWS Direct Connect 専用線"
                + " | Term Japanese d AWS Direct Connect (DX) AWS Direct Connect A line",
            "AWS Direct Connectパートナー AWS Direct Connect Partner 事業者"
                + " | AWS Direct Connect Partner AWS Direct Connectパートナー A provider",
            "インターネット internet 網 | internet インターネット The net"),
        pairs(page.getElementById("one")).subList(1, 4));
  }

  private static String glossary(String term, String other, String rows) {
    return ("<div class=\"table-scroll\"><table class=\"tableblock glossary\"><colgroup><col><col><col>"
            + "</colgroup><thead><tr><th>%s</th><th>%s</th><th>d</th></tr></thead><tbody>%s</tbody>"
            + "</table></div>")
        .formatted(term, other, rows);
  }
}
