package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The language of each book, its built-in labels and its metadata. */
@ExtendWith(ReadBooks.Shared.class)
class LocalizationIT {

  private final ReadBooks books;

  LocalizationIT(ReadBooks books) {
    this.books = books;
  }

  record Labels(String toc, String table, String note, String lastUpdated) {
    /** The labels a locale's _locale.adoc sets, for a locale the table below does not list. */
    static Labels of(Book book) {
      return new Labels(
          book.localeAttribute("toc-title"),
          book.localeAttribute("table-caption") + " 1",
          book.localeAttribute("note-caption"),
          book.localeAttribute("last-update-label"));
    }
  }

  static final Map<String, Labels> LABELS =
      Map.of(
          "ja", new Labels("目次", "表1", "注記", "最終更新"),
          "en", new Labels("Contents", "Table 1", "Note", "Last updated"));

  /**
   * The English book is in American English (its dates are "December 7, 2026"): it spells the noun
   * "license", as the Creative Commons and font licenses it names do, never "licence" (the colophon
   * had both).
   */
  @org.junit.jupiter.api.Test
  void theEnglishBookSpellsLicenseTheAmericanWay() throws java.io.IOException {
    String html = books.html(Book.of("en")).body().text();
    String pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(books.pdf(Book.of("en")));
    java.util.regex.Pattern british = java.util.regex.Pattern.compile("(?i)\\blicences?\\b");
    assertTrue(html.contains("license"), "no 'license' in the English book");
    assertTrue(!british.matcher(html).find(), "en: 'licence' in the HTML");
    assertTrue(!british.matcher(pdf).find(), "en: 'licence' in the PDF");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theHtmlPageDeclaresItsLanguage(String lang) {
    assertEquals(lang, books.html(Book.of(lang)).selectFirst("html").attr("lang"));
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theHtmlLabelsAreInTheBooksLanguage(String lang) {
    Document html = books.html(Book.of(lang));
    Labels labels = LABELS.getOrDefault(lang, Labels.of(Book.of(lang)));
    assertEquals(labels.toc(), html.getElementById("toctitle").text());
    Element caption = html.selectFirst("#tbl-service-layers > caption");
    assertNotNull(caption, "the table has no caption");
    assertTrue(
        PdfText.unwrapped(caption.text()).startsWith(PdfText.unwrapped(labels.table())),
        caption.text());
    assertEquals(labels.note(), html.selectFirst(".admonitionblock.note td.icon .title").text());
    assertTrue(
        html.getElementById("footer-text").text().contains(labels.lastUpdated()),
        html.getElementById("footer-text").text());
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void thePdfLabelsAreInTheBooksLanguage(String lang) throws IOException {
    Labels labels = LABELS.getOrDefault(lang, Labels.of(Book.of(lang)));
    String text = PdfText.unwrapped(books.pdfText(Book.of(lang)));
    assertTrue(text.contains(PdfText.unwrapped(labels.toc())), "no TOC title");
    assertTrue(text.contains(PdfText.unwrapped(labels.table())), "no table caption");
    // A note is labelled by its own title where it has one (編集部注), else by its kind (注記).
    Element note = books.html(Book.of(lang)).selectFirst(".admonitionblock.note");
    Element ownTitle = note.selectFirst("td.content > .title");
    String label = ownTitle != null ? ownTitle.text() : labels.note();
    assertTrue(text.contains(PdfText.unwrapped(label)), "no note label " + label);
  }

  @ParameterizedTest
  @CsvSource({
    "ja, AWSのネットワーク, AWSのネットワーク（連載第3回）",
    "en, Networking on AWS, 'Networking on AWS (series, part 3)'"
  })
  void thePdfCarriesTitleAuthorSubjectAndLanguage(String lang, String title, String subject)
      throws IOException {
    PDDocument pdf = books.pdf(Book.of(lang));
    PDDocumentInformation info = pdf.getDocumentInformation();
    assertTrue(info.getTitle().startsWith(title), info.getTitle());
    assertEquals("Seal", info.getAuthor());
    assertEquals(subject, info.getSubject());
    assertEquals(lang, pdf.getDocumentCatalog().getLanguage());
  }
}
