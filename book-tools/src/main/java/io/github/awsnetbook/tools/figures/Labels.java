package io.github.awsnetbook.tools.figures;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The figure label texts of one locale, from its {@code figures.properties} (UTF-8). */
public record Labels(String lang, Path file, Map<String, String> texts) {

  public Labels {
    texts = Map.copyOf(texts);
  }

  /**
   * The labels of {@code file}, read by {@link LabelLines}: a value continued onto more lines is
   * joined, and a key given twice has its last value, as {@link java.util.Properties} has it.
   */
  public static Labels load(String lang, Path file) {
    Map<String, String> texts = new TreeMap<>();
    for (LabelLines.LabelLine line : LabelLines.read(file)) {
      texts.put(line.key(), line.first() ? line.value() : texts.get(line.key()) + line.value());
    }
    return new Labels(lang, file, texts);
  }

  /** The 1-based line of a key in the file, for messages; 1 if it cannot be found. */
  int lineOf(String key) {
    return LabelLines.read(file).stream()
        .filter(line -> line.first() && line.key().equals(key))
        .mapToInt(LabelLines.LabelLine::line)
        .findFirst()
        .orElse(1);
  }
}
