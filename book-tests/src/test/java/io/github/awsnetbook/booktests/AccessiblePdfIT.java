package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDF handouts are accessible and archivable: veraPDF finds no failed check of PDF/UA-1 or of
 * PDF/A-2a in either book. A failure lists every rule broken, with where it first broke.
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
  void theHandoutPassesPdfA2a(String lang) throws Exception {
    List<PdfValidation.Failure> failures =
        PdfValidation.failures(Book.of(lang).pdf(), PDFAFlavour.PDFA_2_A);
    assertEquals(List.of(), failures, "PDF/A-2a rules the " + lang + " handout breaks");
  }
}
