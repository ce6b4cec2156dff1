package io.github.awsnetbook.booktests;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text extracted from a PDF, whole or by page. */
final class PdfText {

  private PdfText() {}

  static String of(PDDocument pdf) {
    return pages(pdf, 1, pdf.getNumberOfPages());
  }

  /**
   * Text in the order the PDF draws it: Asciidoctor PDF draws each table cell whole, so a cell's
   * text stays together even where its lines sit beside another cell's.
   */
  static String pages(PDDocument pdf, int first, int last) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(false);
      stripper.setStartPage(first);
      stripper.setEndPage(last);
      return stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes layout whitespace, so that a phrase is found even where the PDF broke a line inside it.
   * Latin phrases keep their spaces folded to one, so words do not run together.
   */
  static String unwrapped(String text) {
    return text.replace('\u2019', '\'').replaceAll("[\\s\\p{Z}\\u200b]+", "");
  }
}
