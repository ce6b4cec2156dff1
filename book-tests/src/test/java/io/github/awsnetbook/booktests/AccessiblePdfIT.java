package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDF handouts are accessible and archivable: veraPDF finds no failed check of PDF/UA-1 or of
 * PDF/A-2a in either book (a failure lists every rule broken, with where it first broke), and the
 * structure tree reads the headings and paragraphs in the order of the HTML page.
 */
class AccessiblePdfIT {

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void theHandoutPassesPdfUa1(String lang) throws Exception {
    List<PdfValidation.Failure> failures =
        PdfValidation.failures(Book.of(lang).pdf(), PDFAFlavour.PDFUA_1);
    assertEquals(List.of(), failures, "PDF/UA-1 rules the " + lang + " handout breaks");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void theReadingOrderOfTheTaggedPdfIsTheOrderOfTheHtml(String lang) throws Exception {
    List<String> html = new ArrayList<>();
    for (Element element :
        Book.of(lang).html().select("#content h2, #content h3, #content h4, #content p, "
            + "#content td.icon > .title")) {
      if (element.hasClass("section-locales")) {
        continue; // the link to the section in another locale is for screens only
      }
      if (element.is("p") && element.closest("td") != null && element.closest("td.content") == null) {
        continue; // a table cell is one block of the PDF, whatever its paragraphs; a note is not
      }
      html.add(element.tagName().toUpperCase(Locale.ROOT).replace("DIV", "P")
          + " " + PdfText.unwrapped(element.text()));
    }
    List<String> pdf = new ArrayList<>();
    try (PDDocument document = Book.of(lang).openPdf()) {
      for (TaggedText.Block block : TaggedText.blocks(document)) {
        if (block.type().matches("H[234]|P")) {
          pdf.add(block.type() + " " + PdfText.unwrapped(block.text()));
        }
      }
    }
    // The title page and the table of contents come before the first chapter's heading.
    int firstChapter = pdf.stream().filter(entry -> entry.startsWith("H2 ")).findFirst()
        .map(pdf::indexOf).orElse(0);
    List<String> read = pdf.subList(firstChapter, pdf.size());
    assertEquals(html, read, lang + ": reading order differs " + firstDifference(html, read));
  }

  private static String firstDifference(List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String want = i < expected.size() ? expected.get(i) : "(nothing)";
      String got = i < actual.size() ? actual.get(i) : "(nothing)";
      if (!want.equals(got)) {
        return "at block " + i + ": the HTML has «" + want + "», the PDF «" + got + "»";
      }
    }
    return "";
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void theHandoutPassesPdfA2a(String lang) throws Exception {
    List<PdfValidation.Failure> failures =
        PdfValidation.failures(Book.of(lang).pdf(), PDFAFlavour.PDFA_2_A);
    assertEquals(List.of(), failures, "PDF/A-2a rules the " + lang + " handout breaks");
  }
}
