package io.github.awsnetbook.tools.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of a figure label file ({@code figures.properties}: UTF-8 Java properties, keys
 * such as {@code fig-endpoints.title}): one {@link LabelLine} per physical line of a value, with
 * where it is, so that the figures read the texts and the terminology check the prose of the same
 * reading. Escapes ({@code \u30B2}, {@code \n}) are decoded as {@link java.util.Properties} decodes
 * them, and the offsets still point into the line as written.
 */
public final class LabelLines {

  /**
   * One physical line of a label's value.
   *
   * @param key the label's key, unescaped
   * @param value the part of the value on this line, unescaped
   * @param file the file
   * @param line the line, 1-based
   * @param raw the line as written
   * @param offsets for each character of {@code value} and one past its end, its offset in {@code
   *     raw}
   * @param first whether this line starts the label (its key is on it)
   */
  public record LabelLine(
      String key, String value, Path file, int line, String raw, int[] offsets, boolean first) {}

  private LabelLines() {}

  /** Every line of every label's value, in the order of the file. */
  public static List<LabelLine> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<LabelLine> values = new ArrayList<>();
    String continuedKey = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int from = skipBlanks(line, 0);
      boolean continues = endsWithContinuation(line);
      if (continuedKey != null) {
        values.add(value(file, i + 1, line, from, continues, continuedKey, false));
      } else if (from < line.length() && line.charAt(from) != '#' && line.charAt(from) != '!') {
        int keyEnd = keyEnd(line, from);
        String key = unescape(line, from, keyEnd).text().toString();
        int valueStart = skipSeparator(line, keyEnd);
        values.add(value(file, i + 1, line, valueStart, continues, key, true));
        continuedKey = key;
      }
      if (!continues) {
        continuedKey = null;
      }
    }
    return List.copyOf(values);
  }

  private static LabelLine value(
      Path file, int number, String line, int from, boolean continues, String key, boolean first) {
    int to = continues ? line.length() - 1 : line.length();
    Unescaped value = unescape(line, Math.min(from, to), to);
    return new LabelLine(key, value.text().toString(), file, number, line, value.offsets(), first);
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
      if (escaped == 'u' && at + 6 <= to && isHex(line.substring(at + 2, at + 6))) {
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

  private static boolean isHex(String digits) {
    return digits.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }
}
