package io.github.awsnetbook.tools.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the conversion's options and attributes, which the book plugin's convert step and the live
 * preview both use, do to a small book: the page as a reader gets it, not the settings restated.
 */
class BookConversionTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final String BOOK =
      """
      = A Small Book
      :doctype: book
      :lang: en

      [#first]
      == First Chapter

      See <<fig-one>> and the {book-lang} book.

      [#fig-one]
      .A figure
      image::one.svg[One]

      === Second Level Part

      Text.

      ==== Third Level Part

      Deeper text.

      == Direct Connect

      The {no-such-attribute} attribute is missing.
      """;

  @TempDir Path root;
  private BookLayout layout;
  private final List<LogRecord> logged = new ArrayList<>();

  @BeforeEach
  void repository() throws IOException {
    layout =
        new BookLayout(root, "en", "ja", List.of("ja", "en"), root.resolve("content-en/target"));
    Files.createDirectories(layout.sourceDir());
    Files.writeString(layout.document(), BOOK, StandardCharsets.UTF_8);
    Files.createDirectories(layout.themeDir().resolve("html"));
    Files.writeString(
        layout.themeDir().resolve("html/docinfo.html"),
        "<meta name=\"book-docinfo\" content=\"shared\">\n",
        StandardCharsets.UTF_8);
  }

  private Document converted() throws IOException {
    Path toDir = layout.buildDir().resolve("staging/html");
    LogHandler handler = logged::add;
    ASCIIDOCTOR.get().registerLogHandler(handler);
    try {
      ASCIIDOCTOR
          .get()
          .convertFile(layout.document().toFile(), BookConversion.htmlOptions(layout, toDir));
    } finally {
      ASCIIDOCTOR.get().unregisterLogHandler(handler);
    }
    return Jsoup.parse(toDir.resolve("index.html").toFile(), "UTF-8");
  }

  @Test
  void theTableOfContentsIsOnTheLeftWithTwoLevels() throws IOException {
    Element toc = converted().getElementById("toc");

    assertTrue(toc.hasClass("toc2"), toc.outerHtml());
    List<String> entries = toc.select("a").eachText();
    assertEquals(List.of("First Chapter", "Second Level Part", "Direct Connect"), entries);
  }

  @Test
  void aSectionWithoutAnIdGetsOneFromItsTitleWithoutPrefix() throws IOException {
    Document page = converted();

    assertEquals("Direct Connect", page.getElementById("direct-connect").text());
    assertEquals("First Chapter", page.getElementById("first").text());
  }

  @Test
  void aCrossReferenceToAFigureReadsAsItsShortLabelAndTheBookKnowsItsLanguage() throws IOException {
    Element paragraph = converted().select("#first ~ .sectionbody .paragraph p").first();

    assertEquals("See Figure 1 and the en book.", paragraph.text());
    assertEquals("#fig-one", paragraph.selectFirst("a").attr("href"));
  }

  @Test
  void aMissingAttributeIsAWarningSoThatTheBuildFails() throws IOException {
    converted();

    assertTrue(
        logged.stream()
            .anyMatch(
                record ->
                    record.getSeverity().name().equals("WARN")
                        && record.getMessage().contains("no-such-attribute")),
        logged.stream().map(LogRecord::getMessage).toList().toString());
  }

  @Test
  void thePageLinksItsStylesheetsAndImagesBesideItAndLoadsNoWebFont() throws IOException {
    Document page = converted();

    assertEquals("images/one.svg", page.selectFirst("#fig-one img").attr("src"));
    List<String> stylesheets = page.select("link[rel=stylesheet]").eachAttr("href");
    assertTrue(
        stylesheets.stream().allMatch(href -> href.startsWith("css/")), stylesheets.toString());
    assertFalse(stylesheets.isEmpty());
    // Linked, not embedded, so that the Content-Security-Policy can forbid inline code.
    assertTrue(page.select("style").isEmpty(), page.select("style").outerHtml());
    assertTrue(page.select("link[href*=fonts.googleapis]").isEmpty());
    assertEquals("shared", page.selectFirst("meta[name=book-docinfo]").attr("content"));
  }
}
