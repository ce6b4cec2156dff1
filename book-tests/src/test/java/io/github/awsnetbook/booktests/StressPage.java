package io.github.awsnetbook.booktests;

import io.github.awsnetbook.tools.printing.PdfPrinter;
import io.github.awsnetbook.tools.printing.PrintRequest;
import io.github.awsnetbook.tools.webfonts.WebFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

/**
 * A test document converted and printed as the books are: Asciidoctor's HTML with the book's
 * stylesheet and the document's images beside it, then the PDF printed from that page.
 */
final class StressPage {

  private StressPage() {}

  /** Converts {@code source} into {@code out/html/index.html}; Asciidoctor's log goes to log. */
  static Path convert(Asciidoctor asciidoctor, Path source, Path out, List<LogRecord> log)
      throws IOException {
    Path html = Files.createDirectories(out.resolve("html"));
    Path css = Files.createDirectories(html.resolve("css"));
    Files.copy(
        Book.root().resolve("theme/html/css/book.css"),
        css.resolve("book.css"),
        StandardCopyOption.REPLACE_EXISTING);
    Path images = Files.createDirectories(html.resolve("images"));
    try (var files = Files.list(source.getParent())) {
      for (Path image : files.filter(f -> f.toString().endsWith(".svg")).toList()) {
        Files.copy(image, images.resolve(image.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    LogHandler handler = log::add;
    asciidoctor.registerLogHandler(handler);
    try {
      Options options =
          Options.builder()
              .safe(SafeMode.SAFE)
              .baseDir(Book.root().toFile())
              .toFile(html.resolve("index.html").toFile())
              .mkDirs(true)
              .attributes(
                  Attributes.builder()
                      .attribute("imagesdir", "images")
                      .attribute("linkcss", "")
                      .attribute("stylesdir", "css")
                      .attribute("stylesheet", "book.css")
                      .attribute("copycss!", "")
                      .build())
              .build();
      asciidoctor.convertFile(source.toFile(), options);
    } finally {
      asciidoctor.unregisterLogHandler(handler);
    }
    return html.resolve("index.html");
  }

  /** Prints a page as the build prints the books. */
  static Path print(Path page, Path pdf) throws IOException {
    Path fonts = Book.root().resolve("theme/fonts");
    new PdfPrinter(
            new PrintRequest(
                page,
                pdf,
                List.of(
                    new WebFont("Noto Sans JP Book", 400, fonts.resolve("NotoSansJP-Regular.ttf")),
                    new WebFont("Noto Sans JP Book", 700, fonts.resolve("NotoSansJP-Bold.ttf"))),
                "aws-network-{lang}.pdf",
                LocalDate.of(2025, 10, 13)))
        .print(org.jsoup.Jsoup.parse(page.toFile(), "UTF-8"));
    return pdf;
  }

  /** How many images the PDF draws, over all its pages. */
  static int figures(PDDocument pdf) throws IOException {
    int count = 0;
    for (PDPage page : pdf.getPages()) {
      for (COSName name : page.getResources().getXObjectNames()) {
        count++;
      }
    }
    return count;
  }
}
