package io.github.awsnetbook.tools.handouts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.webfonts.WebFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutBundleTest {

  private static final String NAME = "book-1.0-handouts";

  @Test
  void twoRunsGiveTheSameZipInAnyTimeZone(@TempDir Path temp) throws IOException {
    Path root = repository(temp);
    assertEquals(0, run(root), "first run");
    byte[] first = Files.readAllBytes(root.resolve("target/" + NAME + ".zip"));
    TimeZone saved = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      assertEquals(0, run(root), "second run");
    } finally {
      TimeZone.setDefault(saved);
    }
    assertArrayEquals(first, Files.readAllBytes(root.resolve("target/" + NAME + ".zip")));
  }

  @Test
  void everyFileIsWorldReadableWhateverTheBooksFilesHad(@TempDir Path temp) throws IOException {
    Path root = repository(temp);
    Files.setPosixFilePermissions(
        root.resolve("content-en/target/pdf/book-en.pdf"),
        PosixFilePermissions.fromString("rw-------"));
    assertEquals(0, run(root));
    try (Stream<Path> tree = Files.walk(root.resolve("target/" + NAME))) {
      for (Path path : tree.toList()) {
        assertEquals(
            Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--",
            PosixFilePermissions.toString(Files.getPosixFilePermissions(path)),
            path.toString());
      }
    }
    assertEquals(
        "rw-r--r--",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(root.resolve("target/" + NAME + ".zip"))));
  }

  @Test
  void theBundleNamesItsPdfsAndEpubsAndSumsEveryFile(@TempDir Path temp) throws IOException {
    Path root = repository(temp);
    assertEquals(0, run(root));
    Path bundle = root.resolve("target/" + NAME);
    assertTrue(Files.isRegularFile(bundle.resolve("book-article-0003-ja.pdf")));
    assertTrue(Files.isRegularFile(bundle.resolve("book-article-0003-en.pdf")));
    assertTrue(Files.isRegularFile(bundle.resolve("book-article-0003-ja.epub")));
    List<String> sums = Files.readAllLines(bundle.resolve("SHA256SUMS"));
    assertTrue(
        sums.contains(Checksums.sha256("EPUB-en".getBytes()) + "  book-article-0003-en.epub"));
    assertTrue(
        sums.contains(Checksums.sha256("%PDF-en".getBytes()) + "  book-article-0003-en.pdf"));
    assertTrue(sums.stream().noneMatch(line -> line.endsWith("SHA256SUMS")), sums.toString());
    String landing = Files.readString(bundle.resolve("index.html"));
    assertTrue(landing.contains("<h2 class=\"language\">日本語</h2>"), landing);
    assertTrue(landing.contains("<h2 class=\"language\">English</h2>"), landing);
    assertTrue(
        landing.contains(
            "<a href=\"book-article-0003-en.epub\" type=\"application/epub+zip\" hreflang=\"en\">"),
        landing);
    Document page = Jsoup.parse(landing);
    assertEquals(
        "An English book & its \"quotes\" <em>",
        page.selectFirst("li[lang=en] .description").text(),
        "the description of the book's header, escaped once by jsoup: " + landing);
    assertEquals("Book en: the part", page.selectFirst("li[lang=en] .book-title").text(), landing);
    assertEquals("Book ja / Book en", page.title(), landing);
    assertEquals(
        "日本語の本。", page.selectFirst("meta[property=og:description]").attr("content"), landing);
    assertTrue(landing.contains("script-src 'none'"), landing);
    assertTrue(
        Files.readString(bundle.resolve("licences/content-en.txt")).contains("Author: Seal"));
  }

  @Test
  void theColophonAsTextKeepsItsListsAndTheWholeAddressOfALink(@TempDir Path temp)
      throws IOException {
    Path root = repository(temp);
    assertEquals(0, run(root));
    assertEquals(
        """
        Colophon

        Author: Seal
        Terms: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)

        The editors added these:

        * The glossary.
        * The sources.

        Typeface.
        """,
        Files.readString(root.resolve("target/" + NAME + "/licences/content-en.txt")));
  }

  @Test
  void aMissingBookNamesTheCommandThatBuildsIt(@TempDir Path temp) throws IOException {
    Path root = repository(temp);
    Files.delete(root.resolve("content-en/target/html/en/index.html"));
    HandoutBundle bundle = new HandoutBundle(request(root), HandoutBundleTest::header);
    IllegalStateException missing = assertThrows(IllegalStateException.class, bundle::assemble);
    assertTrue(
        missing.getMessage().contains("mvn -pl content-en -am package"), missing.getMessage());
  }

  @Test
  void severalArticlesAreNamedByTheirFirstAndLast(@TempDir Path temp) throws IOException {
    Files.createFile(temp.resolve("_article-0004.adoc"));
    Files.createFile(temp.resolve("_article-0003.adoc"));
    Files.createFile(temp.resolve("_colophon.adoc"));
    assertEquals("articles-0003-0004", Articles.slug(temp));
  }

  @Test
  void sizesAreWrittenAsTheLocaleWritesThem() {
    assertEquals("186 kB", LandingPage.size(185_617, "en"));
    // The SI symbol in Japanese too, where CLDR writes "KB".
    assertEquals("186 kB", LandingPage.size(185_617, "ja"));
    assertEquals("1.2 MB", LandingPage.size(1_234_567, "en"));
  }

  private static Path repository(Path root) throws IOException {
    for (String lang : List.of("ja", "en")) {
      Path html = Files.createDirectories(root.resolve("content-" + lang + "/target/html/" + lang));
      Files.writeString(
          html.resolve("index.html"),
          "<!DOCTYPE html><html lang=\""
              + lang
              + "\"><head><title>The page's own title</title><meta name=\"description\""
              + " content=\"The page's own description\"></head><body><div class=\"sect1\"><h2"
              + " id=\"colophon\">Colophon</h2><div class=\"hdlist\"><table><tr><td"
              + " class=\"hdlist1\">Author</td><td class=\"hdlist2\"><p>Seal</p></td></tr><tr><td"
              + " class=\"hdlist1\">Terms</td><td class=\"hdlist2\"><p>CC BY 4.0 (<a"
              + " href=\"https://creativecommons.org/licenses/by/4.0/\" class=\"bare\">"
              + "creativecommons.org/licenses/by/4.0/</a>)</p></td></tr></table></div><div"
              + " class=\"paragraph\"><p>The editors added these:</p></div><div"
              + " class=\"ulist\"><ul><li><p>The glossary.</p></li><li><p>The"
              + " sources.</p></li></ul></div><div class=\"paragraph\"><p>Typeface.</p></div></div>"
              + "</body></html>");
      Files.createDirectories(html.resolve("css"));
      Files.writeString(html.resolve("css/book.css"), "body{}");
      Path pdf = Files.createDirectories(root.resolve("content-" + lang + "/target/pdf"));
      Files.writeString(pdf.resolve("book-" + lang + ".pdf"), "%PDF-" + lang);
      Files.writeString(pdf.resolve("book-" + lang + ".epub"), "EPUB-" + lang);
    }
    Path chapters = Files.createDirectories(root.resolve("content-ja/src/docs/asciidoc/chapters"));
    Files.createFile(chapters.resolve("_article-0003.adoc"));
    Path theme = Files.createDirectories(root.resolve("theme"));
    Files.writeString(
        theme.resolve("docinfo.html"),
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\">\n"
            + "<link rel=\"stylesheet\" href=\"css/book.css\">\n");
    Files.writeString(theme.resolve("landing.css"), "body{}");
    Files.writeString(theme.resolve("OFL.txt"), "SIL Open Font License");
    return root;
  }

  /** The header of each book's source model, as the book's index.adoc would give it. */
  private static SourceModel.Header header(String lang) {
    return new SourceModel.Header(
        Path.of("content-" + lang + "/src/docs/asciidoc/index.adoc"),
        Map.of(
            "doctitle",
            "Book " + lang + ": the part",
            "description",
            lang.equals("en") ? "An English book &amp; its \"quotes\" <em>" : "日本語の本。"),
        List.of());
  }

  private static int run(Path root) {
    new HandoutBundle(request(root), HandoutBundleTest::header).assemble();
    return 0;
  }

  private static BundleRequest request(Path root) {
    return new BundleRequest(
        root,
        List.of("ja", "en"),
        "ja",
        root.resolve("target"),
        NAME,
        Instant.parse("2025-10-13T00:00:00Z"),
        root.resolve("theme/docinfo.html"),
        root.resolve("theme/landing.css"),
        root.resolve("theme/OFL.txt"),
        List.of(
            new WebFont(
                "Noto Sans JP Book", 400, Path.of("../theme/fonts/NotoSansJP-Regular.ttf"))),
        // The fixture's books are stand-ins: the parallel editions are tested on the real ones
        // (book-tests, ParallelEditionIT).
        Optional.empty());
  }
}
