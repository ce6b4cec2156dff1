package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each locale's EPUB (content-{@code <lang>}/target/pdf/aws-network-{@code <lang>}.epub) as
 * publishers check one: EPUBCheck without a message, the printed edition's pages in its page list,
 * its navigation, its figures and tables, its accessibility metadata, its reading order against the
 * HTML page, its zip, and that it loads nothing from outside. Ace by DAISY runs on it in the
 * handouts module (AceIT), where the npm tools are.
 */
@ExtendWith(ReadBooks.Shared.class)
class EpubIT {

  private static final String BOOK = "book.xhtml";

  private final ReadBooks books;

  EpubIT(ReadBooks books) {
    this.books = books;
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void epubCheckFindsNothing(String lang) {
    Epub epub = Epub.of(Book.of(lang));
    DefaultReportImpl report = new DefaultReportImpl(epub.file().toString());
    new EpubCheck(epub.file().toFile(), report).doValidate();
    assertEquals(0, report.getFatalErrorCount(), lang + ": EPUBCheck's fatal errors (see the log)");
    assertEquals(0, report.getErrorCount(), lang + ": EPUBCheck's errors (see the log)");
    assertEquals(0, report.getWarningCount(), lang + ": EPUBCheck's warnings (see the log)");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void thePageListHasEveryPrintedPageEachMarkedWhereItsTextBegins(String lang) throws IOException {
    Book book = Book.of(lang);
    Epub epub = Epub.of(book);
    PDDocument pdf = books.pdf(book);
    List<Element> entries = epub.nav().select("nav[epub:type=page-list] a[href]");
    assertEquals(pdf.getNumberOfPages(), entries.size(), lang + ": page list entries");
    Map<String, Document> spine = epub.spine();
    List<String> wrong = new ArrayList<>();
    for (int page = 1; page <= entries.size(); page++) {
      Element entry = entries.get(page - 1);
      assertEquals(Integer.toString(page), entry.text(), lang + ": the page list's label");
      String[] target = entry.attr("href").split("#", 2);
      Document document = spine.get(target[0]);
      assertNotNull(document, lang + ": page " + page + " leads out of the spine: " + target[0]);
      Element marker = document.getElementById(target[1]);
      assertNotNull(marker, lang + ": no marker " + entry.attr("href"));
      assertEquals("pagebreak", Epub.epubType(marker), lang + ": " + marker);
      assertEquals("doc-pagebreak", marker.attr("role"));
      assertEquals(Integer.toString(page), marker.attr("aria-label"));
      String after = textAfter(marker, spine);
      String printed = squeezed(pageText(pdf, page));
      if (after.isEmpty() || !printed.contains(after)) {
        wrong.add("page " + page + ": the EPUB reads \"" + after + "\" after its marker");
      }
    }
    assertEquals(List.of(), wrong, lang + ": markers not followed by their page's text");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void everyHeadingOfTheBookIsInTheNav(String lang) {
    Epub epub = Epub.of(Book.of(lang));
    Document nav = epub.nav();
    Element toc = nav.selectFirst("nav[epub:type=toc]");
    assertNotNull(toc, lang + ": no toc nav");
    // A discrete heading (the Japanese glossary's 英数字, あ行 …) opens no section: the nav, as the
    // contents and the bookmarks, lists sections.
    List<Element> headings =
        epub.spine().get(BOOK).select("h1, h2, h3, h4, h5, h6").not(".discrete");
    assertTrue(headings.size() >= 5, lang + ": only " + headings.size() + " headings");
    for (Element heading : headings) {
      Element link = toc.selectFirst("a[href=" + BOOK + "#" + heading.id() + "]");
      assertNotNull(link, lang + ": heading not in the nav: " + heading.text());
      assertEquals(heading.text(), link.text(), lang + ": the nav names a heading otherwise");
    }
    List<String> landmarks = new ArrayList<>();
    nav.select("nav[epub:type=landmarks] a").forEach(a -> landmarks.add(Epub.epubType(a)));
    assertEquals(
        List.of("cover", "toc", "bodymatter", "glossary", "bibliography", "afterword", "colophon"),
        landmarks,
        lang + ": landmarks");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theCoverIsTheTitlePage(String lang) {
    Book book = Book.of(lang);
    Epub epub = Epub.of(book);
    Element cover = epub.nav().selectFirst("nav[epub:type=landmarks] a[epub:type=cover]");
    Document page = epub.spine().get(cover.attr("href"));
    assertNotNull(page, lang + ": the cover is not in the spine");
    assertEquals(
        cover.attr("href"),
        epub.spine().keySet().iterator().next(),
        lang + ": the spine starts elsewhere");
    Element html = books.html(book).selectFirst("#header h1");
    assertEquals(html.text(), page.selectFirst("h1").text(), lang + ": the cover's title");
    assertEquals(
        books.html(book).selectFirst("#header .details").text(),
        page.selectFirst(".details").text(),
        lang + ": the cover's author and edition");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void everyFigureIsAnSvgWithItsAltTextAndEveryTableHasHeaderCells(String lang) {
    Book book = Book.of(lang);
    Document content = Epub.of(book).spine().get(BOOK);
    List<Element> figures = content.select("div.imageblock svg");
    assertEquals(
        books.html(book).select("div.imageblock svg").size(), figures.size(), lang + ": figures");
    assertTrue(figures.size() >= 5, lang + ": only " + figures.size() + " figures");
    for (Element svg : figures) {
      assertEquals("img", svg.attr("role"), lang + ": a figure's role");
      assertFalse(svg.attr("aria-label").isBlank(), lang + ": a figure without alt text");
    }
    List<Element> tables = content.select("table.tableblock");
    assertEquals(
        books.html(book).select("table.tableblock").size(), tables.size(), lang + ": tables");
    for (Element table : tables) {
      assertFalse(table.select("th").isEmpty(), lang + ": a table without header cells");
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theMetadataSaysWhatTheBookIsAndHowAccessibleItIs(String lang) {
    Epub epub = Epub.of(Book.of(lang));
    Document opf = epub.packageDocument();
    assertEquals(lang, opf.selectFirst("dc|language").text());
    assertFalse(opf.selectFirst("dc|title").text().isBlank());
    assertFalse(opf.selectFirst("dc|identifier").text().isBlank());
    assertEquals(List.of(outputTimestamp().toInstant().toString()), meta(opf, "dcterms:modified"));
    assertEquals("ltr", opf.selectFirst("spine").attr("page-progression-direction"));
    assertEquals(List.of("textual", "visual"), meta(opf, "schema:accessMode"));
    assertTrue(meta(opf, "schema:accessModeSufficient").contains("textual"));
    assertTrue(
        meta(opf, "schema:accessibilityFeature")
            .containsAll(
                List.of(
                    "printPageNumbers",
                    "pageNavigation",
                    "tableOfContents",
                    "structuralNavigation",
                    "alternativeText")),
        lang + ": " + meta(opf, "schema:accessibilityFeature"));
    assertEquals(List.of("none"), meta(opf, "schema:accessibilityHazard"));
    assertEquals(1, meta(opf, "schema:accessibilitySummary").size());
    assertEquals(
        List.of("EPUB Accessibility 1.1 - WCAG 2.2 Level AA"), meta(opf, "dcterms:conformsTo"));
    assertEquals(List.of(), meta(opf, "a11y:certifiedBy"), lang + ": no one certified it");
    assertFalse(opf.selectFirst("dc|source").text().isBlank(), lang + ": the page list's source");
    for (Map.Entry<String, Document> document : epub.spine().entrySet()) {
      Element html = document.getValue().selectFirst("html");
      assertEquals(lang, html.attr("lang"), document.getKey());
      assertEquals(lang, html.attr("xml:lang"), document.getKey());
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theSpineReadsAsTheHtmlPageReads(String lang) {
    Book book = Book.of(lang);
    Document page = books.html(book).clone();
    // The links to the other locales' pages are the web site's, not the book's.
    page.select("nav.locale-switcher, p.section-locales").remove();
    StringBuilder epub = new StringBuilder();
    for (Document document : Epub.of(book).spine().values()) {
      Element body = document.selectFirst("body").clone();
      body.select("[hidden]").remove();
      epub.append(body.text());
    }
    assertEquals(squeezed(page.body().text()), squeezed(epub.toString()), lang);
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theZipIsReproducibleInFormMimetypeFirstAndStored(String lang) {
    Epub epub = Epub.of(Book.of(lang));
    ZipEntry first = epub.entries().get(0);
    assertEquals("mimetype", first.getName());
    assertEquals(ZipEntry.STORED, first.getMethod());
    assertEquals("application/epub+zip", epub.text("mimetype"));
    assertEquals(null, first.getExtra(), "the mimetype's data at offset 38");
    LocalDateTime time = LocalDateTime.ofInstant(outputTimestamp().toInstant(), ZoneOffset.UTC);
    for (ZipEntry entry : epub.entries()) {
      assertEquals(time, entry.getTimeLocal(), lang + ": " + entry.getName() + "'s time");
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void nothingIsLoadedFromOutsideAndNothingRuns(String lang) {
    Epub epub = Epub.of(Book.of(lang));
    Set<String> files = epub.files().keySet();
    for (Map.Entry<String, Document> document : epub.spine().entrySet()) {
      Document xhtml = document.getValue();
      assertTrue(xhtml.select("script, iframe, object, embed").isEmpty(), document.getKey());
      for (Element element : xhtml.getAllElements()) {
        element
            .attributes()
            .forEach(
                attribute ->
                    assertFalse(
                        attribute.getKey().startsWith("on"),
                        document.getKey() + ": an event handler " + attribute));
      }
      for (Element resource : xhtml.select("[src], link[href], image, use")) {
        String reference =
            resource.hasAttr("src")
                ? resource.attr("src")
                : resource.hasAttr("href") ? resource.attr("href") : resource.attr("xlink:href");
        assertTrue(
            files.contains(epub.base() + reference),
            document.getKey() + ": a resource from outside the EPUB: " + resource);
      }
    }
    for (String file : files) {
      if (file.endsWith(".css")) {
        Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)").matcher(epub.text(file));
        while (url.find()) {
          String target = url.group(1);
          String resolved = file.substring(0, file.lastIndexOf('/') + 1) + target;
          assertTrue(
              target.startsWith("data:") || files.contains(resolved), file + " loads " + target);
        }
        assertFalse(epub.text(file).contains("@import"), file);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void japaneseIsSetWithTheBooksFontSubsetAndStrictLineBreaking(String lang) {
    Epub epub = Epub.of(Book.of(lang));
    Document opf = epub.packageDocument();
    List<String> fonts = new ArrayList<>();
    opf.select("manifest > item[media-type=font/ttf]").forEach(i -> fonts.add(i.attr("href")));
    assertEquals(
        List.of("fonts/NotoSansJP-Bold.subset.ttf", "fonts/NotoSansJP-Regular.subset.ttf"), fonts);
    Book book = Book.of(lang);
    for (String font : fonts) {
      try {
        assertTrue(
            java.util.Arrays.equals(
                Files.readAllBytes(book.htmlFolder().resolve(font)),
                epub.files().get(epub.base() + font)),
            lang + ": the EPUB's " + font + " is not the HTML's subset");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String css = epub.text(epub.base() + "css/book.css");
    assertTrue(css.contains(":lang(ja) {\n  line-break: strict;"), "line-break: strict for ja");
    assertFalse(css.contains("@page"), "the printed pages' rules are the PDF's");
  }

  /** The font's licence goes with the font subsets the EPUB carries, as the OFL asks. */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theFontsLicenceTravelsWithTheFont(String lang) throws IOException {
    Epub epub = Epub.of(Book.of(lang));
    assertEquals(
        "text/plain",
        epub.packageDocument().select("manifest > item[href=fonts/OFL.txt]").attr("media-type"),
        lang + ": the licence in the manifest");
    assertTrue(
        java.util.Arrays.equals(
            Files.readAllBytes(Book.of(lang).htmlFolder().resolve("fonts/OFL.txt")),
            epub.files().get(epub.base() + "fonts/OFL.txt")),
        lang + ": the EPUB's OFL.txt is not the page's");
  }

  /** The text after a marker, to the end of the block it starts (at most 10 characters). */
  private static String textAfter(Element marker, Map<String, Document> spine) {
    List<TextNode> texts = new ArrayList<>();
    boolean[] seen = {false};
    for (Document document : spine.values()) {
      NodeTraversor.traverse(
          (node, depth) -> {
            if (node == marker) {
              seen[0] = true;
            } else if (seen[0] && node instanceof TextNode text && read(text)) {
              texts.add(text);
            }
          },
          document.selectFirst("body"));
    }
    StringBuilder after = new StringBuilder();
    Element block = null;
    for (TextNode text : texts) {
      String squeezed = squeezed(text.getWholeText());
      if (squeezed.isEmpty()) {
        continue;
      }
      Element textBlock = blockOf(text);
      if (block != null && textBlock != block) {
        break;
      }
      block = textBlock;
      after.append(squeezed);
      if (after.length() >= 10) {
        break;
      }
    }
    return after.length() > 10 ? after.substring(0, 10) : after.toString();
  }

  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "li", "dt", "dd", "div");

  private static Element blockOf(Node node) {
    for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
      if (parent instanceof Element element && BLOCKS.contains(element.tagName())) {
        return element;
      }
    }
    return null;
  }

  private static boolean read(TextNode text) {
    for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
      if (parent instanceof Element element
          && (element.tagName().equals("svg") || element.hasAttr("hidden"))) {
        return false;
      }
    }
    return true;
  }

  /** A page's running text in drawing order: no artifacts, figure labels or line-end hyphens. */
  private static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new ContentStreamOrderIT.ActualTextStripper();
    stripper.setSortByPosition(false);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  static String squeezed(String text) {
    return text.replaceAll("[\\s\\p{Z}\\u00ad\\u200b\\u2060]+", "");
  }

  private static List<String> meta(Document opf, String property) {
    List<String> values = new ArrayList<>();
    opf.select("meta[property=" + property + "]").forEach(m -> values.add(m.text()));
    return values;
  }

  private static OffsetDateTime outputTimestamp() {
    try {
      Matcher value =
          Pattern.compile("<project.build.outputTimestamp>([^<]+)<")
              .matcher(Files.readString(Book.root().resolve("pom.xml"), StandardCharsets.UTF_8));
      assertTrue(value.find(), "the root pom has no project.build.outputTimestamp");
      return OffsetDateTime.parse(value.group(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
