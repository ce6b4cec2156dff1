package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the print copy places a figure that does not fit on its page. */
@Execution(ExecutionMode.CONCURRENT)
class PagePlacementTest {

  @Test
  void aFigureThatEndsItsSectionNeverFloatsPastTheNextHeading(@TempDir Path temp)
      throws IOException {
    Path folder = Files.createDirectories(temp.resolve("book"));
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(image, "png", folder.resolve("figure.png").toFile());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      text.append("<div class=\"paragraph\"><p>段落").append(i).append("の文です。</p></div>");
    }
    Path page = folder.resolve("index.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html lang=\"ja\"><head><title>試験</title>"
            + "<meta name=\"dcterms.subject\" content=\"試験\">"
            + "<style>@page { size: A4; margin: 20mm } .imageblock { page-break-inside: avoid }"
            + " p { margin: 0 0 3mm 0 }</style></head><body><div id=\"content\">"
            + "<div class=\"sect1\"><h2>章</h2><div class=\"sectionbody\">"
            + "<div class=\"sect2\"><h3>一の節</h3>"
            + text
            + "<div class=\"imageblock\"><div class=\"content\"><img src=\"figure.png\" alt=\"図\""
            + " style=\"width: 100mm; height: 150mm\"></div><div class=\"title\">図9 試験の図</div>"
            + "</div></div>"
            + "<div class=\"sect2\"><h3>二の節</h3><div class=\"paragraph\"><p>次の節の文です。</p>"
            + "</div></div></div></div></div></body></html>",
        StandardCharsets.UTF_8);
    Path pdf = Prints.print(page, temp.resolve("book.pdf"));
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String printed = stripper.getText(document).replaceAll("\\s", "");
      assertTrue(printed.contains("図9"), printed);
      // The heading in the text, not in the running head: followed by its section's text.
      int heading = printed.indexOf("二の節次の節");
      assertTrue(heading > 0, printed);
      assertTrue(
          printed.indexOf("図9") < heading,
          "the figure floated past the next section's heading: " + printed);
    }
  }

  /**
   * Paragraphs of 20 mm each, their text at the top: after the chapter's and the section's headings
   * (20 mm), ten leave 37 mm of the 257 mm type area.
   */
  private static String paragraphs(String word, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("<div class=\"paragraph\"><p>").append(word).append(i).append("の文です。</p></div>");
    }
    return text.toString();
  }

  private static final String FIGURE =
      "<div class=\"imageblock\"><div class=\"content\"><img src=\"figure.png\" alt=\"図\""
          + " style=\"width: 100mm; height: 60mm\"></div><div class=\"title\">図9 試験の図</div>"
          + "</div>";

  /** Prints a chapter of {@code body} (the blocks of its first section) and reads it back. */
  private static PDDocument printChapter(Path temp, String body) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("book"));
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(image, "png", folder.resolve("figure.png").toFile());
    Path page = folder.resolve("index.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html lang=\"ja\"><head><title>試験</title>"
            + "<meta name=\"dcterms.subject\" content=\"試験\">"
            + "<style>@page { size: A4; margin: 20mm } .imageblock, tr { page-break-inside: avoid }"
            + " body { margin: 0 } h2, h3 { margin: 0; height: 10mm; font-size: 12pt }"
            + " p { margin: 0; height: 20mm } td { height: 10mm } ol { margin: 0 }"
            + " .imageblock, .table-scroll, .admonitionblock { margin: 0 }</style></head>"
            + "<body><div id=\"content\"><div class=\"sect1\"><h2>章</h2><div class=\"sectionbody\">"
            + "<div class=\"sect2\"><h3>一の節</h3>"
            + body
            + "</div><div class=\"sect2\"><h3>二の節</h3><div class=\"paragraph\"><p>次の節の文です。</p>"
            + "</div></div></div></div></div></body></html>",
        StandardCharsets.UTF_8);
    return Loader.loadPDF(Prints.print(page, temp.resolve("book.pdf")).toFile());
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document).replaceAll("\\s", "");
  }

  /**
   * The fraction of the 257 mm type area of {@code page} left empty below its last line of text.
   */
  private static double emptyAtFoot(PDDocument document, int page) throws IOException {
    float[] lowest = {0};
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
              lowest[0] = Math.max(lowest[0], position.getYDirAdj());
            }
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(document);
    float millimetre = 72 / 25.4f;
    float typeBottom = document.getPage(page - 1).getMediaBox().getHeight() - 20 * millimetre;
    return (typeBottom - lowest[0]) / (257 * millimetre);
  }

  @Test
  void aSmallTableThatDoesNotFitLetsTheTextAfterItFillThePage(@TempDir Path temp)
      throws IOException {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      rows.append("<tr><td>行").append(i).append("</td><td>値</td></tr>");
    }
    String table =
        "<div class=\"table-scroll\"><table class=\"tableblock\"><caption>表9 試験の表</caption>"
            + "<tr><th>列</th><th>値</th></tr>"
            + rows
            + "</table></div>";
    try (PDDocument document =
        printChapter(temp, paragraphs("前", 10) + table + paragraphs("後", 3))) {
      String first = pageText(document, 1);
      String second = pageText(document, 2);
      assertTrue(first.contains("後0"), "the text after the table did not fill the page: " + first);
      assertTrue(
          second.contains("表9") && second.contains("行4"),
          "the table is not whole on the next page: " + second);
    }
  }

  /**
   * A note that does not comment on a figure (it is not right after it, and does not cite it) goes
   * ahead of a figure that would leave more than a fifth of the page empty.
   */
  @Test
  void aNoteAfterAFigureThatDoesNotFitFillsThePageAheadOfIt(@TempDir Path temp) throws IOException {
    String note =
        "<div class=\"admonitionblock note\"><div class=\"admonition-content\">"
            + paragraphs("注", 2)
            + "</div></div>";
    // Nine paragraphs and a short one leave 52 mm (20.2 %): the figure needs 66 mm.
    String shortParagraph = "<div class=\"paragraph\"><p style=\"height: 5mm\">短い文。</p></div>";
    try (PDDocument document =
        printChapter(
            temp, paragraphs("前", 9) + FIGURE + shortParagraph + note + paragraphs("後", 1))) {
      String first = pageText(document, 1);
      assertTrue(first.contains("注0"), "the note did not go ahead of the figure: " + first);
      assertTrue(pageText(document, 2).contains("図9"), "the figure is not on the next page");
    }
  }

  @Test
  void aPageWhoseListEndsInAFloatThatWentOnIsSpreadToItsFoot(@TempDir Path temp)
      throws IOException {
    String list =
        "<div class=\"olist\"><ol><li><p>項目一</p></li><li><p>項目二</p>" + FIGURE + "</li></ol></div>";
    String table =
        "<div class=\"table-scroll\"><table class=\"tableblock\"><caption>表8 小さな表</caption>"
            + "<tr><th>列</th></tr><tr><td>行</td></tr></table></div>";
    // About 50 mm of the page left empty, too little for the figure: spread, the gaps around the
    // table grow (never those around a note, nor between paragraphs).
    try (PDDocument document =
        printChapter(temp, paragraphs("前", 3) + table + paragraphs("中", 3) + list)) {
      assertTrue(pageText(document, 2).contains("図9"), "the figure is on the list's page");
      double empty = emptyAtFoot(document, 1);
      assertTrue(empty <= PagePlacement.MOST_EMPTY, "the page ends " + empty + " empty");
    }
  }

  private static String table(String id) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      rows.append("<tr><td>行").append(i).append("</td><td>値</td></tr>");
    }
    return "<div class=\"table-scroll\"><table id=\""
        + id
        + "\" class=\"tableblock\">"
        + "<caption>表9 試験の表</caption><tr><th>列</th><th>値</th></tr>"
        + rows
        + "</table></div>";
  }

  private static String note(String word) {
    return "<div class=\"admonitionblock note\"><div class=\"admonition-content\">"
        + paragraphs(word, 2)
        + "</div></div>";
  }

  /** The text of the whole book, page after page, each page read top to bottom. */
  private static String bookText(PDDocument document) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= document.getNumberOfPages(); page++) {
      text.append(pageText(document, page));
    }
    return text.toString();
  }

  /** A note right after a small table comments on it: it never goes ahead of the table. */
  @ParameterizedTest
  @ValueSource(ints = {9, 10})
  void aNoteAfterATableNeverGoesAheadOfIt(int before, @TempDir Path temp) throws IOException {
    // Nine paragraphs leave 57 mm (22 %) of the page, ten 37 mm (14 %): the table needs 70 mm.
    try (PDDocument document =
        printChapter(
            temp, paragraphs("前", before) + table("tbl") + note("注") + paragraphs("後", 1))) {
      String text = bookText(document);
      assertTrue(text.indexOf("行4") < text.indexOf("注0"), "the note went ahead: " + text);
    }
  }

  /**
   * A figure that ends its section (a heading follows it, so no text can fill the page before it)
   * and does not fit under the note before it goes above that note, on the note's page, rather than
   * leave the page more than a fifth empty (ja and en p. 9 were a third empty).
   */
  @Test
  void aFigureThatEndsItsSectionGoesAboveTheNoteBeforeIt(@TempDir Path temp) throws IOException {
    // Seven paragraphs and the note leave 57 mm (22 %); the figure needs 66 mm.
    try (PDDocument document = printChapter(temp, paragraphs("前", 7) + note("注") + FIGURE)) {
      String first = pageText(document, 1);
      assertTrue(first.contains("図9"), "the figure is not on the note's page: " + first);
      String text = bookText(document);
      assertTrue(text.indexOf("試験の図") < text.indexOf("注0"), "the note stayed above: " + text);
    }
  }

  /** A paragraph that cites a figure by its cross reference never goes ahead of the figure. */
  @Test
  void aParagraphThatCitesAFigureNeverGoesAheadOfIt(@TempDir Path temp) throws IOException {
    String figure =
        FIGURE.replace("<div class=\"imageblock\">", "<div id=\"fig\" class=\"imageblock\">");
    String citing = "<div class=\"paragraph\"><p>引く文<a href=\"#fig\">図9</a>のとおり。</p></div>";
    try (PDDocument document =
        printChapter(temp, paragraphs("前", 10) + figure + citing + paragraphs("後", 1))) {
      String text = bookText(document);
      assertTrue(text.indexOf("試験の図") < text.indexOf("引く文"), "the citation went ahead: " + text);
    }
  }

  /**
   * A figure that leaves at most a fifth of its page empty lets only text of its own paragraph
   * group go ahead, never a list's item: the page is spread instead.
   */
  @Test
  void aFigureThatLeavesASmallHoleKeepsTheListAfterIt(@TempDir Path temp) throws IOException {
    String leadIn = "<div class=\"paragraph lead-in\"><p>補充説明：</p></div>";
    String list = "<div class=\"olist\"><ol><li><p>項目一</p></li><li><p>項目二</p></li></ol></div>";
    // Ten paragraphs leave 37 mm (14 %): the 66 mm figure goes on to the next page.
    try (PDDocument document = printChapter(temp, paragraphs("前", 10) + FIGURE + leadIn + list)) {
      String text = bookText(document);
      assertTrue(text.indexOf("試験の図") < text.indexOf("項目一"), "the list went ahead: " + text);
      double empty = emptyAtFoot(document, 1);
      assertTrue(empty <= PagePlacement.MOST_EMPTY, "the page ends " + empty + " empty");
    }
  }

  /**
   * When the page would be more than a fifth empty, a list's item goes ahead of the figure, which
   * heads the next page; the paragraph that introduces it stays where the author put it (the text
   * is read in its order).
   */
  @Test
  void aFigureThatLeavesALargeHoleHeadsTheNextPage(@TempDir Path temp) throws IOException {
    String introduction = "<div class=\"paragraph\"><p>下図を参照してください。</p></div>";
    String leadIn = "<div class=\"paragraph lead-in\"><p>補充説明：</p></div>";
    String list = "<div class=\"olist\"><ol><li><p>項目一</p></li><li><p>項目二</p></li></ol></div>";
    // Eight paragraphs and the introduction leave 57 mm (22 %); the figure needs 66 mm.
    try (PDDocument document =
        printChapter(temp, paragraphs("前", 8) + introduction + FIGURE + leadIn + list)) {
      String first = pageText(document, 1);
      assertTrue(first.matches(".*下図を参照してください。補充説明：1\\.項目一"), first);
      assertTrue(pageText(document, 2).matches("(一の節)?図9試験の図2\\.項目二.*"), "");
    }
  }

  /**
   * However much of the page it leaves empty, a figure passes one item of a list at most, whole:
   * the words that point to it stay one item away, and the next item keeps its table after its text
   * (the editors: Figure 1 went past two items, between item 2 and its Table 1).
   */
  @Test
  void aFigurePassesOneItemOfAListAtMostAndNeverSplitsAnItemFromItsTable(@TempDir Path temp)
      throws IOException {
    String introduction = "<div class=\"paragraph\"><p>下図を参照してください。</p></div>";
    String leadIn = "<div class=\"paragraph lead-in\"><p>補充説明：</p></div>";
    String table =
        "<div class=\"table-scroll\"><table class=\"tableblock\"><caption class=\"title\">表1"
            + " 項目の表</caption><tbody><tr><td><p>セル</p></td></tr></tbody></table></div>";
    String list =
        "<div class=\"olist\"><ol><li><p>項目一</p></li><li><p>項目二</p>"
            + table
            + "</li><li><p>項目三</p></li></ol></div>";
    // Seven paragraphs and the introduction leave 77 mm (30 %), the figure needs 80 mm; past the
    // lead-in and the first item, 37 mm (14 %) would still be left.
    String tall = FIGURE.replace("height: 60mm", "height: 75mm");
    try (PDDocument document =
        printChapter(temp, paragraphs("前", 7) + introduction + tall + leadIn + list)) {
      String text = bookText(document);
      int item = text.indexOf("項目一");
      int figure = text.indexOf("試験の図");
      int second = text.indexOf("項目二");
      assertTrue(item < figure && figure < second, "the figure passed two items: " + text);
      assertTrue(text.contains("項目二表1項目の表"), "the item's table went apart: " + text);
    }
  }

  /**
   * A note never starts at the foot of a page with less than its label and two lines of its text:
   * with room for its label and one line, it starts on the next page.
   */
  @Test
  void aNoteStartsOnAPageOnlyWithItsLabelAndTwoLines(@TempDir Path temp) throws IOException {
    String line = "<p style=\"height: auto\">";
    String note =
        "<div class=\"admonitionblock note\"><div class=\"admonition-body\">"
            + "<p class=\"admonition-label\" style=\"height: auto\">注記</p>"
            + "<div class=\"admonition-content\">"
            + line
            + "一行の文。</p>"
            + line
            + "続く文です。".repeat(60)
            + "</p></div></div></div>";
    // Eleven paragraphs and one of 6 mm leave 11 mm: the label and one line, not a second.
    String gap = "<div class=\"paragraph\"><p style=\"height: 6mm\"></p></div>";
    try (PDDocument document = printChapter(temp, paragraphs("前", 11) + gap + note)) {
      String first = pageText(document, 1);
      assertTrue(!first.contains("注記"), "the note starts at the foot of the page: " + first);
      assertTrue(pageText(document, 2).contains("注記一行の文"), pageText(document, 2));
    }
  }
}
