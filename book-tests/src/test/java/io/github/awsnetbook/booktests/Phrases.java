package io.github.awsnetbook.booktests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A distinctive phrase of every paragraph, list item and table cell of the seed article, in each
 * locale, with the section it belongs to ({@code article-0003-phrases.tsv}).
 */
record Phrases(String sectionId, String ja, String en) {

  String in(String lang) {
    return switch (lang) {
      case "ja" -> ja;
      case "en" -> en;
      default -> throw new IllegalArgumentException("no phrases for locale " + lang);
    };
  }

  static List<Phrases> ofArticle0003() {
    InputStream in = Phrases.class.getResourceAsStream("/article-0003-phrases.tsv");
    if (in == null) {
      throw new IllegalStateException(
          "article-0003-phrases.tsv is missing from the test resources");
    }
    List<Phrases> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 3) {
          throw new IllegalStateException("not 3 tab-separated cells: " + line);
        }
        rows.add(new Phrases(cells[0].strip(), cells[1].strip(), cells[2].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
