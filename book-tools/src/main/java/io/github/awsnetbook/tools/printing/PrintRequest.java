package io.github.awsnetbook.tools.printing;

import io.github.awsnetbook.tools.webfonts.WebFont;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to print: a finished HTML page (its folder is all the renderer may read), the PDF to write,
 * the book's fonts, the locale's PDF file names for links to other locales, and the date the
 * document carries instead of the clock's.
 */
public record PrintRequest(
    Path page, Path pdf, List<WebFont> fonts, String pdfNamePattern, LocalDate date) {

  public PrintRequest {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(pdfNamePattern, "pdfNamePattern");
    Objects.requireNonNull(date, "date");
    fonts = List.copyOf(fonts);
    if (!pdfNamePattern.contains("{lang}")) {
      throw new IllegalArgumentException("the PDF name pattern has no {lang}: " + pdfNamePattern);
    }
  }

  /** The request to print the page of locale {@code lang} into its PDF in {@code pdfFolder}. */
  public static PrintRequest intoFolder(
      Path page,
      Path pdfFolder,
      String lang,
      List<WebFont> fonts,
      String pdfNamePattern,
      LocalDate date) {
    return new PrintRequest(
        page, pdfFolder.resolve(pdfName(pdfNamePattern, lang)), fonts, pdfNamePattern, date);
  }

  /** The folder the renderer may read: the page's own. */
  public Path folder() {
    return page.toAbsolutePath().normalize().getParent();
  }

  /** The file name of the PDF of a locale, such as {@code aws-network-ja.pdf}. */
  public String pdfName(String lang) {
    return pdfName(pdfNamePattern, lang);
  }

  /**
   * The file name of the PDF of a locale from a pattern such as {@code aws-network-{lang}.pdf}, as
   * the translation notices name the source's PDF.
   */
  public static String pdfName(String pattern, String lang) {
    return pattern.replace("{lang}", lang);
  }
}
