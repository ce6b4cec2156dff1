package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.pipeline.BookStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The translators' and editors' workflow on a copy of the project, built by Maven as a user builds
 * it: a new post is imported as a chapter; a new locale is one command; a source edit makes its
 * section stale in the translation, readers see it, a release refuses it, the mark command records
 * it; a missing section shows the source text. These are the temporary Maven builds of the tests:
 * they prove the wiring (the goals, their properties on Maven's command line, the log, the failure,
 * the bundle), each planting several things at once; what each step finds is tested in book-tools
 * and, on copies built in the tests' JVM (BuildInProcess), in BrokenContentIT, HostileInputIT and
 * TerminologyIT.
 */
@Execution(ExecutionMode.CONCURRENT)
class TranslationWorkflowIT {

  private static final String JA_CHAPTER =
      "content-ja/src/docs/asciidoc/chapters/_article-0003.adoc";
  private static final String EN_CHAPTER =
      "content-en/src/docs/asciidoc/chapters/_article-0003.adoc";
  private static final String RECORD = "content-en/src/docs/asciidoc/translated-from.properties";
  private static final String STATUS = "target/translation-status/status.json";
  private static final String EDITED = "それを紹介する時に、別の三つのものと";
  private static final String EDIT = "それを紹介する時に、ほかの三つの接続方法と";
  private static final String TABLE_ROW = "(?m)^\\|SaaS\\n(\\|.*\\n){3}";
  private static final String STALE_NOTICE = "translated from an earlier version";
  private static final String UNTRANSLATED_NOTICE = "has not been translated yet";
  private static final String NEW_POST_FILE = "content-ja/src/posts/2026-01-05-article0004.md";
  private static final String BUNDLE = "target/aws-network-book-1.0.0-SNAPSHOT-handouts";

  /**
   * The workflow in order on one copy. A new locale ko is made by one command. The draft build (en,
   * ko, each reading the source's files, and the handouts) runs book:import first (bound to
   * process-classes, with {@code -Dpost}), which turns a small new post, with a heading, a table, a
   * list and an image, into a new chapter, which the editor includes in the Japanese book; the
   * draft succeeds: a source edit makes its section stale in en and an untranslated section shows
   * the source text, both with notices, in the page and the PDF; ko shows every section
   * untranslated; the new chapter is in both books, their tables of contents and the bundle, under
   * the untranslated notice in en. The release build fails: the stale section is an error, a table
   * row left out of en is a structure error naming both places, and, with {@code
   * -Dterminology.failOnWarning=true}, the real article's terminology warning fails ja; the last
   * good en book stays. The mark command then records the one section and makes it up to date.
   *
   * <p>The states, fingerprints, notices and parity are tested in book-tools (TranslationCheckTest,
   * StructureParityTest, FingerprintTest, TranslationNoticesTest, TerminologyCheckTest), the import
   * in PostImportTest and PostImportIT; these builds prove the goals, the properties and the report
   * reach the real build. The mark command runs in the tests' JVM, through the steps the goal runs
   * (its property's wiring is BuildBookMojoTest's).
   */
  @Test
  void
      aDraftShowsStaleAndUntranslatedSectionsAndANewChapterAReleaseRefusesThemAndMarkingRecordsThem(
          @TempDir Path folder) throws IOException {
    TempBuild build = TempBuild.copyOfProject(folder);
    // Not offline: the first run on a machine fetches the exec plugin that fills in the labels.
    TempBuild.Result created =
        build.run(List.of("bash", "new-locale.sh", "ko", "-ntp", "-Dmaven.main.skip=true"));
    assertFalse(created.failed(), created.log());
    aNewPostIsIncludedAsAChapter(build);
    build.write(JA_CHAPTER, build.read(JA_CHAPTER).replace(EDITED, EDIT));
    String en = build.read(EN_CHAPTER);
    build.write(EN_CHAPTER, en.substring(0, en.indexOf("[#aws-wavelength]")));
    String recordBefore = build.read(RECORD);

    // The draft also imports the post: its first pass is the editors' command (README, For
    // editors), up to process-classes, where book:import writes the chapter and says so; its
    // second, package, imports again (the chapter is already the post's) and builds the books.
    TempBuild.Result draft =
        build.maven(
            "--fail-at-end",
            "-Dmaven.test.skip=true",
            "-Dmaven.main.skip=true",
            "-pl",
            "content-en,content-ko,handouts",
            "-am",
            "process-classes",
            "package",
            "-Dpost=" + NEW_POST_FILE);

    assertFalse(draft.failed(), draft.log());
    int imported = draft.log().indexOf("a new chapter: add 'include::");
    assertTrue(imported >= 0, draft.log());
    assertTrue(
        draft.log().indexOf("is already the post's; nothing written", imported) > imported,
        "the chapter was not written by the process-classes pass:\n" + draft.log());
    theDraftShowsStaleAndUntranslatedSections(build, draft);
    theNewLocaleShowsEverySectionUntranslated(build);
    theParallelEditionsShowTheNoticesInTheTranslatedColumn(build);
    theNewChapterIsInBothBooksTheirTablesOfContentsAndTheBundle(build);

    build.write(EN_CHAPTER, build.read(EN_CHAPTER).replaceFirst(TABLE_ROW, ""));
    // The draft built ja too, for the handouts; a failed build keeps the last good book, so the
    // release below shows that a warning fails ja by leaving no PDF where there was none.
    Files.delete(build.resolve("content-ja/target/pdf/aws-network-ja.pdf"));
    List<String> lastGood = build.plantLastGoodBooks(List.of("en"));
    TempBuild.Result release =
        build.packageLocales(
            List.of("ja", "en"), "-Dtranslation.release=true", "-Dterminology.failOnWarning=true");

    assertTrue(release.failed(), "a release build accepted a stale section");
    assertTrue(
        Pattern.compile(
                "content-en/src/docs/asciidoc/chapters/_article-0003\\.adoc:\\d+:1:"
                    + " error: section \"direct-connect\" is stale")
            .matcher(release.log())
            .find(),
        release.log());
    aStructureDifferenceIsAnErrorNamingBothPlaces(release);
    assertTrue(
        release.log().contains("[terminology/inconsistent-admitted-forms]"),
        "no terminology warning:\n" + release.log());
    assertFalse(
        Files.exists(build.resolve("content-ja/target/pdf/aws-network-ja.pdf")),
        "a warning did not fail the ja build when asked to");
    for (String output : lastGood) {
      assertEquals("the last good " + output, build.read(output), output + " was replaced");
    }

    build.write(EN_CHAPTER, en.substring(0, en.indexOf("[#aws-wavelength]")));
    BuildInProcess.Result marked;
    // An Asciidoctor of its own: this class runs beside the others (junit-platform.properties),
    // which share the run's one.
    try (BuildInProcess inProcess = new BuildInProcess()) {
      marked =
          inProcess.build(
              build,
              List.of("en"),
              new BuildInProcess.Switches("direct-connect", false, false),
              BookStep.build().subList(0, BookStep.TRANSLATION_REPORT.ordinal() + 1));
    }

    assertFalse(marked.failed(), marked.log());
    assertTrue(
        marked.log().contains("marked as translated from the current source: direct-connect"));
    assertEquals("up-to-date", stateIn(build.read(STATUS), "en", "direct-connect"));
    assertEquals(
        changedLines(recordBefore, build.read(RECORD)),
        List.of("direct-connect"),
        "marking changed other sections' records");
  }

  private static void theDraftShowsStaleAndUntranslatedSections(
      TempBuild build, TempBuild.Result draft) {
    assertTrue(draft.log().contains("warning: section \"direct-connect\" is stale"), draft.log());
    assertTrue(
        draft.log().contains("warning: section \"aws-wavelength\" is not translated into en"),
        draft.log());
    assertTrue(
        draft
            .log()
            .contains(
                "translation en: 10 sections: 6 up to date, 1 stale, 3 untranslated, 0 orphaned"),
        draft.log());
    String status = build.read(STATUS);
    assertEquals("stale", stateIn(status, "en", "direct-connect"));
    assertEquals("untranslated", stateIn(status, "en", "aws-wavelength"));
    for (String id : List.of("article-0003", "peering-transit-gateway", "colophon")) {
      assertEquals("up-to-date", stateIn(status, "en", id), id);
    }

    Document html = Jsoup.parse(build.read("content-en/target/html/en/index.html"));
    Element stale = html.getElementById("direct-connect").parent();
    Element notice = stale.selectFirst(".admonitionblock.translation-notice");
    assertNotNull(notice, "no notice on the stale section");
    assertTrue(notice.text().contains(STALE_NOTICE), notice.text());
    assertEquals("../ja/index.html#direct-connect", notice.selectFirst("a").attr("href"));
    Element untranslated = html.getElementById("aws-wavelength").parent();
    assertTrue(
        untranslated.selectFirst(".translation-notice").text().contains(UNTRANSLATED_NOTICE));
    assertTrue(untranslated.text().contains("5G関連のサービスです"), "the source text is not shown");
    assertNull(
        html.getElementById("peering-transit-gateway").parent().selectFirst(".translation-notice"),
        "an up-to-date section has a notice");

    String pdf =
        PdfText.unwrapped(pdfText(build.resolve("content-en/target/pdf/aws-network-en.pdf")));
    assertTrue(pdf.contains(PdfText.unwrapped(STALE_NOTICE)), "no stale notice in the PDF");
    assertTrue(pdf.contains(PdfText.unwrapped(UNTRANSLATED_NOTICE)), "no notice in the PDF");
    assertTrue(pdf.contains("5G関連のサービスです"), "the source text is not in the PDF");
  }

  /**
   * The handout bundle of the draft has a parallel edition of each translation, the new locale's
   * too (HTML and PDF); each shows a stale or untranslated section's notice in the translated
   * column, and an untranslated section's translated column holds the notice alone.
   */
  private static void theParallelEditionsShowTheNoticesInTheTranslatedColumn(TempBuild build) {
    Path bundle = build.resolve(BUNDLE);
    for (String pair : List.of("ja-en", "ja-ko")) {
      assertTrue(Files.isRegularFile(bundle.resolve(pair + "/index.html")), pair);
      assertTrue(
          Files.isRegularFile(bundle.resolve("aws-network-articles-0003-0004-" + pair + ".pdf")),
          pair);
    }
    Document en = Jsoup.parse(build.read(BUNDLE + "/ja-en/index.html"));
    Element stale = en.selectFirst("#direct-connect > .notice-pair");
    assertNotNull(stale, "no notice on the stale section of the parallel edition");
    assertEquals("", stale.selectFirst(".side.source").text());
    assertTrue(stale.selectFirst(".side.translation[lang=en]").text().contains(STALE_NOTICE));
    assertTrue(
        en.select("#direct-connect > .pair:not(.notice-pair) > .side.translation").stream()
            .anyMatch(side -> !side.text().isEmpty()),
        "the stale section's translation is not shown");
    Element untranslated = en.getElementById("aws-wavelength");
    assertTrue(
        untranslated
            .selectFirst("> .notice-pair > .side.translation")
            .text()
            .contains(UNTRANSLATED_NOTICE));
    assertTrue(
        untranslated.select("> .pair:not(.notice-pair) > .side.translation").stream()
            .allMatch(side -> side.text().isEmpty()),
        "the translated column of an untranslated section shows more than its notice");
    assertTrue(
        untranslated
            .selectFirst("> .pair:not(.notice-pair):not(.heading-pair) > .side.source")
            .text()
            .contains("5G関連のサービスです"));
    Document ko = Jsoup.parse(build.read(BUNDLE + "/ja-ko/index.html"));
    Element article = ko.getElementById("article-0003");
    assertNotNull(article.selectFirst("> .notice-pair > .side.translation[lang=ko]"));
    assertTrue(
        build.read(BUNDLE + "/index.html").contains("ja-ko/index.html"),
        "the new locale's edition is not on the landing page");
  }

  /**
   * A new post, which book:import (bound to process-classes, {@code -Dpost} naming the post) turns
   * into a chapter in the draft build below, in its process-classes pass, before the books are
   * built; the editor has added the chapter's include line to the Japanese book's index, as the
   * import's note asks. (The import once had a Maven build of its own, the same command as the
   * draft's first pass: one Maven run less.)
   */
  private static void aNewPostIsIncludedAsAChapter(TempBuild build) throws IOException {
    build.write(NEW_POST_FILE, NEW_POST);
    build.write("assets/images/0004-1.png", png());
    String index = "content-ja/src/docs/asciidoc/index.adoc";
    String include = "include::{book-source-dir}/chapters/_article-0003.adoc[]\n";
    build.write(
        index,
        build
            .read(index)
            .replace(
                include, include + "\ninclude::{book-source-dir}/chapters/_article-0004.adoc[]\n"));
  }

  /**
   * The imported chapter is in both books and their tables of contents (its table and list on the
   * Japanese page, its image beside it), in English under the untranslated notice, and in the
   * bundle's books of each locale, whose files are named for both articles.
   */
  private static void theNewChapterIsInBothBooksTheirTablesOfContentsAndTheBundle(TempBuild build)
      throws IOException {
    Document ja = Jsoup.parse(build.read("content-ja/target/html/ja/index.html"));
    Document en = Jsoup.parse(build.read("content-en/target/html/en/index.html"));
    for (Document book : List.of(ja, en)) {
      assertNotNull(book.getElementById("article-0004"), book.title());
      assertFalse(book.select("#toc a[href=#article-0004]").isEmpty(), book.title());
    }
    String chapter = ja.getElementById("article-0004").parent().text();
    assertTrue(chapter.contains("パブリック") && chapter.contains("ルートテーブル"), chapter);
    assertFalse(ja.select("img[src$=0004-1.png]").isEmpty());
    assertTrue(
        en.getElementById("article-0004").parent().text().contains(UNTRANSLATED_NOTICE),
        en.getElementById("article-0004").parent().text());
    Path bundle = build.resolve(BUNDLE);
    for (String lang : List.of("ja", "en")) {
      assertTrue(
          Files.isRegularFile(bundle.resolve("aws-network-articles-0003-0004-" + lang + ".pdf")),
          lang);
      assertNotNull(
          Jsoup.parse(build.read(BUNDLE + "/" + lang + "/index.html"))
              .getElementById("article-0004"),
          lang);
    }
  }

  private static final String NEW_POST =
      """
      ---
      layout: post
      title: "article0004-AWSのネットワーク４"
      date: 2026-01-05
      author: Seal
      ---

      # ☁️ article0004　AWSのネットワーク４

      今回は、VPCのサブネットの話です。

      ## サブネットの種類

      | 種類 | 経路 |
      |:---|:---|
      | パブリック | インターネットゲートウェイ |
      | プライベート | NATゲートウェイ |

      - ルートテーブル
      - セキュリティグループ

      ![サブネットの図]( /assets/images/0004-1.png )

      以上です。
      """;

  /** A small PNG picture, 40 by 20 pixels. */
  private static byte[] png() throws IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static void theNewLocaleShowsEverySectionUntranslated(TempBuild build) {
    String status = build.read(STATUS);
    for (String id :
        List.of(
            "article-0003",
            "direct-connect",
            "peering-transit-gateway",
            "aws-wavelength",
            "article-0004",
            "colophon")) {
      assertEquals("untranslated", stateIn(status, "ko", id), id);
    }
    Document html = Jsoup.parse(build.read("content-ko/target/html/ko/index.html"));
    assertEquals("ko", html.selectFirst("html").attr("lang"));
    for (String id : List.of("article-0003", "direct-connect", "aws-wavelength")) {
      Element section = html.getElementById(id);
      assertNotNull(section, "no section " + id + " in the new locale's page");
      assertNotNull(section.parent().selectFirst(".translation-notice"), id);
    }
    assertTrue(html.text().contains("5G関連のサービスです"), "the source text is not shown");
    assertTrue(build.resolve("content-ko/target/pdf/aws-network-ko.pdf").toFile().isFile());
    theNewLocaleHasTheSourcesOutlineAndKoreanLabels(build, html);
  }

  /**
   * Untranslated sections appear where the source has them (the colophon last, not first), and the
   * built-in labels are Asciidoctor's Korean ones, not English; the glossary's title, which neither
   * Asciidoctor nor ICU has, stays English for the translator to translate.
   */
  private static void theNewLocaleHasTheSourcesOutlineAndKoreanLabels(
      TempBuild build, Document html) {
    // The en page of the same draft has every section in the source's order: the structure
    // check makes it so, and en shows its one untranslated section in place too.
    Document en = Jsoup.parse(build.read("content-en/target/html/en/index.html"));
    assertEquals(
        List.of(
            "article-0003",
            "direct-connect",
            "peering-transit-gateway",
            "aws-wavelength",
            "article-0004",
            "article-0004-section-1",
            "glossary",
            "sources",
            "about-this-edition",
            "colophon"),
        outline(en));
    assertEquals(outline(en), outline(html));
    assertEquals("차례", html.getElementById("toctitle").text());
    assertEquals("주의", html.selectFirst(".translation-notice td.icon .title").text());
    assertTrue(
        html.getElementById("glossary").text().startsWith("부록 A: "), "not a Korean appendix");
    assertTrue(
        build.read("content-ko/src/docs/asciidoc/index.adoc").contains("\nv1.0, 2026년 12월 7일\n"),
        "the header's date is not written the Korean way");
  }

  /** The IDs of the page's sections in the order of the page, every level. */
  private static List<String> outline(Document html) {
    return html.select("#content h1[id], #content h2[id], #content h3[id]").eachAttr("id");
  }

  private static void aStructureDifferenceIsAnErrorNamingBothPlaces(TempBuild.Result result) {
    assertTrue(
        Pattern.compile(
                "content-en/src/docs/asciidoc/chapters/_article-0003\\.adoc:(\\d+):1: error:"
                    + " section \"article-0003\" has the table \"tbl-service-layers\" at line \\1"
                    + " \\(rows: 3, columns: 4\\) where the source section"
                    + " \\(content-ja/src/docs/asciidoc/chapters/_article-0003\\.adoc:7\\) has it"
                    + " with rows: 4, columns: 4 \\(at"
                    + " content-ja/src/docs/asciidoc/chapters/_article-0003\\.adoc:\\d+\\)")
            .matcher(result.log())
            .find(),
        result.log());
  }

  /** The state of a section in one locale of status.json. */
  private static String stateIn(String json, String locale, String id) {
    int from = json.indexOf("\"locale\": \"" + locale + "\"");
    assertTrue(from >= 0, "no locale " + locale + " in " + json);
    return stateIn(json.substring(from), id);
  }

  /** The state of a section in the first locale of status.json from the given text on. */
  private static String stateIn(String json, String id) {
    Matcher state =
        Pattern.compile(
                "\\{\"id\": \""
                    + Pattern.quote(id)
                    + "\", \"title\": \"[^\"]*\", \"state\": \"([a-z-]+)\"")
            .matcher(json);
    assertTrue(state.find(), "no section " + id + " in " + json);
    return state.group(1);
  }

  private static List<String> changedLines(String before, String after) {
    List<String> old = before.lines().toList();
    return after
        .lines()
        .filter(line -> !old.contains(line))
        .map(line -> line.replaceFirst(" = .*", ""))
        .toList();
  }

  private static String pdfText(Path pdf) {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return PdfText.of(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
