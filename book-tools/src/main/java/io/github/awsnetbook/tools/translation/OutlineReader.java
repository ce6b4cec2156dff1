package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.safety.RepositoryFiles;
import io.github.awsnetbook.tools.translation.Section.Admonition;
import io.github.awsnetbook.tools.translation.Section.Figure;
import io.github.awsnetbook.tools.translation.Section.Reference;
import io.github.awsnetbook.tools.translation.Section.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the outline of a locale's book from its AsciiDoc source, following includes, without
 * converting it: sections with their IDs, and the figures, tables, admonitions and references of
 * each. It reads the source lines rather than Asciidoctor's model so that it runs in a plain JVM
 * step before conversion and names the lines the translator wrote.
 */
public final class OutlineReader {

  /** Roles that mark notes of the editors or translators, which a translation need not mirror. */
  public static final Set<String> EXEMPT_ROLES = Set.of("editor-note", "translator-note");

  private static final int MAX_INCLUDE_DEPTH = 16;
  private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[.*\\]\\s*$");
  private static final Pattern CONDITIONAL =
      Pattern.compile("^(ifn?def|ifeval|endif)::[^\\[]*\\[.*\\]\\s*$");
  private static final Pattern HEADING = Pattern.compile("^(=+)[ \\t]+(\\S.*)$");
  private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[([^\\[\\]].*)\\]\\s*$");
  private static final Pattern ANCHOR =
      Pattern.compile("^\\[\\[([^,\\]]+)(?:,[^\\]]*)?\\]\\]\\s*$");
  private static final Pattern VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,})\\s*$");
  private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.[^.\\s]");
  private static final Pattern TABLE = Pattern.compile("^\\|={3,}\\s*$");
  private static final Pattern ADMONITION_PARAGRAPH =
      Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s");
  private static final Pattern ADMONITION_STYLE =
      Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\b");
  private static final Pattern CROSS_REFERENCE =
      Pattern.compile("<<([^,>\\s]+)(?:,[^>]*)?>>|xref:([^\\[\\s]+)\\[");
  private static final Pattern LINK =
      Pattern.compile("\\b(?:https?|ftp|mailto):[^\\s\\[\\]<>\"]+|link:([^\\[\\s]+)\\[");
  private static final Pattern CELL =
      Pattern.compile("(?:^|(?<=\\s))(?:\\d+(?:\\.\\d+)?\\+|\\d+\\*)?[adehlms]?\\|");
  private static final Set<String> HEADER_ATTRIBUTES = Set.of("description", "subject", "keywords");

  private final Path folder;
  private final Path repository;

  private OutlineReader(Path folder, Path repository) {
    this.folder = folder;
    this.repository = repository;
  }

  /**
   * The outline of the book whose top document is {@code folder/index.adoc}, reading only files
   * inside that folder.
   */
  public static Outline read(String lang, Path folder) {
    return read(lang, folder, folder);
  }

  /**
   * The same, reading only files whose real path (symbolic links followed) lies inside {@code
   * repository}.
   *
   * @throws RepositoryFiles.OutsideRepositoryException if an include leads out of it
   */
  public static Outline read(String lang, Path folder, Path repository) {
    OutlineReader reader = new OutlineReader(folder, repository);
    List<SourceLine> lines = new ArrayList<>();
    reader.expand(folder.resolve("index.adoc"), 0, lines);
    return new Outline(lang, folder, new Scanner(lines).sections());
  }

  /** The book's lines with includes replaced by the included lines and conditionals removed. */
  private void expand(Path file, int depth, List<SourceLine> out) {
    if (depth > MAX_INCLUDE_DEPTH || !Files.isRegularFile(file)) {
      return;
    }
    RepositoryFiles.realPathInside(repository, file);
    List<String> lines = readLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      Matcher include = INCLUDE.matcher(text);
      if (include.matches()) {
        Path target = resolve(file, include.group(1));
        if (Files.isRegularFile(target)
            && RepositoryFiles.outside(repository, target).isPresent()) {
          throw RepositoryFiles.refusedAt(repository, file, i + 1, "the include target", target);
        }
        expand(target, depth + 1, out);
      } else if (!CONDITIONAL.matcher(text).matches()) {
        out.add(new SourceLine(text, file, i + 1));
      }
    }
  }

  private Path resolve(Path including, String target) {
    String path =
        target
            .replace("{book-source-dir}", folder.toString())
            .replace("{docdir}", folder.toString());
    Path resolved = Path.of(path);
    return resolved.isAbsolute() ? resolved : including.getParent().resolve(resolved).normalize();
  }

  private static List<String> readLines(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return text.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Walks the expanded lines once, keeping the block attributes that wait for their block. */
  private static final class Scanner {
    private final List<SourceLine> lines;
    private final List<Section> sections = new ArrayList<>();
    private final List<String> pendingAttributes = new ArrayList<>();
    private final List<SourceLine> pendingLines = new ArrayList<>();
    private String pendingAnchor;
    private Builder current;

    Scanner(List<SourceLine> lines) {
      this.lines = lines;
    }

    List<Section> sections() {
      current =
          new Builder(
              Section.HEADER_ID,
              0,
              "",
              "",
              lines.isEmpty() ? new SourceLine("", Path.of("index.adoc"), 1) : lines.get(0));
      boolean titleSeen = false;
      for (int i = 0; i < lines.size(); i++) {
        SourceLine line = lines.get(i);
        String text = line.text();
        Matcher verbatim = VERBATIM.matcher(text);
        if (verbatim.matches()) {
          i = skipVerbatim(i, verbatim.group(1));
          pendingAttributes.clear();
          pendingLines.clear();
          continue;
        }
        if (text.startsWith("//")) {
          continue;
        }
        Matcher heading = HEADING.matcher(text);
        if (heading.matches()) {
          if (!titleSeen
              && heading.group(1).length() == 1
              && current.id.equals(Section.HEADER_ID)) {
            titleSeen = true;
            current.title = heading.group(2).strip();
            current.heading = line;
            continue;
          }
          startSection(heading.group(1).length() - 1, heading.group(2).strip(), line);
          continue;
        }
        if (current.id.equals(Section.HEADER_ID) && isIgnoredHeaderAttribute(text)) {
          continue;
        }
        i = block(i);
      }
      sections.add(current.build());
      return sections;
    }

    private int skipVerbatim(int start, String delimiter) {
      boolean comment = delimiter.startsWith("/");
      int i = start;
      if (!comment) {
        current.own.add(lines.get(i));
      }
      for (i = start + 1; i < lines.size(); i++) {
        if (!comment) {
          current.own.add(lines.get(i));
        }
        if (lines.get(i).text().strip().equals(delimiter)) {
          break;
        }
      }
      return i;
    }

    private void startSection(int level, String title, SourceLine line) {
      // The attribute lines above a heading belong to the new section, not the one before.
      current.own.removeAll(pendingLines);
      sections.add(current.build());
      String id = pendingAnchor != null ? pendingAnchor : idOf(pendingAttributes);
      current = new Builder(id == null ? "" : id, level, title, styleOf(pendingAttributes), line);
      pendingAttributes.clear();
      pendingLines.clear();
      pendingAnchor = null;
    }

    /** Reads one line of a block (or a whole table) and returns the index of its last line. */
    private int block(int index) {
      SourceLine line = lines.get(index);
      String text = line.text();
      current.own.add(line);
      Matcher anchor = ANCHOR.matcher(text);
      if (anchor.matches()) {
        pendingAnchor = anchor.group(1);
        pendingLines.add(line);
        return index;
      }
      Matcher attributes = BLOCK_ATTRIBUTES.matcher(text);
      if (attributes.matches()) {
        pendingAttributes.add(attributes.group(1));
        pendingLines.add(line);
        return index;
      }
      if (text.isBlank() || BLOCK_TITLE.matcher(text).find()) {
        return index;
      }
      if (TABLE.matcher(text).matches()) {
        return table(index);
      }
      if (text.startsWith("image::")) {
        int bracket = text.indexOf('[');
        String target = text.substring("image::".length(), bracket < 0 ? text.length() : bracket);
        current.figures.add(new Figure(idOrAnchor(), target.strip(), line));
      }
      admonition(line);
      references(line);
      pendingAttributes.clear();
      pendingLines.clear();
      pendingAnchor = null;
      return index;
    }

    private void admonition(SourceLine line) {
      Matcher paragraph = ADMONITION_PARAGRAPH.matcher(line.text());
      if (paragraph.find()) {
        current.admonitions.add(new Admonition(paragraph.group(1), line));
        return;
      }
      for (String attributes : pendingAttributes) {
        String style = attributes.split(",", 2)[0].strip();
        Matcher admonition = ADMONITION_STYLE.matcher(style);
        if (admonition.find() && rolesOf(style).stream().noneMatch(EXEMPT_ROLES::contains)) {
          current.admonitions.add(new Admonition(admonition.group(1), line));
        }
      }
    }

    private void references(SourceLine line) {
      Matcher xref = CROSS_REFERENCE.matcher(line.text());
      while (xref.find()) {
        String target = xref.group(1) != null ? xref.group(1) : xref.group(2);
        current.references.add(
            new Reference(Reference.Kind.CROSS_REFERENCE, target.replaceFirst("^#", ""), line));
      }
      Matcher link = LINK.matcher(line.text());
      while (link.find()) {
        String target = link.group(1) != null ? link.group(1) : link.group();
        current.references.add(new Reference(Reference.Kind.LINK, target, line));
      }
    }

    private int table(int start) {
      String id = idOrAnchor();
      int declaredColumns = declaredColumns(pendingAttributes);
      int cells = 0;
      int firstRowCells = 0;
      int i;
      for (i = start + 1; i < lines.size(); i++) {
        SourceLine line = lines.get(i);
        current.own.add(line);
        if (TABLE.matcher(line.text()).matches()) {
          break;
        }
        references(line);
        int lineCells = countCells(line.text());
        if (firstRowCells == 0) {
          firstRowCells = lineCells;
        }
        cells += lineCells;
      }
      int columns = declaredColumns > 0 ? declaredColumns : Math.max(1, firstRowCells);
      current.tables.add(new Table(id, (cells + columns - 1) / columns, columns, lines.get(start)));
      pendingAttributes.clear();
      pendingLines.clear();
      pendingAnchor = null;
      return i;
    }

    private String idOrAnchor() {
      String id = pendingAnchor != null ? pendingAnchor : idOf(pendingAttributes);
      return id == null ? "" : id;
    }

    private boolean isIgnoredHeaderAttribute(String text) {
      Matcher entry = Pattern.compile("^:!?([\\w-]+)!?:").matcher(text);
      return entry.find() && !HEADER_ATTRIBUTES.contains(entry.group(1).toLowerCase(Locale.ROOT));
    }
  }

  /** The ID in block attributes: {@code [#id]}, {@code [style#id.role]} or {@code [id=x]}. */
  static String idOf(List<String> attributeLines) {
    for (String attributes : attributeLines) {
      String first = attributes.split(",", 2)[0].strip();
      Matcher shorthand = Pattern.compile("#([^.%#,\\s]+)").matcher(first);
      if (shorthand.find()) {
        return shorthand.group(1);
      }
      Matcher named = Pattern.compile("(?:^|,)\\s*id=\"?([^\",\\s]+)").matcher(attributes);
      if (named.find()) {
        return named.group(1);
      }
    }
    return null;
  }

  /** The style of a section, such as colophon or appendix: the first positional attribute. */
  static String styleOf(List<String> attributeLines) {
    for (String attributes : attributeLines) {
      Matcher style = Pattern.compile("^([A-Za-z][\\w-]*)").matcher(attributes.strip());
      if (style.find() && !attributes.strip().matches("^[\\w-]+=.*")) {
        return style.group(1);
      }
    }
    return "";
  }

  static List<String> rolesOf(String style) {
    List<String> roles = new ArrayList<>();
    Matcher role = Pattern.compile("\\.([^.#%\\s]+)").matcher(style);
    while (role.find()) {
      roles.add(role.group(1));
    }
    return roles;
  }

  /** Columns from {@code cols="1,2,2,3"}, {@code cols="3*"} or {@code cols=4}; 0 if undeclared. */
  static int declaredColumns(List<String> attributeLines) {
    for (String attributes : attributeLines) {
      Matcher cols = Pattern.compile("cols=\"?([^\"]*)\"?").matcher(attributes);
      if (!cols.find()) {
        continue;
      }
      String spec = cols.group(1).strip();
      if (spec.matches("\\d+")) {
        return Integer.parseInt(spec);
      }
      int columns = 0;
      for (String column : spec.split("[,;]")) {
        Matcher multiplier = Pattern.compile("^\\s*(\\d+)\\*").matcher(column);
        columns += multiplier.find() ? Integer.parseInt(multiplier.group(1)) : 1;
      }
      return columns;
    }
    return 0;
  }

  static int countCells(String line) {
    Matcher cell = CELL.matcher(line);
    int count = 0;
    while (cell.find()) {
      count++;
    }
    return count;
  }

  /** A section being read. */
  private static final class Builder {
    final String id;
    final int level;
    final String style;
    String title;
    SourceLine heading;
    final List<SourceLine> own = new ArrayList<>();
    final List<Figure> figures = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<Admonition> admonitions = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();

    Builder(String id, int level, String title, String style, SourceLine heading) {
      this.id = id;
      this.level = level;
      this.style = style;
      this.title = title;
      this.heading = heading;
    }

    Section build() {
      return new Section(
          id, level, title, style, heading, own, figures, tables, admonitions, references);
    }
  }
}
