package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The PDF engine loads only files inside the page's own folder: not a file outside it (by a
 * relative path, an absolute {@code file:} URL or a symbolic link), not the network; and the same
 * page prints to the same bytes. A resource the engine does not load stops the print, naming it.
 */
@Execution(ExecutionMode.CONCURRENT)
class PdfPrinterTest {

  @Test
  void nothingOutsideThePageFolderIsLoaded(@TempDir Path temp) throws IOException {
    Path book = Files.createDirectories(temp.resolve("book"));
    Path images = Files.createDirectories(book.resolve("images"));
    png(temp.resolve("outside.png"));
    png(images.resolve("inside.png"));
    Files.createSymbolicLink(images.resolve("link.png"), temp.resolve("outside.png"));
    Files.writeString(
        temp.resolve("outside.css"), "p { color: #ff0000; } body { color: #ff0000; }");
    Files.writeString(book.resolve("inside.css"), "em { color: #0000ff; }");
    Path page =
        page(
            book,
            "<link rel=\"stylesheet\" href=\"../outside.css\">"
                + "<link rel=\"stylesheet\" href=\"inside.css\">",
            "<p>内側の画像 <img src=\"images/inside.png\" alt=\"内\"><em>青</em></p>"
                + "<p>外側 <img src=\"../outside.png\" alt=\"外1\"></p>"
                + "<p>絶対 <img src=\""
                + temp.resolve("outside.png").toUri()
                + "\" alt=\"外2\"></p>"
                + "<p>リンク <img src=\"images/link.png\" alt=\"外3\"></p>"
                + "<p>ネット <img src=\"http://127.0.0.1:9/x.png\" alt=\"外4\"></p>"
                + "<p>データ <img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"外5\"></p>");

    PdfPrinter.Printout printout = Prints.printout(page);

    List<String> refused =
        printout.problems().stream()
            .filter(problem -> PdfPrinter.RESOURCE_NOT_LOADED.equals(problem.ruleId()))
            .map(Diagnostic::message)
            .toList();
    for (String reference :
        List.of(
            temp.resolve("outside.css").toString(),
            temp.resolve("outside.png").toString(),
            "images/link.png",
            "http://127.0.0.1:9/x.png",
            "data:image/png")) {
      assertTrue(
          refused.stream().anyMatch(message -> message.contains("could not load " + reference)),
          reference + " is not named as refused: " + refused);
    }
    try (PDDocument document = Loader.loadPDF(printout.pdf())) {
      assertEquals(1, Prints.images(document), "only the image inside the folder is drawn");
      assertTrue(new PDFTextStripper().getText(document).contains("内側の画像"));
      List<List<Float>> colours = fillColours(document);
      assertTrue(colours.contains(List.of(0f, 0f, 1f)), "the stylesheet inside was not applied");
      assertFalse(
          colours.contains(List.of(1f, 0f, 0f)), "the stylesheet outside the folder was applied");
    }
  }

  @Test
  void anImageTheEngineCannotReadStopsThePrintNamingItAndWritesNoPdf(@TempDir Path temp)
      throws IOException {
    Path book = Files.createDirectories(temp.resolve("book"));
    Path images = Files.createDirectories(book.resolve("images"));
    png(images.resolve("good.png"));
    Files.writeString(images.resolve("broken.png"), "not a PNG");
    Path page =
        page(
            book,
            "",
            "<p>良い <img src=\"images/good.png\" alt=\"良\"></p>\n"
                + "<p>壊れた <img src=\"images/broken.png\" alt=\"壊\"></p>");
    Path pdf = temp.resolve("out.pdf");
    List<Diagnostic> warnings = new java.util.ArrayList<>();
    PdfPrinter printer =
        new PdfPrinter(
            new PrintRequest(
                page,
                pdf,
                Prints.BOOK_FONTS,
                "book-{lang}.pdf",
                java.time.LocalDate.of(2025, 10, 13)),
            warnings::add);

    DiagnosticException failure =
        assertThrows(DiagnosticException.class, () -> printer.print(Prints.parsed(page)));

    Diagnostic problem = failure.diagnostic();
    assertTrue(problem.isError());
    assertEquals(PdfPrinter.RESOURCE_NOT_LOADED, problem.ruleId());
    assertTrue(problem.message().contains("could not load images/broken.png"), problem.message());
    assertEquals(2, problem.line(), "the line of the img element in the page");
    assertTrue(problem.column() > 1);
    assertFalse(Files.exists(pdf), "a PDF without the image was written");
    assertTrue(warnings.stream().noneMatch(Diagnostic::isError), "the error was also reported");
  }

  private static List<List<Float>> fillColours(PDDocument pdf) throws IOException {
    List<List<Float>> colours = new java.util.ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      List<Object> tokens = new PDFStreamParser(page).parse();
      for (int i = 3; i < tokens.size(); i++) {
        if (tokens.get(i) instanceof Operator op && op.getName().equals("rg")) {
          colours.add(
              List.of(
                  number(tokens.get(i - 3)), number(tokens.get(i - 2)), number(tokens.get(i - 1))));
        }
      }
    }
    return colours;
  }

  private static float number(Object token) {
    return token instanceof COSNumber number ? number.floatValue() : Float.NaN;
  }

  /**
   * No structure element is left that groups nothing: the engine tags a table's head and foot
   * though the table has neither, and a section whose floated blocks it tags outside it.
   */
  @Test
  void noStructureElementIsLeftEmpty(@TempDir Path temp) throws IOException {
    Path page =
        page(
            Files.createDirectories(temp.resolve("book")),
            "<style>.side { float: left; width: 40%; }</style>",
            "<section><div class=\"side\"><p>左の段落。</p></div>"
                + "<div class=\"side\"><p>右の段落。</p></div></section>"
                + "<table><tr><td>表のセル</td></tr></table>");
    try (PDDocument pdf = Loader.loadPDF(Prints.print(page, temp.resolve("out.pdf")).toFile())) {
      List<String> empty = new java.util.ArrayList<>();
      emptyElements(pdf.getDocumentCatalog().getStructureTreeRoot(), empty);
      assertEquals(List.of(), empty, "structure elements with nothing in them");
    }
  }

  private static void emptyElements(
      org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node,
      List<String> empty) {
    for (Object kid : node.getKids()) {
      if (kid
          instanceof
          org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement
              element) {
        if (element.getKids().isEmpty() && !"Link".equals(element.getStructureType())) {
          empty.add(element.getStructureType());
        }
        emptyElements(element, empty);
      }
    }
  }

  @Test
  void theSamePagePrintsToTheSameBytes(@TempDir Path temp) throws IOException {
    Path page = page(Files.createDirectories(temp.resolve("book")), "", "<p>同じ本、同じバイト。</p>");
    byte[] first = Files.readAllBytes(Prints.print(page, temp.resolve("a.pdf")));
    byte[] second = Files.readAllBytes(Prints.print(page, temp.resolve("b.pdf")));
    assertTrue(java.util.Arrays.equals(first, second), "two prints of one page differ");
  }

  /**
   * The build's prints share the parsed fonts (ParsedFonts): a print after others, whose glyphs and
   * subsets the shared faces have already served, writes the bytes of a print on its own.
   */
  @Test
  void printsThatShareTheParsedFontsWriteTheBytesOfPrintsOnTheirOwn(@TempDir Path temp)
      throws IOException {
    Path latin =
        page(Files.createDirectories(temp.resolve("a")), "", "<p>Office fiber, <b>太字</b>。</p>");
    Path japanese =
        page(Files.createDirectories(temp.resolve("b")), "", "<p>同じ本——同じバイト。<b>Bold</b></p>");
    byte[] latinAlone = Files.readAllBytes(Prints.print(latin, temp.resolve("a.pdf")));
    byte[] japaneseAlone = Files.readAllBytes(Prints.print(japanese, temp.resolve("b.pdf")));
    try (ParsedFonts faces = new ParsedFonts()) {
      for (Path page : List.of(latin, japanese, latin)) {
        Path pdf = temp.resolve("shared-" + page.getParent().getFileName() + ".pdf");
        new PdfPrinter(
                new PrintRequest(
                    page, pdf, Prints.BOOK_FONTS, "book-{lang}.pdf", LocalDate.of(2025, 10, 13)),
                problem -> {},
                faces)
            .print(Prints.parsed(page));
        byte[] alone = page == latin ? latinAlone : japaneseAlone;
        assertTrue(
            java.util.Arrays.equals(alone, Files.readAllBytes(pdf)),
            page + " printed with shared fonts differs from its print on its own");
      }
    }
  }

  /**
   * The engine measures a line letter by letter, with each letter's own advance: a ligature drawn
   * in place of "ffi" would be narrower than what was measured, and end a set line short.
   */
  @Test
  void everyLetterIsDrawnAsTheGlyphTheEngineMeasured(@TempDir Path temp) throws IOException {
    String words = "Office traffic: fiber, flows, affluent";
    Path page = page(Files.createDirectories(temp.resolve("book")), "", "<p>" + words + "</p>");
    List<String> glyphs = new java.util.ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(Prints.print(page, temp.resolve("out.pdf")).toFile())) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> line) {
          line.forEach(glyph -> glyphs.add(glyph.getUnicode()));
        }
      }.getText(pdf);
    }
    assertEquals(words.codePoints().count(), glyphs.size(), glyphs.toString());
    glyphs.forEach(
        glyph -> assertEquals(1, glyph.codePointCount(0, glyph.length()), "a ligature: " + glyph));
  }

  @Test
  void printingLeavesTheFinishedPageAsItWasWritten(@TempDir Path temp) throws IOException {
    Path page =
        page(
            Files.createDirectories(temp.resolve("book")),
            "",
            "<div id=\"content\"><div class=\"sect1\"><h2 id=\"a\">章</h2>"
                + "<p>リンク <a href=\"../en/index.html#a\">English</a></p></div></div>");
    org.jsoup.nodes.Document finished = Prints.parsed(page);
    String asWritten = finished.outerHtml();
    new PdfPrinter(
            new PrintRequest(
                page,
                temp.resolve("out.pdf"),
                Prints.BOOK_FONTS,
                "book-{lang}.pdf",
                java.time.LocalDate.of(2025, 10, 13)),
            problem -> {})
        .print(finished);
    assertTrue(Files.size(temp.resolve("out.pdf")) > 0);
    assertEquals(
        asWritten,
        finished.outerHtml(),
        "the print copy is a copy: bookmarks, running"
            + " heads and PDF links stay out of the published page");
  }

  @Test
  void theJailRefusesEverySchemeButFilesAndResolvesLinks(@TempDir Path temp) throws IOException {
    ResourceJail jail = new ResourceJail(Files.createDirectories(temp.resolve("book")));
    assertTrue(jail.mayResolve("images/a.png"));
    assertTrue(jail.mayResolve("file:///x.png"));
    for (String refused :
        List.of("http://a/b.png", "https://a/b.css", "jar:file:/x!/y", "data:,x")) {
      assertFalse(jail.mayResolve(refused), refused);
    }
    assertTrue(jail.allows(temp.resolve("book/images/a.png").toUri().toString()));
    assertFalse(jail.allows(temp.resolve("other.png").toUri().toString()));
    assertFalse(jail.allows(temp.resolve("book/../other.png").toUri().toString()));
  }

  private static Path page(Path folder, String head, String body) throws IOException {
    Path page = folder.resolve("index.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html lang=\"ja\"><head><title>試験</title>"
            + "<meta name=\"dcterms.subject\" content=\"試験\">"
            + head
            + "</head><body><div id=\"content\">"
            + body
            + "</div></body></html>",
        StandardCharsets.UTF_8);
    return page;
  }

  private static void png(Path file) throws IOException {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(image, "png", file.toFile());
  }
}
