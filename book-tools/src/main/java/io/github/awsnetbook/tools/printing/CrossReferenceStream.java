package io.github.awsnetbook.tools.printing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Lists the cross-reference stream that PDFBox writes last in its own table. PDFBox numbers that
 * stream one past the last object and gives its number in {@code /Size}, but leaves it out of the
 * table, which checkers such as {@code qpdf --check} report ("reported number of objects is not
 * one plus the highest object number"). The object stays where it is; its table gains one entry.
 */
final class CrossReferenceStream {

  private static final Pattern HEAD =
      Pattern.compile("(\\d+) 0 obj\\s*<<(.*?)>>\\s*stream\r?\n", Pattern.DOTALL);
  private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)");
  private static final Pattern WIDTHS = Pattern.compile("/W \\[(\\d+) (\\d+) (\\d+)\\]");
  private static final Pattern INDEX = Pattern.compile("/Index \\[([\\d ]+)\\]");

  private CrossReferenceStream() {}

  /** The PDF with its last cross-reference stream listing itself; unchanged if it already does. */
  static byte[] listingItself(byte[] pdf) {
    String tail = new String(pdf, StandardCharsets.ISO_8859_1);
    int startxref = tail.lastIndexOf("startxref");
    int offset = Integer.parseInt(tail.substring(startxref + 9).trim().split("\\s+")[0]);
    Matcher head = HEAD.matcher(tail).region(offset, tail.length());
    if (!head.lookingAt() || !head.group(2).contains("/Type /XRef")) {
      return pdf; // a classic table: nothing to do
    }
    int number = Integer.parseInt(head.group(1));
    String dictionary = head.group(2);
    Matcher length = LENGTH.matcher(dictionary);
    Matcher widths = WIDTHS.matcher(dictionary);
    Matcher index = INDEX.matcher(dictionary);
    if (!length.find() || !widths.find() || dictionary.contains("/DecodeParms")) {
      throw new IllegalStateException("an unexpected cross-reference stream: " + dictionary);
    }
    List<Integer> ranges = new ArrayList<>();
    if (index.find()) {
      for (String value : index.group(1).trim().split(" ")) {
        ranges.add(Integer.parseInt(value));
      }
    }
    if (ranges.isEmpty() || listsObject(ranges, number)) {
      return pdf;
    }
    int last = ranges.size() - 2;
    if (ranges.get(last) + ranges.get(last + 1) == number) {
      ranges.set(last + 1, ranges.get(last + 1) + 1);
    } else {
      ranges.add(number);
      ranges.add(1);
    }
    int dataStart = head.end();
    byte[] entries = inflate(pdf, dataStart, Integer.parseInt(length.group(1)));
    byte[] own =
        entry(
            offset,
            Integer.parseInt(widths.group(1)),
            Integer.parseInt(widths.group(2)),
            Integer.parseInt(widths.group(3)));
    byte[] table = new byte[entries.length + own.length];
    System.arraycopy(entries, 0, table, 0, entries.length);
    System.arraycopy(own, 0, table, entries.length, own.length);
    byte[] data = deflate(table);
    String newDictionary =
        INDEX
            .matcher(LENGTH.matcher(dictionary).replaceFirst("/Length " + data.length))
            .replaceFirst(
                "/Index ["
                    + String.join(" ", ranges.stream().map(String::valueOf).toList())
                    + "]");
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
    out.write(pdf, 0, offset);
    out.writeBytes(
        (number + " 0 obj\n<<" + newDictionary + ">>\nstream\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(data);
    out.writeBytes(
        ("\r\nendstream\nendobj\nstartxref\n" + offset + "\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static boolean listsObject(List<Integer> ranges, int number) {
    for (int i = 0; i + 1 < ranges.size(); i += 2) {
      if (number >= ranges.get(i) && number < ranges.get(i) + ranges.get(i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** A type-1 entry (an object at {@code offset}, generation 0) in the table's field widths. */
  private static byte[] entry(long offset, int typeWidth, int offsetWidth, int generationWidth) {
    if (offsetWidth < 8 && offset >= 1L << (8 * offsetWidth)) {
      throw new IllegalStateException("the offset " + offset + " does not fit the table");
    }
    byte[] entry = new byte[typeWidth + offsetWidth + generationWidth];
    if (typeWidth > 0) {
      entry[typeWidth - 1] = 1;
    }
    for (int i = 0; i < offsetWidth; i++) {
      entry[typeWidth + offsetWidth - 1 - i] = (byte) (offset >>> (8 * i));
    }
    return entry;
  }

  private static byte[] inflate(byte[] pdf, int start, int length) {
    Inflater inflater = new Inflater();
    inflater.setInput(pdf, start, length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
    byte[] buffer = new byte[8192];
    try {
      while (!inflater.finished()) {
        int count = inflater.inflate(buffer);
        if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buffer, 0, count);
      }
    } catch (DataFormatException e) {
      throw new IllegalStateException("the cross-reference stream cannot be read", e);
    } finally {
      inflater.end();
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }
}
