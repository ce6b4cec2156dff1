package io.github.awsnetbook.tools.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.markup.Markup;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpubBookTest {

  private static final String PAGE =
      "<!doctype html><html lang=\"en\"><head><title>A Book</title>"
          + "<meta name=\"author\" content=\"Seal\"><meta name=\"description\" content=\"Short.\">"
          + "<script>alert(1)</script></head>"
          + "<body class=\"book toc2 toc-left\"><div id=\"header\" role=\"banner\">"
          + "<nav class=\"locale-switcher\"><a href=\"../ja/index.html\">日本語</a></nav>"
          + "<h1>A Book</h1><div class=\"details\"><span class=\"author\">Seal</span></div>"
          + "<div id=\"toc\" class=\"toc2\"><div id=\"toctitle\">Contents</div>"
          + "<ul class=\"sectlevel1\"><li><a href=\"#one\">One</a></li>"
          + "<li><a href=\"#glossary\">Glossary</a></li></ul></div></div>"
          + "<div id=\"content\" role=\"main\"><div class=\"sect1\">"
          + "<p class=\"section-locales\"><a href=\"../ja/index.html#one\">日本語</a></p>"
          + "<h2 id=\"one\"><a class=\"anchor\" href=\"#one\"></a>One</h2>"
          + "<p>The text of the first chapter, which goes on to the second printed page.</p>"
          + "<p>See <a href=\"#glossary\">the glossary</a>.</p></div>"
          + "<div class=\"sect1\"><h2 id=\"glossary\">Glossary</h2><p>VPC: a network.</p></div>"
          + "</div></body></html>";

  @Test
  void theEpubIsTheFinishedPageWithItsNavigationAndTheSameBytesEveryTime(@TempDir Path folder)
      throws IOException {
    Files.createDirectories(folder.resolve("css"));
    Files.writeString(folder.resolve("css/book.css"), "@page { size: A4; }\np { color: #111; }\n");
    Document page = Markup.parseHtml(PAGE, "");
    byte[] pdf =
        pdf(
            "A Book Seal",
            "Contents One . . 3 Glossary . . 4",
            "One The text of the first chapter,",
            "which goes on to the second printed page. See the glossary. Glossary");
    EpubRequest request =
        new EpubRequest(folder, "book-en.epub", "book-en.pdf", LocalDate.of(2026, 12, 7));
    byte[] epub = new EpubBook(request).make(page, pdf);
    assertArrayEquals(epub, new EpubBook(request).make(page, pdf), "the same bytes");
    assertEquals(
        Markup.parseHtml(PAGE, "").outerHtml(), page.outerHtml(), "the page is left as it is");

    Map<String, String> files = unzip(epub);
    assertEquals(
        List.of(
            "mimetype",
            "META-INF/container.xml",
            "EPUB/package.opf",
            "EPUB/cover.xhtml",
            "EPUB/nav.xhtml",
            "EPUB/book.xhtml",
            "EPUB/css/book.css"),
        new ArrayList<>(files.keySet()));
    assertEquals("p { color: #111; }\n", files.get("EPUB/css/book.css"));
    String nav = files.get("EPUB/nav.xhtml");
    assertTrue(
        nav.contains(
            "<ol class=\"sectlevel1\"><li><a href=\"book.xhtml#one\">One</a></li>"
                + "<li><a href=\"book.xhtml#glossary\">Glossary</a></li></ol>"),
        nav);
    assertTrue(nav.contains("<a epub:type=\"glossary\" href=\"book.xhtml#glossary\">"), nav);
    assertTrue(
        nav.contains(
            "<li><a href=\"cover.xhtml#page-1\">1</a></li><li><a href=\"nav.xhtml#page-2\">2</a>"
                + "</li><li><a href=\"book.xhtml#page-3\">3</a></li><li><a"
                + " href=\"book.xhtml#page-4\">4</a></li>"),
        nav);
    String book = files.get("EPUB/book.xhtml");
    assertTrue(
        book.contains(
            "first chapter, <span id=\"page-4\" epub:type=\"pagebreak\" role=\"doc-pagebreak\""
                + " aria-label=\"4\"></span>which goes on"),
        book);
    assertTrue(book.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\""), book);
    assertTrue(book.contains("lang=\"en\" xml:lang=\"en\""), book);
    assertTrue(book.contains("<body class=\"book epub\">"), book);
    assertTrue(book.contains("See <a href=\"#glossary\">the glossary</a>."), book);
    for (String text : files.values()) {
      assertTrue(!text.contains("<script") && !text.contains("../ja/"), text);
      assertTrue(!text.contains("class=\"anchor\""), text);
    }
    String opf = files.get("EPUB/package.opf");
    assertTrue(opf.contains("<dc:language>en</dc:language>"), opf);
    assertTrue(opf.contains("<meta property=\"dcterms:modified\">2026-12-07T00:00:00Z</meta>"));
    assertTrue(opf.contains("<dc:source>book-en.pdf</dc:source>"), opf);
    assertTrue(opf.contains("<spine page-progression-direction=\"ltr\">"), opf);
    assertTrue(opf.contains("<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1"));
  }

  @Test
  void theEpubsSourceIsTheOriginalThePageNamesNotAPdf() {
    Document page =
        Markup.parseHtml(
            PAGE.replace(
                "<script>",
                "<meta name=\"dcterms.source\" content=\"Part 3 of the author’s blog series\">"
                    + "<script>"),
            "");
    assertEquals("Part 3 of the author’s blog series", PackageDocument.Metadata.of(page).source());
    // Without it, the printed edition (the unit test's page above).
    assertEquals("", PackageDocument.Metadata.of(Markup.parseHtml(PAGE, "")).source());
  }

  @Test
  void theMimetypeIsFirstAndStoredAtItsFixedOffset(@TempDir Path folder) throws IOException {
    byte[] epub =
        new EpubBook(new EpubRequest(folder, "b.epub", "b.pdf", LocalDate.of(2026, 1, 2)))
            .make(Markup.parseHtml(PAGE, ""), pdf("A Book", "Contents", "One The text"));
    assertEquals("mimetypeapplication/epub+zip", new String(epub, 30, 28, StandardCharsets.UTF_8));
    assertEquals(0, epub[8], "stored: compression method 0");
  }

  @Test
  void aPageWithoutContentsGetsANavOfItsHeadingsOutsideTheReadingOrder(@TempDir Path folder)
      throws IOException {
    String page =
        "<!doctype html><html lang=\"ja\"><head><title>本</title></head><body class=\"book\">"
            + "<div id=\"header\"><h1>本</h1></div><div id=\"content\">"
            + "<h2 id=\"a\">一</h2><h3 id=\"a1\">一の一</h3><h3 id=\"a2\">一の二</h3>"
            + "<h2 id=\"b\">二</h2><p>Text of page 2</p></div></body></html>";
    Map<String, String> files =
        unzip(
            new EpubBook(new EpubRequest(folder, "b.epub", "b.pdf", LocalDate.of(2026, 1, 2)))
                .make(Markup.parseHtml(page, ""), pdf("Title", "Text of page 2")));
    String nav = files.get("EPUB/nav.xhtml");
    assertTrue(
        nav.contains(
            "<h1 id=\"toctitle\">目次</h1><ol><li><a href=\"book.xhtml#a\">一</a><ol><li><a"
                + " href=\"book.xhtml#a1\">一の一</a></li><li><a href=\"book.xhtml#a2\">一の二</a>"
                + "</li></ol></li><li><a href=\"book.xhtml#b\">二</a></li></ol>"),
        nav);
    assertTrue(
        files
            .get("EPUB/package.opf")
            .contains(
                "<spine page-progression-direction=\"ltr\"><itemref idref=\"cover\">"
                    + "</itemref><itemref idref=\"book\"></itemref></spine>"),
        files.get("EPUB/package.opf"));
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /** A PDF of one page for each text. */
  private static byte[] pdf(String... pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (String text : pages) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
          content.newLineAtOffset(50, 700);
          content.showText(text);
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
