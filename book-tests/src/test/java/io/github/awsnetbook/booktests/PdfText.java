package io.github.awsnetbook.booktests;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Text extracted from a tagged PDF in reading order, whole or by page. */
final class PdfText {

  private PdfText() {}

  static String of(PDDocument pdf) {
    return pages(pdf, 1, pdf.getNumberOfPages());
  }

  /**
   * The text on pages {@code first} to {@code last} in reading order, as the structure tree gives
   * it (what a screen reader reads): one line per line laid out, each table cell apart from its
   * neighbours. Running headers and page numbers, which are artifacts, are not part of it.
   */
  static String pages(PDDocument pdf, int first, int last) {
    StringBuilder text = new StringBuilder();
    for (TaggedText.Block block : TaggedText.blocks(pdf)) {
      if (block.pages().stream().anyMatch(page -> page >= first && page <= last)) {
        text.append(block.text()).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * Removes layout whitespace, so that a phrase is found even where the PDF broke a line inside it.
   * Latin phrases keep their spaces folded to one, so words do not run together.
   */
  static String unwrapped(String text) {
    return text.replace('\u2019', '\'').replaceAll("[\\s\\p{Z}\\u200b]+", "");
  }
}
