package io.github.awsnetbook.tools.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.nio.file.Path;
import java.util.List;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The notices a reader of a lagging translation sees, in the converted HTML. */
class TranslationNoticesTest {

  private static final String TRANSLATION =
      """
      = The book
      :doctype: book
      :lang: en
      :toc:
      :translation-stale-notice: Translated from an older original.
      :translation-untranslated-notice: Not translated yet.
      :translation-source-link: Original

      [#intro]
      == Introduction

      The introduction.

      [#first]
      === First

      The first part.

      [#outro]
      == Closing words

      The end.
      """;

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static Document convert(NoticePlan plan, Path folder) {
    return convert(plan, folder, TRANSLATION);
  }

  private static Document convert(NoticePlan plan, Path folder, String translation) {
    Path file = folder.resolve("notices.properties");
    plan.save(file);
    String html =
        ASCIIDOCTOR
            .get()
            .convert(
                translation,
                Options.builder()
                    .safe(SafeMode.SAFE)
                    .standalone(true)
                    .attributes(
                        Attributes.builder()
                            .attribute(TranslationNotices.PLAN_ATTRIBUTE, file.toString())
                            .build())
                    .build());
    return Jsoup.parse(html);
  }

  private static NoticePlan.Entry untranslated(
      String id,
      String title,
      String style,
      int level,
      String parent,
      String previous,
      String... lines) {
    return new NoticePlan.Entry(
        id, State.UNTRANSLATED, title, style, level, parent, previous, List.of(lines));
  }

  @Test
  void aStaleSectionStartsWithANoticeLinkingToItsSource(@TempDir Path folder) {
    NoticePlan plan =
        new NoticePlan(
            "en",
            "ja",
            "aws-network-ja.pdf",
            List.of(
                new NoticePlan.Entry("first", State.STALE, "最初", "", 2, "intro", "", List.of())));

    Element first = convert(plan, folder).getElementById("first").parent();

    Element notice = first.selectFirst(".admonitionblock.caution.translation-notice");
    assertNotNull(notice, first.outerHtml());
    assertTrue(
        notice.text().contains("Translated from an older original. Original"), notice.text());
    assertEquals("../ja/index.html#first", notice.selectFirst("a").attr("href"));
    assertEquals("The first part.", first.select(".paragraph").last().text());
  }

  @Test
  void untranslatedSectionsTakeTheirSourcePlaceWithTheSourceText(@TempDir Path folder) {
    NoticePlan plan =
        new NoticePlan(
            "en",
            "ja",
            "aws-network-ja.pdf",
            List.of(
                untranslated("second", "二つ目", "", 2, "intro", "first", "", "二つ目の本文です。"),
                untranslated("zeroth", "ゼロ", "", 2, "intro", "", "", "最初の節の前。"),
                untranslated("colophon", "奥付", "colophon", 0, "", "outro", "", "奥付の本文。")));

    Document html = convert(plan, folder);

    List<String> order = html.select("h1[id], h2[id], h3[id]").eachAttr("id");
    assertEquals(List.of("intro", "zeroth", "first", "second", "outro", "colophon"), order);
    Element second = html.getElementById("second").parent();
    assertTrue(second.selectFirst(".translation-notice").text().contains("Not translated yet."));
    assertTrue(second.text().contains("二つ目の本文です。"), second.text());
    assertEquals("sect2", second.className());
    assertEquals(1, html.select("#toc a[href=#second]").size(), "not in the table of contents");
  }

  /**
   * A new locale: its only section is the glossary the build generates, which the source's outline
   * does not know. The untranslated chapter goes before it and the colophon after it, as the source
   * has them.
   */
  @Test
  void anUntranslatedColophonEndsTheBookAfterTheGeneratedGlossary(@TempDir Path folder) {
    String newLocale =
        """
        = The book
        :doctype: book
        :lang: ko

        [appendix#glossary]
        == Glossary

        The terms.
        """;
    NoticePlan plan =
        new NoticePlan(
            "ko",
            "ja",
            "aws-network-ja.pdf",
            List.of(
                new NoticePlan.Entry(
                    "intro",
                    State.UNTRANSLATED,
                    "はじめに",
                    "",
                    1,
                    "",
                    "",
                    List.of("本文。"),
                    List.of("colophon")),
                new NoticePlan.Entry(
                    "colophon",
                    State.UNTRANSLATED,
                    "奥付",
                    "colophon",
                    0,
                    "",
                    "intro",
                    List.of("奥付の本文。"),
                    List.of())));

    Document html = convert(plan, folder, newLocale);

    assertEquals(
        List.of("intro", "glossary", "colophon"),
        html.select("h1[id], h2[id], h3[id]").eachAttr("id"));
  }

  @Test
  void aPlanForAnotherLocaleChangesNothing(@TempDir Path folder) {
    NoticePlan plan =
        new NoticePlan(
            "ko",
            "ja",
            "aws-network-ja.pdf",
            List.of(
                new NoticePlan.Entry("first", State.STALE, "最初", "", 2, "intro", "", List.of())));

    assertEquals(0, convert(plan, folder).select(".translation-notice").size());
  }
}
