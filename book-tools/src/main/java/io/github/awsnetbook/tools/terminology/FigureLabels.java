package io.github.awsnetbook.tools.terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of a figure label file ({@code figures.properties}: UTF-8 Java properties, keys such
 * as {@code fig-endpoints.title}), one segment per physical line, with their lines.
 *
 * <p>A label's section ID is {@code figure:} and its key: a label is compared with the label of the
 * same key in a translation. Escapes ({@code \u30B2}, {@code \t}) are decoded, and the offsets of
 * the segment still point into the line as written.
 */
public final class FigureLabels {

  /** What the section ID of a label starts with, before its key. */
  public static final String SECTION_PREFIX = "figure:";

  private FigureLabels() {}

  public static List<Segment> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Segment> segments = new ArrayList<>();
    String continuedKey = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int from = skipBlanks(line, 0);
      boolean continues = endsWithContinuation(line);
      if (continuedKey != null) {
        segments.add(value(file, i + 1, line, from, continues, continuedKey));
      } else if (from < line.length() && line.charAt(from) != '#' && line.charAt(from) != '!') {
        int keyEnd = keyEnd(line, from);
        String key = unescape(line, from, keyEnd).text().toString();
        int valueStart = skipSeparator(line, keyEnd);
        segments.add(value(file, i + 1, line, valueStart, continues, key));
        continuedKey = key;
      }
      if (!continues) {
        continuedKey = null;
      }
    }
    segments.removeIf(segment -> segment.text().isBlank());
    return List.copyOf(segments);
  }

  private static Segment value(
      Path file, int number, String line, int from, boolean continues, String key) {
    int to = continues ? line.length() - 1 : line.length();
    Unescaped value = unescape(line, Math.min(from, to), to);
    return new Segment(
        file, number, line, value.text().toString(), value.offsets(), SECTION_PREFIX + key);
  }

  private static int skipBlanks(String line, int from) {
    int at = from;
    while (at < line.length()
        && (line.charAt(at) == ' ' || line.charAt(at) == '\t' || line.charAt(at) == '\f')) {
      at++;
    }
    return at;
  }

  private static int keyEnd(String line, int from) {
    int at = from;
    while (at < line.length()) {
      char c = line.charAt(at);
      if (c == '\\') {
        at += 2;
        continue;
      }
      if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
        break;
      }
      at++;
    }
    return Math.min(at, line.length());
  }

  private static int skipSeparator(String line, int keyEnd) {
    int at = skipBlanks(line, keyEnd);
    if (at < line.length() && (line.charAt(at) == '=' || line.charAt(at) == ':')) {
      at = skipBlanks(line, at + 1);
    }
    return at;
  }

  private static boolean endsWithContinuation(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private record Unescaped(StringBuilder text, int[] offsets) {}

  private static Unescaped unescape(String line, int from, int to) {
    StringBuilder text = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    int at = from;
    while (at < to) {
      char c = line.charAt(at);
      offsets.add(at);
      if (c != '\\' || at + 1 >= to) {
        text.append(c);
        at++;
        continue;
      }
      char escaped = line.charAt(at + 1);
      boolean unicode =
          escaped == 'u'
              && at + 6 <= to
              && line.substring(at + 2, at + 6).matches("\\p{XDigit}{4}");
      if (unicode) {
        text.append((char) Integer.parseInt(line.substring(at + 2, at + 6), 16));
        at += 6;
        continue;
      }
      text.append(
          switch (escaped) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            default -> escaped;
          });
      at += 2;
    }
    offsets.add(at);
    return new Unescaped(text, offsets.stream().mapToInt(Integer::intValue).toArray());
  }
}
