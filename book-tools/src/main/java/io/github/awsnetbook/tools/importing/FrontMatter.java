package io.github.awsnetbook.tools.importing;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jekyll post's front matter: the YAML between the two {@code ---} lines at its top, of which the
 * book takes the title, the date and the author. Jekyll's posts use flat {@code key: value} lines,
 * which is all this reads (a nested value is an error at its line, not a guess).
 *
 * @param lines how many lines of the file it takes, both {@code ---} lines included
 */
record FrontMatter(String title, LocalDate date, String author, int lines) {

  private static final String RULE = "import/front-matter";
  private static final Pattern ENTRY =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*):[ \t]*(.*?)[ \t]*");
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");

  FrontMatter {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(author, "author");
  }

  /** The front matter at the top of {@code lines}, or the error at the line where it is broken. */
  static FrontMatter read(Path file, List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      throw error(
          file,
          1,
          1,
          "the post has no front matter; begin it with a line '---', then title:, date: and"
              + " author:, then '---'");
    }
    Map<String, Integer> at = new LinkedHashMap<>();
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals("---")) {
        return of(file, values, at, i + 1);
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher entry = ENTRY.matcher(line);
      if (!entry.matches() || entry.group(2).isEmpty()) {
        throw error(
            file,
            i + 1,
            1,
            "'" + line.strip() + "' is not a front matter entry; write one 'key: value' a line");
      }
      values.put(entry.group(1), unquoted(file, i + 1, entry));
      at.put(entry.group(1), i + 1);
    }
    throw error(
        file, 1, 1, "the front matter is not closed; end it with a line '---' before the text");
  }

  private static FrontMatter of(
      Path file, Map<String, String> values, Map<String, Integer> at, int lines) {
    for (String key : List.of("title", "date", "author")) {
      if (!values.containsKey(key)) {
        throw error(file, lines, 1, "the front matter has no " + key + "; add '" + key + ": …'");
      }
    }
    String date = values.get("date");
    try {
      LocalDate day = LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date);
      return new FrontMatter(values.get("title"), day, values.get("author"), lines);
    } catch (DateTimeParseException e) {
      throw error(
          file,
          at.get("date"),
          7,
          "the date '" + date + "' is not a date; write it as Jekyll does, 2025-10-13");
    }
  }

  private static String unquoted(Path file, int line, Matcher entry) {
    String value = entry.group(2);
    if (!value.startsWith("\"") && !value.startsWith("'")) {
      return value;
    }
    Matcher quoted = QUOTED.matcher(value);
    if (!quoted.matches()) {
      throw error(
          file,
          line,
          entry.start(2) + 1,
          "the quotes of " + value + " are not closed; close them at the end of the line");
    }
    return Optional.ofNullable(quoted.group(1))
        .map(text -> text.replace("\\\"", "\"").replace("\\\\", "\\"))
        .orElse(quoted.group(2));
  }

  private static DiagnosticException error(Path file, int line, int column, String message) {
    return new DiagnosticException(Diagnostic.error(file, line, column, message).withRule(RULE));
  }
}
