package io.github.awsnetbook.tools.titlepage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.util.Map;
import java.util.TreeMap;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The title block under the book's title: the author, the edition with its own date, the original's
 * date, each on its line, without Asciidoctor's comma; and a sole chapter marked for the screen.
 */
class TitleBlockTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final String JAPANESE_HEADER =
      """
      = AWSのネットワーク 第3回
      Seal
      v1.0, 2025-10-13
      :doctype: book
      :lang: ja
      :version-label: バージョン
      :original-date: 2025年10月13日
      :edition-date: 2026年12月7日
      ifdef::edition-date+revnumber[:edition-statement: {edition-date}発行（{version-label}{revnumber}）]
      ifdef::original-date[:original-statement: 原典：{original-date}公開]
      """;

  /**
   * Converts {@code source} and sets the title block of its header on the page, as publishing does.
   */
  private static Document convert(String source) {
    Options options = Options.builder().safe(SafeMode.SAFE).standalone(true).build();
    Document page = Jsoup.parse(ASCIIDOCTOR.get().convert(source, options));
    Map<String, String> attributes = new TreeMap<>();
    ASCIIDOCTOR
        .get()
        .load(source, options)
        .getAttributes()
        .forEach((name, value) -> attributes.put(name, String.valueOf(value)));
    TitleBlock.of(attributes).applyTo(page);
    return page;
  }

  @Test
  void theTitleBlockNamesTheEditionByItsOwnDateAndTheOriginalByItsWithoutAStrayComma() {
    Document html = convert(JAPANESE_HEADER + "\n== AWSのネットワーク３\n\n本文。\n");

    assertEquals(
        "Seal 2026年12月7日発行（バージョン1.0） 原典：2025年10月13日公開",
        html.selectFirst("#header > .details").text());
    assertEquals("2026年12月7日発行（バージョン1.0）", html.selectFirst("#header .edition").text());
    assertNull(html.getElementById("revnumber"), "Asciidoctor's version line, with its comma");
    assertEquals(2, html.select("#header > .details > br").size());
  }

  @Test
  void aBookWithoutAnEditionDateKeepsAsciidoctorsLine() {
    Document html = convert("= Book\nSeal\nv1.0, 2025-10-13\n:lang: en\n\nText.\n");

    assertNotNull(html.getElementById("revnumber"));
    assertEquals("October 13, 2025", html.getElementById("revdate").text());
  }

  @Test
  void theOnlyChapterOfABookIsMarkedSoThatTheScreenShowsTheTitleOnce() {
    Document html =
        convert(JAPANESE_HEADER + "\n== AWSのネットワーク３\n\n本文。\n\n[appendix]\n== 用語集\n\n定義。\n");

    assertTrue(html.body().hasClass(SoleChapter.ROLE));
    assertEquals(
        "sect1",
        html.selectFirst("#content > div").className(),
        "the chapter's own markup, which the publish step reads, unchanged");
  }

  @Test
  void aBookOfTwoChaptersMarksNeither() {
    Document html = convert(JAPANESE_HEADER + "\n== 第1章\n\n本文。\n\n== 第2章\n\n本文。\n");

    assertTrue(html.select("." + SoleChapter.ROLE).isEmpty());
  }
}
