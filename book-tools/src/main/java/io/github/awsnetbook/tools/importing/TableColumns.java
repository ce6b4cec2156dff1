package io.github.awsnetbook.tools.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's {@code cols} attribute, split into what belongs to whom: a horizontal alignment the
 * post gives ({@code |:---|}) is the author's, the width and style of a column the editors' (and
 * its alignment, where the post gives none). A re-import carries the post's alignment into the
 * editors' columns, so that neither loses what it owns.
 *
 * @param columns each column's specifier, multipliers ({@code 2*1}) written out
 */
record TableColumns(List<String> columns) {

  private static final Pattern COLS = Pattern.compile("cols=\"([^\"]*)\"");

  /** A column's horizontal alignment, then the rest: vertical alignment, width, style. */
  private static final Pattern COLUMN = Pattern.compile("([<^>]?)(.*)");

  private static final Pattern MULTIPLIED = Pattern.compile("(\\d+)\\*(.*)");

  TableColumns {
    columns = List.copyOf(columns);
  }

  /** The columns an attribute line gives, if it has a {@code cols} attribute. */
  static Optional<TableColumns> of(String attributeLine) {
    Matcher cols = COLS.matcher(attributeLine);
    if (!cols.find()) {
      return Optional.empty();
    }
    List<String> columns = new ArrayList<>();
    for (String written : cols.group(1).split("[,;]")) {
      Matcher multiplied = MULTIPLIED.matcher(written.strip());
      int times = multiplied.matches() ? Integer.parseInt(multiplied.group(1)) : 1;
      String column = multiplied.matches() ? multiplied.group(2) : written.strip();
      for (int i = 0; i < times; i++) {
        columns.add(column);
      }
    }
    return Optional.of(new TableColumns(columns));
  }

  /** Whether the post's table has as many columns as these. */
  boolean fits(TableColumns post) {
    return post.columns.size() == columns.size();
  }

  /** These columns, each with the post's alignment where it gives one; only when they fit. */
  TableColumns alignedLike(TableColumns post) {
    List<String> aligned = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String given = alignment(post.columns.get(i));
      String column = columns.get(i);
      boolean same = given.isEmpty() || effective(given).equals(effective(alignment(column)));
      aligned.add(same ? column : given + rest(column));
    }
    return new TableColumns(aligned);
  }

  /** The attribute line with these columns in its {@code cols} attribute. */
  String into(String attributeLine) {
    return COLS.matcher(attributeLine)
        .replaceFirst(Matcher.quoteReplacement("cols=\"" + String.join(",", columns) + "\""));
  }

  private static String alignment(String column) {
    Matcher parts = COLUMN.matcher(column);
    return parts.matches() ? parts.group(1) : "";
  }

  /** Left is a column's alignment when it gives none. */
  private static String effective(String alignment) {
    return alignment.isEmpty() ? "<" : alignment;
  }

  private static String rest(String column) {
    Matcher parts = COLUMN.matcher(column);
    return parts.matches() ? parts.group(2) : column;
  }
}
