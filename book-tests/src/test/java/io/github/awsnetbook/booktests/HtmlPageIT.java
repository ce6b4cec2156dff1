package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTML folder of each locale is self-contained, carries its font and links its siblings. */
class HtmlPageIT {

  static Stream<Book> books() {
    return Book.all().stream();
  }

  @ParameterizedTest
  @MethodSource("books")
  void everyResourceThePageLoadsIsInsideItsFolder(Book book) {
    Document html = book.html();
    List<String> problems = new ArrayList<>();
    for (Element element : html.select("link[href], img[src], script[src], source[src]")) {
      String ref = element.hasAttr("src") ? element.attr("src") : element.attr("href");
      if (element.is("link[rel=alternate]")) {
        continue;
      }
      URI uri = URI.create(ref);
      if (uri.isAbsolute() || ref.startsWith("/") || ref.startsWith("//")) {
        problems.add("loads from outside the folder: " + ref);
      } else if (!Files.isRegularFile(book.htmlFolder().resolve(uri.getPath()).normalize())) {
        problems.add("missing file: " + ref);
      }
    }
    assertEquals(List.of(), problems, book.toString());
    assertFalse(html.select("script").size() > 0, book + ": the page has scripts");
  }

  @ParameterizedTest
  @MethodSource("books")
  void theFontSubsetHasAGlyphForEveryCharacterOfThePage(Book book) throws IOException {
    String text = book.html().body().text();
    for (String face : List.of("NotoSansJP-Regular.subset.ttf", "NotoSansJP-Bold.subset.ttf")) {
      Path font = book.htmlFolder().resolve("fonts").resolve(face);
      assertTrue(Files.size(font) < 1_000_000, face + " is not a subset: " + Files.size(font));
      try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font))) {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        List<String> missing =
            text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != 0xa0)
                .filter(c -> cmap.getGlyphId(c) == 0)
                .distinct()
                .mapToObj(Character::toString)
                .toList();
        assertEquals(List.of(), missing, book + ": characters without a glyph in " + face);
      }
    }
    String css = Files.readString(book.htmlFolder().resolve("fonts/book-fonts.css"));
    assertTrue(css.contains("font-weight: 700"), css);
    assertNotNull(book.html().selectFirst("link[rel=stylesheet][href=fonts/book-fonts.css]"));
  }

  @ParameterizedTest
  @MethodSource("books")
  void thePageLinksTheSamePageInEveryOtherLocale(Book book) {
    Document html = book.html();
    for (Book other : Book.all()) {
      if (other.equals(book)) {
        continue;
      }
      String href = "../" + other.lang() + "/index.html";
      assertNotNull(
          html.selectFirst("link[rel=alternate][hreflang=" + other.lang() + "][href=" + href + "]"),
          book + ": no alternate link to " + other);
      Element visible = html.selectFirst("nav.locale-switcher a[href=" + href + "]");
      assertNotNull(visible, book + ": no visible link to " + other);
      assertEquals(other.lang(), visible.attr("lang"));
      assertTrue(Files.isRegularFile(other.htmlPage()), "the other locale's page is missing");
    }
  }

  @ParameterizedTest
  @MethodSource("books")
  void thePageForbidsScriptsThroughItsContentSecurityPolicy(Book book) {
    Element csp = book.html().selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertNotNull(csp, book + ": no Content-Security-Policy");
    assertTrue(csp.attr("content").contains("script-src 'none'"), csp.attr("content"));
  }

  @ParameterizedTest
  @MethodSource("books")
  void theFontLicenceTravelsWithTheFont(Book book) throws IOException {
    assertTrue(Files.isRegularFile(book.htmlFolder().resolve("fonts/OFL.txt")));
    // Both families' notices: Noto Sans JP's, and Source Sans 3's, whose italic the page carries.
    String licence = Files.readString(book.htmlFolder().resolve("fonts/OFL.txt"));
    assertTrue(licence.contains("Noto Sans JP") && licence.contains("Source Sans 3"), licence);
  }

  /**
   * A page with italic text (the English titles of works) declares a true italic (Source Sans 3's,
   * a subset cut to the page like the other faces): Noto Sans JP has none, and a browser slants it.
   * A page without any (the Japanese) declares and carries none, which a browser would never load.
   */
  @ParameterizedTest
  @MethodSource("books")
  void aPageWithItalicTextCarriesATrueItalic(Book book) throws IOException {
    String fonts = Files.readString(book.htmlFolder().resolve("fonts/book-fonts.css"));
    Path italic = book.htmlFolder().resolve("fonts/SourceSans3-Italic.subset.ttf");
    if (book.html().select("em, i, cite").isEmpty()) {
      assertFalse(fonts.contains("italic"), book + ": an italic face no text uses: " + fonts);
      assertFalse(Files.exists(italic), book + ": an italic subset no text uses");
      return;
    }
    assertTrue(
        fonts.contains("font-style: italic;")
            && fonts.contains("src: url(\"SourceSans3-Italic.subset.ttf\")"),
        book + ": no italic face in " + fonts);
    assertTrue(Files.size(italic) < 40_000, book + ": the italic is not a subset");
  }

  @ParameterizedTest
  @MethodSource("books")
  void theTableScrollsSidewaysOnANarrowScreenAndThePageHasAPrintStyle(Book book)
      throws IOException {
    Element table = book.html().getElementById("tbl-service-layers");
    assertTrue(table.parent().hasClass("table-scroll"), book + ": the table is not in a scroller");
    String css = Files.readString(book.htmlFolder().resolve("css/book.css"));
    assertTrue(css.contains("@media print"), "no print stylesheet");
    int scroller = css.indexOf(".table-scroll {");
    assertTrue(
        scroller >= 0 && css.indexOf("overflow-x: auto", scroller) > scroller,
        "the table container does not scroll");
    int narrow = css.indexOf("@media screen and (max-width: 640px)");
    assertTrue(
        narrow >= 0 && css.indexOf("min-width", narrow) > narrow,
        "the table does not keep its width on a narrow screen");
  }
}
