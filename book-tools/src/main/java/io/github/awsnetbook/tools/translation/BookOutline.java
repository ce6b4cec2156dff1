package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.asciidoc.InlineTokens;
import io.github.awsnetbook.tools.asciidoc.ModelVisitor;
import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.asciidoc.SourceSpan;
import io.github.awsnetbook.tools.asciidoc.SourceText;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import io.github.awsnetbook.tools.translation.Section.Admonition;
import io.github.awsnetbook.tools.translation.Section.Figure;
import io.github.awsnetbook.tools.translation.Section.Reference;
import io.github.awsnetbook.tools.translation.Section.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The outline of a book, read from its {@link SourceModel}: the sections as Asciidoctor parsed them
 * (ID, level, raw title, style, heading), and in each the figures, tables, admonitions and
 * references the parser found in its blocks. A section's own lines, which its fingerprint and its
 * notice copy read, are the lines Asciidoctor's preprocessor handed to the parser ({@link
 * SourceModel#lines()}) from its heading to the next, as written: comments left out, and the
 * attribute lines above a heading (which belong to neither section's text) left out.
 */
public final class BookOutline implements ModelVisitor {

  /** Roles that mark notes of the editors or translators, which a translation need not mirror. */
  static final Set<String> EXEMPT_ROLES = Set.of("editor-note", "translator-note");

  /** Header entries that are the book's words (its metadata), not the build's settings. */
  private static final Set<String> HEADER_ATTRIBUTES = Set.of("description", "subject", "keywords");

  private final SourceModel model;
  private final Map<Place, Integer> lineIndex = new HashMap<>();
  private final List<Builder> builders = new ArrayList<>();
  private Builder current;

  /** A line of a file. */
  private record Place(Path file, int line) {}

  private BookOutline(SourceModel model) {
    this.model = model;
    for (int i = 0; i < model.lines().size(); i++) {
      SourceModel.Line line = model.lines().get(i);
      lineIndex.putIfAbsent(new Place(line.file(), line.line()), i);
    }
  }

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
        models
            .load(root, top, Map.of("book-source-dir", top.getParent().toString()))
            .requireIncludesInside();
    return new Outline(lang, folder, sections(model), model.files());
  }

  /** The sections of {@code model}, the header first. */
  static List<Section> sections(SourceModel model) {
    BookOutline outline = new BookOutline(model);
    model.accept(outline);
    return outline.build();
  }

  @Override
  public void header(SourceModel.Header header) {
    SourceLine first =
        model.lines().isEmpty()
            ? new SourceLine("", Path.of("index.adoc"), 1)
            : sourceLine(model.lines().get(0));
    current = new Builder(Section.HEADER_ID, 0, "", "", first, -1);
    for (SourceModel.Header.Entry entry : header.entries()) {
      if (entry.name().equals("doctitle") && !entry.spans().isEmpty()) {
        SourceSpan title = entry.spans().get(0);
        current.title = title.text().strip();
        current.heading = new SourceLine(title.raw(), title.file(), title.line());
        current.headingIndex = indexOf(title.file(), title.line());
      }
    }
    builders.add(current);
  }

  @Override
  public void section(SourceModel.Section section) {
    int index = headingIndex(section);
    SourceModel.Line heading =
        index >= 0
            ? model.lines().get(index)
            : new SourceModel.Line(section.file(), section.line(), "");
    current =
        new Builder(
            section.idGiven() ? section.id() : "",
            writtenLevel(heading.text(), section.level()),
            section.title() == null ? "" : section.title().strip(),
            section.style(),
            sourceLine(heading),
            index);
    builders.add(current);
  }

  @Override
  public void block(SourceModel.Block block) {
    if (current == null) {
      return;
    }
    switch (block.context()) {
      case "image" -> current.figures.add(new Figure(block.id(), target(block), at(block)));
      case "table" -> current.tables.add(table(block));
      case "admonition" -> {
        if (block.roles().stream().noneMatch(EXEMPT_ROLES::contains)) {
          current.admonitions.add(new Admonition(block.style(), at(block)));
        }
      }
      default -> {
        // Other blocks hold only text, whose references are read below.
      }
    }
    if (!block.verbatim()) {
      for (SourceSpan span : block.spans()) {
        references(span);
      }
    }
  }

  private static String target(SourceModel.Block block) {
    String target = block.attributes().get("target");
    return target == null ? "" : target.strip();
  }

  private Table table(SourceModel.Block block) {
    int rows = Integer.parseInt(block.attributes().getOrDefault("rowcount", "0"));
    int columns = Integer.parseInt(block.attributes().getOrDefault("colcount", "1"));
    return new Table(block.id(), rows, columns, at(block));
  }

  private void references(SourceSpan span) {
    SourceLine line = new SourceLine(span.raw(), span.file(), span.line());
    for (InlineTokens.Token token : InlineTokens.of(span.isolated()).tokens()) {
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

  private SourceLine at(SourceModel.Block block) {
    int index = indexOf(block.file(), block.line());
    return index >= 0
        ? sourceLine(model.lines().get(index))
        : new SourceLine(
            SourceText.read(block.file()).line(block.line()), block.file(), block.line());
  }

  /**
   * The index of a section's heading line in the model's lines: its source location, or the first
   * heading line after it (the location may name the attribute line above the heading).
   */
  private int headingIndex(SourceModel.Section section) {
    int index = indexOf(section.file(), section.line());
    if (index < 0) {
      return -1;
    }
    for (int i = index; i < model.lines().size(); i++) {
      if (SourceText.isSectionTitle(model.lines().get(i).text())) {
        return i;
      }
    }
    return index;
  }

  /**
   * The level as the heading is written, which a translation keeps: Asciidoctor makes a level-0
   * colophon level 1 in a book.
   */
  private static int writtenLevel(String heading, int parsed) {
    int written = SourceText.writtenLevel(heading);
    return written >= 0 ? written : parsed;
  }

  private int indexOf(Path file, int line) {
    return lineIndex.getOrDefault(new Place(file, line), -1);
  }

  private static SourceLine sourceLine(SourceModel.Line line) {
    return new SourceLine(line.text(), line.file(), line.line());
  }

  /** Each section with its own lines: those between its heading and the next section's. */
  private List<Section> build() {
    List<SourceModel.Line> lines = model.lines();
    for (int k = 0; k < builders.size(); k++) {
      Builder builder = builders.get(k);
      boolean header = k == 0;
      boolean last = k + 1 == builders.size();
      int from = header ? 0 : builder.headingIndex + 1;
      int to = last ? lines.size() : builders.get(k + 1).headingIndex;
      if ((!header && builder.headingIndex < 0) || to < 0) {
        continue;
      }
      OwnLines own = new OwnLines(header ? builder.headingIndex : -1, header);
      List<SourceModel.Line> range = lines.subList(Math.min(from, to), to);
      for (int i = 0; i < range.size(); i++) {
        own.accept(i, range.get(i));
      }
      builder.own.addAll(own.lines(last));
    }
    return builders.stream().map(Builder::build).toList();
  }

  /**
   * The lines of a section as written: a comment block and comment lines left out (but not inside a
   * listing), the header's title and every section's settings (attribute entries) left out, and the
   * attribute lines that close the range (they are the next heading's, not this section's text)
   * left out.
   */
  private static final class OwnLines {
    private final int titleIndex;
    private final boolean header;
    private final List<SourceLine> lines = new ArrayList<>();
    private final List<SourceLine> trailingAttributes = new ArrayList<>();
    private String verbatim;

    OwnLines(int titleIndex, boolean header) {
      this.titleIndex = titleIndex;
      this.header = header;
    }

    void accept(int index, SourceModel.Line line) {
      String text = line.text();
      if (index == titleIndex) {
        return;
      }
      if (verbatim != null) {
        keepUnlessComment(line);
        if (verbatim.equals(SourceText.delimiter(text))) {
          verbatim = null;
        }
        return;
      }
      String delimiter = SourceText.delimiter(text);
      if (delimiter != null && SourceText.isVerbatim(delimiter)) {
        verbatim = delimiter;
        keepUnlessComment(line);
        trailingAttributes.clear();
        return;
      }
      // An attribute entry is a setting in any section, not text to translate: a chapter's own
      // (the post's front matter that book:import writes above a chapter's heading) would else
      // count as the text of the section before that chapter.
      if (text.startsWith("//") || isSetting(text)) {
        return;
      }
      lines.add(sourceLine(line));
      if (SourceText.isBlockAttributeLine(text)) {
        trailingAttributes.add(sourceLine(line));
      } else if (!text.isBlank() && !SourceText.isBlockTitle(text)) {
        trailingAttributes.clear();
      }
    }

    private void keepUnlessComment(SourceModel.Line line) {
      if (!verbatim.startsWith("/")) {
        lines.add(sourceLine(line));
      }
    }

    List<SourceLine> lines(boolean last) {
      if (!last) {
        lines.removeAll(trailingAttributes);
      }
      return lines;
    }
  }

  private static boolean isSetting(String text) {
    return SourceText.attributeEntry(text)
        .filter(entry -> !HEADER_ATTRIBUTES.contains(entry.name().toLowerCase(Locale.ROOT)))
        .isPresent();
  }

  /** A section being read. */
  private static final class Builder {
    final String id;
    final int level;
    final String style;
    String title;
    SourceLine heading;
    int headingIndex;
    final List<SourceLine> own = new ArrayList<>();
    final List<Figure> figures = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();
    final List<Admonition> admonitions = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();

    Builder(
        String id, int level, String title, String style, SourceLine heading, int headingIndex) {
      this.id = id;
      this.level = level;
      this.style = style;
      this.title = title;
      this.heading = heading;
      this.headingIndex = headingIndex;
    }

    Section build() {
      return new Section(
          id, level, title, style, heading, own, figures, tables, admonitions, references);
    }
  }
}
