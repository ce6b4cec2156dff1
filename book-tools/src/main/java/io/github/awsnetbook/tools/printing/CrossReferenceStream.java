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
 * table, which checkers such as {@code qpdf --check} report ("reported number of objects is not one
 * plus the highest object number"). The object stays where it is; its table gains one entry.
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
    int[] widths0 = {
      Integer.parseInt(widths.group(1)),
      Integer.parseInt(widths.group(2)),
      Integer.parseInt(widths.group(3))
    };
    byte[] entries = inflate(pdf, head.end(), Integer.parseInt(length.group(1)));
    // The stream's own offset is the file's largest: the offset field may need to grow for it.
    int[] wider = {widths0[0], Math.max(widths0[1], bytesFor(offset)), widths0[2]};
    byte[] table = widen(entries, widths0, wider);
    byte[] own = entry(offset, wider);
    byte[] all = new byte[table.length + own.length];
    System.arraycopy(table, 0, all, 0, table.length);
    System.arraycopy(own, 0, all, table.length, own.length);
    byte[] data = deflate(all);
    String withLength = LENGTH.matcher(dictionary).replaceFirst("/Length " + data.length);
    String withWidths =
        WIDTHS
            .matcher(withLength)
            .replaceFirst("/W [" + wider[0] + " " + wider[1] + " " + wider[2] + "]");
    String newDictionary =
        INDEX
            .matcher(withWidths)
            .replaceFirst(
                "/Index [" + String.join(" ", ranges.stream().map(String::valueOf).toList()) + "]");
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

  private static int bytesFor(long value) {
    int bytes = 1;
    while (bytes < 8 && value >= 1L << (8 * bytes)) {
      bytes++;
    }
    return bytes;
  }

  /** The table's entries re-encoded from field widths {@code from} to the wider {@code to}. */
  private static byte[] widen(byte[] entries, int[] from, int[] to) {
    int size = from[0] + from[1] + from[2];
    if (java.util.Arrays.equals(from, to) || size == 0) {
      return entries;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(entries.length * 2);
    for (int start = 0; start + size <= entries.length; start += size) {
      int at = start;
      for (int field = 0; field < 3; field++) {
        long value = 0;
        for (int i = 0; i < from[field]; i++) {
          value = (value << 8) | (entries[at++] & 0xff);
        }
        writeField(out, value, to[field]);
      }
    }
    return out.toByteArray();
  }

  /** A type-1 entry (an object at {@code offset}, generation 0) in the table's field widths. */
  private static byte[] entry(long offset, int[] widths) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeField(out, 1, widths[0]);
    writeField(out, offset, widths[1]);
    writeField(out, 0, widths[2]);
    return out.toByteArray();
  }

  private static void writeField(ByteArrayOutputStream out, long value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      out.write((int) (value >>> (8 * i)) & 0xff);
    }
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
