package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** PDFBox's cross-reference stream, listed in its own table. */
class CrossReferenceStreamTest {

  private static byte[] savedByPdfBox() throws Exception {
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /** The object number of the last cross-reference stream and the ranges its table lists. */
  private static int[] lastTable(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int offset =
        Integer.parseInt(text.substring(text.lastIndexOf("startxref") + 9).trim().split("\\s+")[0]);
    Matcher head =
        Pattern.compile("(\\d+) 0 obj.*?/Index \\[([\\d ]+)\\]", Pattern.DOTALL).matcher(text);
    assertTrue(head.find(offset));
    String[] ranges = head.group(2).trim().split(" ");
    int last = ranges.length - 2;
    return new int[] {
      Integer.parseInt(head.group(1)),
      Integer.parseInt(ranges[last]),
      Integer.parseInt(ranges[last + 1])
    };
  }

  @Test
  void theStreamListsItselfAndTheFileStillReads() throws Exception {
    byte[] before = savedByPdfBox();
    int[] table = lastTable(before);
    assertTrue(table[1] + table[2] <= table[0], "PDFBox now lists the stream itself");

    byte[] after = CrossReferenceStream.listingItself(before);

    int[] listed = lastTable(after);
    assertEquals(listed[0] + 1, listed[1] + listed[2], "the table ends with the stream itself");
    try (PDDocument pdf = Loader.loadPDF(after)) {
      assertEquals(2, pdf.getNumberOfPages());
    }
    assertArrayEquals(after, CrossReferenceStream.listingItself(after), "listed twice");
  }
}
