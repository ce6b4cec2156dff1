package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.asciidoc.InlineTokens;
import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceText;
import io.github.awsnetbook.tools.safety.RepositoryFiles;
import io.github.awsnetbook.tools.translation.Section.Admonition;
import io.github.awsnetbook.tools.translation.Section.Figure;
import io.github.awsnetbook.tools.translation.Section.Reference;
import io.github.awsnetbook.tools.translation.Section.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.awsnetbook.tools.asciidoc.SourceModels;

/**
 * The outline of a locale's book: sections with their IDs, and the figures, tables, admonitions and
 * references of each, with the lines of each section as the translator wrote them. The lines are
 * those Asciidoctor's own reader hands to its parser ({@link SourceModel#lines()}: includes
 * resolved, conditionals evaluated as the conversion evaluates them); delimiters are {@link
 * SourceText}'s and inline references {@link InlineTokens}'s, the rules every check shares.
 */
public final class OutlineReader {

  /** Roles that mark notes of the editors or translators, which a translation need not mirror. */
  public static final Set<String> EXEMPT_ROLES = Set.of("editor-note", "translator-note");

  private static final Pattern HEADING = Pattern.compile("^(=+)[ \\t]+(\\S.*)$");
  private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[([^\\[\\]].*)\\]\\s*$");
  private static final Pattern ANCHOR =
      Pattern.compile("^\\[\\[([^,\\]]+)(?:,[^\\]]*)?\\]\\]\\s*$");
  private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.[^.\\s]");
  private static final Pattern TABLE = Pattern.compile("^\\|={3,}\\s*$");
  private static final Pattern ADMONITION_PARAGRAPH =
      Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s");
  private static final Pattern ADMONITION_STYLE =
      Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\b");
  private static final Pattern CELL =
      Pattern.compile("(?:^|(?<=\\s))(?:\\d+(?:\\.\\d+)?\\+|\\d+\\*)?[adehlms]?\\|");
  private static final Set<String> HEADER_ATTRIBUTES = Set.of("description", "subject", "keywords");

  private OutlineReader() {}

  /**
   * The outline of the book whose top document is {@code folder/index.adoc}, read through {@code
   * models} (each book parsed once) with {@code repository} as the jail.
   *
   * @throws RepositoryFiles.OutsideRepositoryException if an include leads out of the repository
   */
  public static Outline read(SourceModels models, String lang, Path folder, Path repository) {
    Path root = repository.toAbsolutePath().normalize();
    Path top = folder.toAbsolutePath().normalize().resolve("index.adoc");
    SourceModel model =
        models.load(root, top, Map.of("book-source-dir", top.getParent().toString()));
    refuseIncludesOutside(root, model);
    List<SourceLine> lines =
        model.lines().stream()
            .map(line -> new SourceLine(line.text(), line.file(), line.line()))
            .toList();
    return new Outline(lang, folder, new Scanner(lines).sections(), model.files());
  }

  /**
   * An include whose target lies outside the repository is refused at its line: Asciidoctor's jail
   * turns such a target into a path inside the repository, which it then does not find.
   */
  private static void refuseIncludesOutside(Path root, SourceModel model) {
    for (SourceModel.Message message : model.messages()) {
      boolean notFound = message.text().startsWith("include file not found");
      boolean linkOut = message.text().contains("outside the repository");
      if (!notFound && !linkOut) {
        continue;
      }
      Optional<String> include =
          SourceText.includeTarget(SourceText.read(message.file()).line(message.line()));
      if (include.isPresent()) {
        Path target = Path.of(include.get());
        Path resolved =
            (target.isAbsolute() ? target : message.file().getParent().resolve(target)).normalize();
        if (linkOut || !resolved.startsWith(root)) {
          throw RepositoryFiles.refusedAt(
              root, message.file(), message.line(), "the include target", resolved);
        }
      }
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
        String delimiter = SourceText.delimiter(text);
        if (delimiter != null && SourceText.isVerbatim(delimiter)) {
          i = skipVerbatim(i, delimiter);
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
        if (delimiter.equals(SourceText.delimiter(lines.get(i).text()))) {
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
      for (InlineTokens.Token token : InlineTokens.of(line.text()).tokens()) {
        switch (token.kind()) {
          case CROSS_REFERENCE ->
              current.references.add(
                  new Reference(
                      Reference.Kind.CROSS_REFERENCE, token.target().replaceFirst("^#", ""), line));
          case LINK, URL ->
              current.references.add(new Reference(Reference.Kind.LINK, token.target(), line));
          default -> {
            // Code, passthroughs and the rest are not references.
          }
        }
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
