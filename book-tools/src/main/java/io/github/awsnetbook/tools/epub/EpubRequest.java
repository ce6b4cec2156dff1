package io.github.awsnetbook.tools.epub;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * What to make an EPUB of: the folder of the finished page (its stylesheet and font subsets), the
 * EPUB's file name, the printed edition's file name (the source of its page numbers), and the date
 * of the build's output timestamp, which the EPUB carries as its modification time.
 */
public record EpubRequest(Path pageFolder, String fileName, String printedName, LocalDate date) {

  public EpubRequest {
    Objects.requireNonNull(pageFolder, "pageFolder");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(printedName, "printedName");
    Objects.requireNonNull(date, "date");
  }

  /** The EPUB's name for a PDF's: {@code aws-network-ja.epub} for {@code aws-network-ja.pdf}. */
  public static String nameFor(String pdfName) {
    return (pdfName.endsWith(".pdf") ? pdfName.substring(0, pdfName.length() - 4) : pdfName)
        + ".epub";
  }

  /** The time the EPUB says it was modified, and the time of every entry of its zip. */
  Instant modified() {
    return date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /**
   * The book's identifier, the same for every build of this file name: a name-based UUID, so that a
   * reading system takes a new build of the book for the same book.
   */
  String identifier() {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(("aws-network-book/" + fileName).getBytes());
  }
}
