package io.github.awsnetbook.tools.figures;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The figure label texts of one locale, from its {@code figures.properties} (UTF-8). */
public record Labels(String lang, Path file, Map<String, String> texts) {

  public Labels {
    texts = Map.copyOf(texts);
  }

  public static Labels load(String lang, Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the figure labels " + file, e);
    }
    Map<String, String> texts = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
    return new Labels(lang, file, texts);
  }

  /** The 1-based line of a key in the file, for messages; 1 if it cannot be found. */
  int lineOf(String key) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).stripLeading();
        if (line.startsWith(key) && line.substring(key.length()).matches("\\s*[=:].*")) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 1;
  }
}
