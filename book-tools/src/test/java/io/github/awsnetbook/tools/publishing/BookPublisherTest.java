package io.github.awsnetbook.tools.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.markup.Markup;
import io.github.awsnetbook.tools.titlepage.TitleBlock;
import io.github.awsnetbook.tools.webfonts.WebFont;
import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class BookPublisherTest {

  private static final PageWords NO_EDITION = PageWords.none();

  static final String PAGE =
      "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<title>本</title>\n</head>\n"
          + "<body>\n<div id=\"header\">\n<h1>AWSのネットワーク</h1>\n</div>\n</body>\n</html>\n";

  @Test
  void theFinishedPageLinksItsFontsAndTheOtherLocales(@TempDir Path temp) throws IOException {
    Path target = stage(temp);
    assertEquals(0, run(temp, target));

    String html = Files.readString(target.resolve("html/ja/index.html"));
    assertTrue(html.contains("<link rel=\"stylesheet\" href=\"fonts/book-fonts.css\">"), html);
    assertTrue(html.contains("hreflang=\"en\" href=\"../en/index.html\""), html);
    assertTrue(html.indexOf("locale-switcher") > html.indexOf("<div id=\"header\">"), html);
    assertTrue(Files.size(target.resolve("html/ja/fonts/NotoSansJP-Regular.subset.ttf")) > 0);
    String css = Files.readString(target.resolve("html/ja/fonts/book-fonts.css"));
    assertTrue(css.contains("font-family: \"Noto Sans JP Book\""), css);
  }

  @Test
  void everyPublishedFileIsReadableByEveryone(@TempDir Path temp) throws IOException {
    Path target = stage(temp);
    assertEquals(0, run(temp, target));
    for (String file :
        List.of(
            "html/ja/index.html",
            "html/ja/fonts/NotoSansJP-Regular.subset.ttf",
            "html/ja/fonts/book-fonts.css",
            "pdf/book-ja.pdf")) {
      assertEquals(
          "rw-r--r--",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve(file))),
          file);
    }
  }

  @Test
  void thePdfIsPrintedFromThePageTaggedInItsLanguageAndMovesIntoPlace(@TempDir Path temp)
      throws IOException {
    Path target = stage(temp);
    assertEquals(0, run(temp, target));
    assertFalse(Files.exists(temp.resolve("staging/pdf/book-ja.pdf")), "left in staging");
    try (PDDocument pdf = Loader.loadPDF(target.resolve("pdf/book-ja.pdf").toFile())) {
      assertEquals("ja", pdf.getDocumentCatalog().getLanguage());
      assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "not tagged");
      assertTrue(new PDFTextStripper().getText(pdf).contains("AWSのネットワーク"));
    }
  }

  @Test
  void publishingTwiceGivesTheSameBytes(@TempDir Path temp) throws IOException {
    Path target = stage(temp);
    assertEquals(0, run(temp, target));
    byte[] pdf = Files.readAllBytes(target.resolve("pdf/book-ja.pdf"));
    byte[] font = Files.readAllBytes(target.resolve("html/ja/fonts/NotoSansJP-Regular.subset.ttf"));
    stage(temp);
    assertEquals(0, run(temp, target));
    assertTrue(java.util.Arrays.equals(pdf, Files.readAllBytes(target.resolve("pdf/book-ja.pdf"))));
    assertTrue(
        java.util.Arrays.equals(
            font,
            Files.readAllBytes(target.resolve("html/ja/fonts/NotoSansJP-Regular.subset.ttf"))));
  }

  @Test
  void withNothingStagedTheLastGoodBookStays(@TempDir Path temp) throws IOException {
    Path target = stage(temp);
    assertEquals(0, run(temp, target));
    byte[] good = Files.readAllBytes(target.resolve("html/ja/index.html"));

    AtomicFiles.deleteTree(temp.resolve("staging"));
    BookPublisher publisher = new BookPublisher(request(temp, target));
    IllegalStateException nothing =
        assertThrows(IllegalStateException.class, () -> publisher.publish(NO_EDITION));
    assertTrue(nothing.getMessage().contains("no converted page"), nothing.getMessage());
    assertTrue(
        java.util.Arrays.equals(good, Files.readAllBytes(target.resolve("html/ja/index.html"))));
  }

  @Test
  void aPageWithTwoElementsOfOneIdIsNotPublishedAndTheLastGoodBookStays(@TempDir Path temp)
      throws IOException {
    Path target = stage(temp);
    assertEquals(0, run(temp, target));
    byte[] good = Files.readAllBytes(target.resolve("html/ja/index.html"));
    byte[] goodPdf = Files.readAllBytes(target.resolve("pdf/book-ja.pdf"));

    stage(
        temp,
        PAGE.replace("<h1>", "<h1><a id=\"content\"></a>")
            .replace("</div>\n</body>", "</div>\n<div id=\"content\"><p>本文</p></div>\n</body>"));
    DiagnosticException refused =
        assertThrows(
            DiagnosticException.class,
            () -> new BookPublisher(request(temp, target)).publish(NO_EDITION));
    assertEquals("publishing/duplicate-id", refused.diagnostic().ruleId());
    assertTrue(refused.getMessage().contains("\"content\""), refused.getMessage());
    assertTrue(
        java.util.Arrays.equals(good, Files.readAllBytes(target.resolve("html/ja/index.html"))));
    assertTrue(
        java.util.Arrays.equals(goodPdf, Files.readAllBytes(target.resolve("pdf/book-ja.pdf"))));
  }

  @Test
  void aDrawingWithAnOutsideReferenceIsNeverInlinedNorPublished(@TempDir Path temp)
      throws IOException {
    Path target = stage(temp);
    assertEquals(0, run(temp, target));
    byte[] good = Files.readAllBytes(target.resolve("html/ja/index.html"));

    stage(
        temp,
        PAGE.replace(
            "</div>\n</body>",
            "</div>\n"
                + "<div class=\"content\"><img src=\"images/fig.svg\" alt=\"図\"></div>\n"
                + "</body>"));
    Path drawing = temp.resolve("staging/html/images/fig.svg");
    Files.createDirectories(drawing.getParent());
    Files.writeString(
        drawing,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">\n"
            + "<image href=\"../../../../etc/hostname\"/>\n</svg>\n");
    DiagnosticException refused =
        assertThrows(
            DiagnosticException.class,
            () -> new BookPublisher(request(temp, target)).publish(NO_EDITION));
    assertEquals("safety/svg-external-reference", refused.diagnostic().ruleId());
    assertEquals(2, refused.diagnostic().line());
    assertTrue(refused.getMessage().contains("fig.svg"), refused.getMessage());
    String staged = Files.readString(temp.resolve("staging/html/index.html"));
    assertFalse(staged.contains("etc/hostname"), "inlined into the page");
    assertTrue(
        java.util.Arrays.equals(good, Files.readAllBytes(target.resolve("html/ja/index.html"))));
  }

  @Test
  void anImageThePdfEngineCannotLoadFailsThePublishNamingItAndTheLastGoodBookStays(
      @TempDir Path temp) throws IOException {
    Path target = stage(temp);
    assertEquals(0, run(temp, target));
    byte[] good = Files.readAllBytes(target.resolve("html/ja/index.html"));
    byte[] goodPdf = Files.readAllBytes(target.resolve("pdf/book-ja.pdf"));

    stage(temp, PAGE.replace("</h1>", "</h1>\n<img src=\"images/huge.png\" alt=\"図\">"));
    Path image = temp.resolve("staging/html/images/huge.png");
    Files.createDirectories(image.getParent());
    Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
    DiagnosticException refused =
        assertThrows(
            DiagnosticException.class,
            () -> new BookPublisher(request(temp, target)).publish(NO_EDITION));
    assertEquals("printing/resource-not-loaded", refused.diagnostic().ruleId());
    assertTrue(refused.getMessage().contains("images/huge.png"), refused.getMessage());
    assertTrue(
        java.util.Arrays.equals(good, Files.readAllBytes(target.resolve("html/ja/index.html"))));
    assertTrue(
        java.util.Arrays.equals(goodPdf, Files.readAllBytes(target.resolve("pdf/book-ja.pdf"))));
  }

  @Test
  void theTitleBlockIsSetOnThePageThatIsWrittenAndPrinted(@TempDir Path temp) throws IOException {
    Path target =
        stage(
            temp,
            PAGE.replace(
                "</h1>\n",
                "</h1>\n<div class=\"details\"><span id=\"author\" class=\"author\">Seal</span><br>"
                    + "<span id=\"revnumber\">バージョン 1.0,</span> <span id=\"revdate\">2025年10月13日</span>"
                    + "</div>\n"));
    BookPublisher publisher = new BookPublisher(request(temp, target));
    Path folder = temp.resolve("staging/html");
    TitleBlock block =
        new TitleBlock(Optional.of("2026年12月7日発行（バージョン1.0）"), Optional.of("原典：2025年10月13日公開"));

    FinishedPage page =
        publisher.finishHtml(folder, new PageWords(block, Optional.empty(), List.of()));

    String written = Files.readString(folder.resolve("index.html"));
    assertTrue(
        written.contains(
            "<div class=\"details\"><span id=\"author\" class=\"author\">Seal</span><br>"
                + "<span class=\"edition\">2026年12月7日発行（バージョン1.0）</span><br>"
                + "<span class=\"original\">原典：2025年10月13日公開</span></div>"),
        written);
    assertEquals(written, new String(Markup.bytes(page.document()), StandardCharsets.UTF_8));
  }

  @Test
  void thePdfIsPrintedFromTheFinishedDocumentNotFromTheWrittenFileReadAgain(@TempDir Path temp)
      throws IOException {
    Path target = stage(temp);
    BookPublisher publisher = new BookPublisher(request(temp, target));
    Path folder = temp.resolve("staging/html");
    FinishedPage page = publisher.finishHtml(folder, NO_EDITION);
    String written = Files.readString(folder.resolve("index.html"));
    assertEquals(written, new String(Markup.bytes(page.document()), StandardCharsets.UTF_8));
    Files.writeString(folder.resolve("index.html"), PAGE.replace("AWSのネットワーク", "別の本"));

    Path pdf = publisher.printPdf(page, temp.resolve("pdf"));

    try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(printed);
      assertTrue(text.contains("AWSのネットワーク"), text);
      assertFalse(text.contains("別の本"), "the file was read again: " + text);
    }
    assertEquals(written, new String(Markup.bytes(page.document()), StandardCharsets.UTF_8));
  }

  private static Path stage(Path temp) throws IOException {
    return stage(temp, PAGE);
  }

  private static Path stage(Path temp, String page) throws IOException {
    Path html = Files.createDirectories(temp.resolve("staging/html"));
    Files.writeString(html.resolve("index.html"), page);
    return temp.resolve("target");
  }

  private static int run(Path temp, Path target) {
    new BookPublisher(request(temp, target)).publish(NO_EDITION);
    return 0;
  }

  private static PublishRequest request(Path temp, Path target) {
    Path fonts = Path.of("../theme/fonts");
    return new PublishRequest(
        temp.resolve("staging"),
        target,
        new LocaleLinks("ja", List.of("ja", "en"), "index.html"),
        new WebFonts(
            List.of(
                new WebFont("Noto Sans JP Book", 400, fonts.resolve("NotoSansJP-Regular.ttf")),
                new WebFont("Noto Sans JP Book", 700, fonts.resolve("NotoSansJP-Bold.ttf")))),
        "book-{lang}.pdf",
        LocalDate.parse("2025-10-13"));
  }
}
