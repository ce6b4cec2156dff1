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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of each book, its built-in labels and its metadata. */
class LocalizationIT {

  record Labels(String toc, String table, String note, String lastUpdated) {}

  static final Map<String, Labels> LABELS =
      Map.of(
          "ja", new Labels("目次", "表1", "注記", "最終更新"),
          "en", new Labels("Contents", "Table 1", "Note", "Last updated"));

  @ParameterizedTest
  @CsvSource({"ja", "en"})
  void theHtmlPageDeclaresItsLanguage(String lang) {
    assertEquals(lang, Book.of(lang).html().selectFirst("html").attr("lang"));
  }

  @ParameterizedTest
  @CsvSource({"ja", "en"})
  void theHtmlLabelsAreInTheBooksLanguage(String lang) {
    Document html = Book.of(lang).html();
    Labels labels = LABELS.get(lang);
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
  @CsvSource({"ja", "en"})
  void thePdfLabelsAreInTheBooksLanguage(String lang) throws IOException {
    Labels labels = LABELS.get(lang);
    try (PDDocument pdf = Book.of(lang).openPdf()) {
      String text = PdfText.unwrapped(PdfText.of(pdf));
      assertTrue(text.contains(PdfText.unwrapped(labels.toc())), "no TOC title");
      assertTrue(text.contains(PdfText.unwrapped(labels.table())), "no table caption");
      assertTrue(text.contains(PdfText.unwrapped(labels.note())), "no note label");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "ja, AWSのネットワーク, AWSのネットワーク（連載第3回）",
    "en, Networking on AWS, 'Networking on AWS (series, part 3)'"
  })
  void thePdfCarriesTitleAuthorSubjectAndLanguage(String lang, String title, String subject)
      throws IOException {
    try (PDDocument pdf = Book.of(lang).openPdf()) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      assertTrue(info.getTitle().startsWith(title), info.getTitle());
      assertEquals("Seal", info.getAuthor());
      assertEquals(subject, info.getSubject());
      assertEquals(lang, pdf.getDocumentCatalog().getLanguage());
    }
  }
}
