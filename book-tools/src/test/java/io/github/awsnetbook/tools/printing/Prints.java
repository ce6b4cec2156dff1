package io.github.awsnetbook.tools.printing;

import io.github.awsnetbook.tools.webfonts.WebFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Test pages printed as the build prints the books, and what the tests count in the result. */
final class Prints {

  private static final Path FONTS = Path.of("../theme/fonts");

  private Prints() {}

  /** The book's fonts, regular and bold. */
  static final List<WebFont> BOOK_FONTS =
      List.of(
          new WebFont("Noto Sans JP Book", 400, FONTS.resolve("NotoSansJP-Regular.ttf")),
          new WebFont("Noto Sans JP Book", 700, FONTS.resolve("NotoSansJP-Bold.ttf")));

  /** The book's stylesheet. */
  static final Path BOOK_STYLESHEET = Path.of("../theme/html/css/book.css");

  /** Prints {@code page} into {@code pdf} with the book's fonts, regular and bold. */
  static Path print(Path page, Path pdf) {
    new PdfPrinter(
            new PrintRequest(page, pdf, BOOK_FONTS, "book-{lang}.pdf", LocalDate.of(2025, 10, 13)))
        .print(parsed(page));
    return pdf;
  }

  /** A finished page as the publish step holds it. */
  static org.jsoup.nodes.Document parsed(Path page) {
    try {
      return org.jsoup.Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Prints {@code page} in memory, with everything the engine said (failures as errors). */
  static PdfPrinter.Printout printout(Path page) throws IOException {
    PdfPrinter printer =
        new PdfPrinter(
            new PrintRequest(
                page,
                page.resolveSibling("unused.pdf"),
                BOOK_FONTS,
                "book-{lang}.pdf",
                LocalDate.of(2025, 10, 13)),
            problem -> {});
    return printer.printout(
        org.jsoup.Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name(), printer.baseUri()));
  }

  /** How many images the PDF draws, in its pages and in the forms they draw (the figures). */
  static int images(PDDocument pdf) throws IOException {
    int count = 0;
    for (PDPage page : pdf.getPages()) {
      count += images(page.getResources());
    }
    return count;
  }

  private static int images(PDResources resources) throws IOException {
    int count = 0;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        count++;
      } else if (object instanceof PDFormXObject form && form.getResources() != null) {
        count += images(form.getResources());
      }
    }
    return count;
  }
}
