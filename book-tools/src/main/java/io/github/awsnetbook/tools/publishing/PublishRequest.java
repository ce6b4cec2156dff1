package io.github.awsnetbook.tools.publishing;

import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.printing.PrintRequest;
import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to publish for one locale: the staging folder Asciidoctor wrote ({@code html/} and {@code
 * pdf/}), the module's target folder, and how to finish the HTML.
 */
public record PublishRequest(
    Path staging,
    Path target,
    LocaleLinks localeLinks,
    WebFonts webFonts,
    String pdfNamePattern,
    LocalDate date) {

  public PublishRequest {
    Objects.requireNonNull(staging, "staging");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(localeLinks, "localeLinks");
    Objects.requireNonNull(webFonts, "webFonts");
    Objects.requireNonNull(pdfNamePattern, "pdfNamePattern");
    Objects.requireNonNull(date, "date");
  }

  /** The PDF handout of this locale, as printed from its page. */
  public PrintRequest printRequest(Path page, Path pdfFolder) {
    return PrintRequest.intoFolder(
        page, pdfFolder, localeLinks.current(), webFonts.faces(), pdfNamePattern, date);
  }

  /** Where the HTML of this locale is published: {@code target/html/<lang>}. */
  public Path htmlFolder() {
    return target.resolve("html").resolve(localeLinks.current());
  }

  /** Where the PDF books are published. */
  public Path pdfFolder() {
    return target.resolve("pdf");
  }
}
