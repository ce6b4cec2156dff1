package io.github.awsnetbook.tools.handouts;

import static io.github.awsnetbook.tools.locales.LocaleLinks.escape;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bundle's {@code index.html}: one entry per locale, in that locale's language (its name from
 * ICU in itself, the book's title and description, links to the HTML book and the PDF), and the
 * checksums and licences. The page has no words of its own to translate: everything on it comes
 * from the books or from ICU.
 */
final class LandingPage {

  /** One locale's entry: the book, and the PDF's name and size in the bundle. */
  record Entry(Edition edition, String pdfName, long pdfBytes) {}

  private LandingPage() {}

  /**
   * The page. {@code headExtras} are the theme's head elements (the Content-Security-Policy) and
   * the font stylesheet's link; the first entry is the source locale, whose language the page
   * declares.
   */
  static String html(List<Entry> entries, String headExtras, List<String> licences) {
    Edition source = entries.get(0).edition();
    String title =
        entries.stream().map(e -> e.edition().seriesTitle()).collect(Collectors.joining(" / "));
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(source.lang())
        .append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<meta name=\"description\" content=\"")
        .append(escape(source.description()))
        .append("\">\n")
        .append(LocaleLinks.openGraph("og:title", title))
        .append(LocaleLinks.openGraph("og:description", source.description()))
        .append(LocaleLinks.openGraph("og:type", "website"))
        .append(openGraphLocales(entries))
        .append(alternates(entries))
        .append(headExtras)
        .append("<link rel=\"icon\" href=\"")
        .append(source.lang())
        .append("/images/logo.svg\" type=\"image/svg+xml\">\n")
        .append("<link rel=\"stylesheet\" href=\"landing.css\">\n</head>\n<body>\n")
        .append("<header class=\"landing-header\">\n<h1>")
        .append(titles(entries))
        .append("</h1>\n</header>\n<main>\n<ul class=\"editions\">\n");
    for (Entry entry : entries) {
      html.append(entry(entry));
    }
    html.append("</ul>\n</main>\n<footer class=\"landing-footer\">\n<ul>\n")
        .append("<li><a href=\"")
        .append(Checksums.FILE_NAME)
        .append("\" type=\"text/plain\">")
        .append(Checksums.FILE_NAME)
        .append("</a></li>\n");
    for (String licence : licences) {
      html.append("<li><a href=\"")
          .append(escape(licence))
          .append("\" type=\"text/plain\">")
          .append(escape(licence))
          .append("</a></li>\n");
    }
    return html.append("</ul>\n</footer>\n</body>\n</html>\n").toString();
  }

  private static String entry(Entry entry) {
    Edition book = entry.edition();
    String lang = book.lang();
    return "<li lang=\""
        + lang
        + "\">\n<h2 class=\"language\">"
        + escape(LocaleLinks.nativeName(lang))
        + "</h2>\n<p class=\"book-title\"><a href=\""
        + lang
        + "/index.html\" hreflang=\""
        + lang
        + "\">"
        + escape(book.title())
        + "</a></p>\n<p class=\"description\">"
        + escape(book.description())
        + "</p>\n<p class=\"pdf\"><a href=\""
        + escape(entry.pdfName())
        + "\" type=\"application/pdf\" hreflang=\""
        + lang
        + "\">"
        + escape(entry.pdfName())
        + "</a> <span class=\"size\">("
        + escape(size(entry.pdfBytes(), lang))
        + ")</span></p>\n</li>\n";
  }

  /** The size as that locale writes it, in kilobytes or megabytes (1000-based, as ICU's units). */
  static String size(long bytes, String lang) {
    MeasureFormat format =
        MeasureFormat.getInstance(ULocale.forLanguageTag(lang), MeasureFormat.FormatWidth.SHORT);
    if (bytes >= 1_000_000) {
      double megabytes = Math.round(bytes / 100_000.0) / 10.0;
      return format.format(new Measure(megabytes, MeasureUnit.MEGABYTE));
    }
    return format.format(
        new Measure(Math.max(1, Math.round(bytes / 1000.0)), MeasureUnit.KILOBYTE));
  }

  private static String titles(List<Entry> entries) {
    return entries.stream()
        .map(
            e ->
                "<span lang=\""
                    + e.edition().lang()
                    + "\">"
                    + escape(e.edition().seriesTitle())
                    + "</span>")
        .collect(Collectors.joining(" <span class=\"separator\" aria-hidden=\"true\">/</span> "));
  }

  private static String alternates(List<Entry> entries) {
    StringBuilder links = new StringBuilder();
    for (Entry entry : entries) {
      String lang = entry.edition().lang();
      links
          .append("<link rel=\"alternate\" hreflang=\"")
          .append(lang)
          .append("\" href=\"")
          .append(lang)
          .append("/index.html\">\n");
    }
    return links
        .append("<link rel=\"alternate\" hreflang=\"x-default\" href=\"index.html\">\n")
        .toString();
  }

  private static String openGraphLocales(List<Entry> entries) {
    String source = entries.get(0).edition().lang();
    String all = entries.stream().map(e -> e.edition().lang()).collect(Collectors.joining(" "));
    return LocaleLinks.of(source, all, "index.html").openGraphLocales();
  }
}
