package io.github.awsnetbook.tools.asciidoc;

import io.github.awsnetbook.tools.asciidoc.SourceModel.Block;
import io.github.awsnetbook.tools.asciidoc.SourceModel.Header;
import io.github.awsnetbook.tools.asciidoc.SourceModel.Message;
import io.github.awsnetbook.tools.asciidoc.SourceModel.Node;
import io.github.awsnetbook.tools.asciidoc.SourceModel.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;
import org.jruby.runtime.builtin.IRubyObject;

/**
 * Walks the tree Asciidoctor parsed into a {@link SourceModel}: the nodes in reading order, and for
 * each the spans of the raw lines that hold its text, found from the node's source location
 * forward.
 */
final class ModelBuilder {

  /** How far past its source location a block's text may start (attribute lines, a title). */
  private static final int LOOKAHEAD = 24;

  /** The header entries that readers see besides the title: the page's and the PDF's metadata. */
  private static final List<String> READER_ATTRIBUTES = List.of("description", "keywords");

  private final Path root;
  private final Path top;
  private final Document document;
  private final Map<Path, SourceText> texts = new HashMap<>();
  private final List<Node> nodes = new ArrayList<>();
  private final Set<Path> files = new LinkedHashSet<>();

  ModelBuilder(Path root, Path top, Document document) {
    this.root = root;
    this.top = top;
    this.document = document;
    files.add(top);
  }

  SourceModel build(List<Message> messages) {
    Header header = header();
    TreeWalk.walk(document.getBlocks(), new Context(top, 0, "", 0), new Nodes());
    List<SourceModel.Line> lines = readLines();
    return new SourceModel(root, top, header, nodes, messages, files, lines);
  }

  /**
   * The lines the preprocessor handed to the parser ({@link ReadLines}), each as written in its
   * file; lines it made up (the attribute entries of an include's {@code leveloffset}, the content
   * of a one-line conditional) are not in any file as read and are left out.
   */
  private List<SourceModel.Line> readLines() {
    IRubyObject recorded =
        ((RubyObjectWrapper) document).getRubyProperty("instance_variable_get", ReadLines.VARIABLE);
    List<SourceModel.Line> lines = new ArrayList<>();
    if (recorded == null || recorded.isNil()) {
      return lines;
    }
    for (Object entry : (List<?>) recorded.toJava(List.class)) {
      String[] parts = entry.toString().split("\u0000", 3);
      if (parts.length < 3 || parts[1].isEmpty()) {
        continue;
      }
      Path file = Path.of(parts[1]).toAbsolutePath().normalize();
      int number = Integer.parseInt(parts[0]);
      String raw = text(file).line(number);
      if (number >= 1 && raw.stripTrailing().equals(parts[2].stripTrailing())) {
        files.add(file);
        lines.add(new SourceModel.Line(file, number, raw));
      }
    }
    return lines;
  }

  private Header header() {
    Map<String, String> attributes = new TreeMap<>();
    document.getAttributes().forEach((name, value) -> attributes.put(name, String.valueOf(value)));
    List<Header.Entry> entries = new ArrayList<>();
    SourceText text = text(top);
    boolean titled = document.getDoctitle() != null;
    for (int i = 1; i <= text.lines().size(); i++) {
      String line = text.line(i);
      if (titled && line.startsWith("= ")) {
        String title = line.substring(2).strip();
        int from = line.indexOf(title);
        titled = false;
        entries.add(
            new Header.Entry("doctitle", List.of(span(top, i, from, from + title.length()))));
      }
      for (String name : READER_ATTRIBUTES) {
        String entry = ":" + name + ":";
        if (line.startsWith(entry) && document.hasAttribute(name)) {
          int from =
              entry.length()
                  + (line.length()
                      - entry.length()
                      - line.substring(entry.length()).stripLeading().length());
          entries.add(new Header.Entry(name, List.of(span(top, i, from, line.length()))));
        }
      }
      if (line.isBlank() && !titled) {
        // The header ends at the first blank line after the title.
        break;
      }
    }
    return new Header(top, attributes, entries);
  }

  /**
   * Where the nodes inside a node are: its file (theirs, unless their source location names
   * another), its line (a list item or cell without a location of its own takes it), the section
   * they belong to and how many blocks enclose them.
   */
  private record Context(Path file, int line, String sectionId, int depth) {}

  /** The nodes of the tree, as {@link TreeWalk} visits them, into {@link #nodes}. */
  private final class Nodes implements TreeWalk.Visitor<Context> {

    /** The line of the last cell read: a cell without a location of its own starts after it. */
    private int cellLine;

    @Override
    public Context node(StructuralNode node, Context parent) {
      Place place =
          relocated(
              new Place(
                  fileOf(node.getSourceLocation(), parent.file()),
                  lineOf(node.getSourceLocation())),
              firstText(node));
      Path file = place.file();
      int line = place.line();
      if (node instanceof org.asciidoctor.ast.Section section) {
        boolean given = section.getAttributes().containsKey("id");
        String id = section.getId() == null ? "" : section.getId();
        String title = RawTitles.of(section);
        nodes.add(
            new Section(
                id,
                given,
                section.getLevel(),
                title,
                styleOf(section),
                file,
                line,
                parent.sectionId(),
                locate(file, line, title == null ? List.of() : List.of(title))));
        return new Context(file, line, given ? id : parent.sectionId(), parent.depth());
      }
      nodes.add(block(node, file, line, parent.sectionId(), parent.depth(), ownLines(node)));
      if (node instanceof org.asciidoctor.ast.Table) {
        cellLine = line;
      }
      return new Context(file, line, parent.sectionId(), parent.depth() + 1);
    }

    @Override
    public Context item(ListItem item, String context, Context parent) {
      Path file = fileOf(item.getSourceLocation(), parent.file());
      int line =
          item.getSourceLocation() == null ? parent.line() : lineOf(item.getSourceLocation());
      String source = item.getSource() == null ? "" : item.getSource();
      nodes.add(
          new Block(
              context,
              "",
              item.getId() == null ? "" : item.getId(),
              List.of(),
              attributes(item),
              file,
              line,
              parent.sectionId(),
              parent.depth(),
              locate(file, line, source.lines().toList()),
              List.of()));
      return new Context(file, line, parent.sectionId(), parent.depth() + 1);
    }

    @Override
    public Context cell(Cell cell, Context table) {
      Path file = fileOf(cell.getSourceLocation(), table.file());
      int line = cell.getSourceLocation() == null ? cellLine : lineOf(cell.getSourceLocation());
      String source = cell.getSource() == null ? "" : cell.getSource();
      List<SourceSpan> spans = locate(file, line, source.lines().toList());
      boolean asciidoc = "asciidoc".equals(cell.getStyle());
      nodes.add(
          new Block(
              "table_cell",
              cell.getStyle() == null ? "" : cell.getStyle(),
              "",
              List.of(),
              attributes(cell),
              file,
              line,
              table.sectionId(),
              table.depth(),
              asciidoc ? List.of() : spans,
              List.of()));
      if (!spans.isEmpty()) {
        cellLine = spans.get(0).line();
      }
      return new Context(file, line, table.sectionId(), table.depth() + 1);
    }
  }

  /**
   * A section's style as written ({@code [appendix]}, {@code [colophon]}): Asciidoctor keeps it in
   * the section's attributes, not as the node's style.
   */
  private static String styleOf(org.asciidoctor.ast.Section section) {
    Object style = section.getStyle() != null ? section.getStyle() : section.getAttribute("style");
    return style == null ? "" : style.toString();
  }

  private Block block(
      StructuralNode node,
      Path file,
      int mappedLine,
      String sectionId,
      int depth,
      List<String> own) {
    String title = RawTitles.of(node);
    List<SourceSpan> spans =
        own.isEmpty() && isBlockMacro(file, mappedLine, node)
            ? List.of(span(file, mappedLine, 0, text(file).line(mappedLine).length()))
            : locate(file, mappedLine, own);
    // Asciidoctor maps a paragraph that a conditional directive follows to a later line.
    int line = spans.isEmpty() ? mappedLine : Math.min(mappedLine, spans.get(0).line());
    return new Block(
        node.getContext(),
        node.getStyle() == null ? "" : node.getStyle(),
        node.getId() == null ? "" : node.getId(),
        node.getRoles(),
        attributes(node),
        file,
        line,
        sectionId,
        depth,
        spans,
        title == null ? List.of() : titleSpans(file, line, title));
  }

  /**
   * Whether a block without lines of its own is a block macro whose line is its source: an image,
   * whose alt text is prose.
   */
  private boolean isBlockMacro(Path file, int line, StructuralNode node) {
    return node.getContext().equals("image") && text(file).line(line).startsWith("image::");
  }

  /** A line of a file. */
  private record Place(Path file, int line) {}

  /**
   * Where a node really starts. Asciidoctor maps the last block of an included file to the include
   * directive in the including file; the node's first text is then looked up, from the end, in the
   * file the directive includes (its target's attribute references resolved as the document set
   * them).
   */
  private Place relocated(Place place, String first) {
    if (first == null) {
      return place;
    }
    Place current = place;
    if (!holdsNear(text(current.file()), current.line(), first)
        && SourceText.includeTarget(text(current.file()).line(current.line())).isEmpty()) {
      current = inKnownFiles(current, first);
    }
    SourceLocations.Line found =
        SourceLocations.followIncludes(
            new SourceLocations.Line(current.file(), current.line()),
            current.file().getParent(),
            first,
            this::text,
            document::getAttribute);
    if (!found.file().equals(current.file())) {
      files.add(found.file());
    }
    return new Place(found.file(), found.number());
  }

  /**
   * The first line that holds {@code first} in the files read so far, for a block Asciidoctor maps
   * to a file that does not hold it (a paragraph that runs on into an included file is mapped to
   * the included file, at line 0); {@code place} if none does.
   */
  private Place inKnownFiles(Place place, String first) {
    for (Path file : files) {
      SourceText text = text(file);
      for (int i = 1; i <= text.lines().size(); i++) {
        if (text.line(i).contains(first)) {
          return new Place(file, i);
        }
      }
    }
    return place;
  }

  private static boolean holdsNear(SourceText text, int line, String first) {
    for (int i = Math.max(1, line - LOOKAHEAD); i <= line + LOOKAHEAD; i++) {
      if (text.line(i).contains(first)) {
        return true;
      }
    }
    return false;
  }

  private String substitute(String target) {
    return SourceText.resolveAttributes(target, document::getAttribute);
  }

  /** The first line of a node's own text or of its title, to find it by; null if it has none. */
  private static String firstText(StructuralNode node) {
    List<String> own = ownLines(node);
    if (!own.isEmpty() && !own.get(0).isBlank()) {
      return own.get(0).strip();
    }
    if (node.getContext().equals("image") && node.getAttribute("target") != null) {
      // A block image has no lines of its own: its macro line names its target.
      return "image::" + node.getAttribute("target");
    }
    String title = RawTitles.of(node);
    return title == null || title.isBlank() ? null : title;
  }

  /** The lines of a block's own text: a paragraph's or a listing's, none for compound blocks. */
  private static List<String> ownLines(StructuralNode node) {
    if (node instanceof org.asciidoctor.ast.Block block
        && !"compound".equals(block.getContentModel())
        && !"empty".equals(block.getContentModel())) {
      return block.getLines();
    }
    return List.of();
  }

  private static Map<String, String> attributes(org.asciidoctor.ast.ContentNode node) {
    Map<String, String> attributes = new TreeMap<>();
    node.getAttributes().forEach((name, value) -> attributes.put(name, String.valueOf(value)));
    return attributes;
  }

  /** The title line ({@code .Title}) above a block, searched upward from its first line. */
  private List<SourceSpan> titleSpans(Path file, int line, String title) {
    SourceText text = text(file);
    for (int i = line; i >= Math.max(1, line - LOOKAHEAD); i--) {
      if (text.line(i).stripTrailing().equals("." + title)) {
        return List.of(span(file, i, 1, 1 + title.length()));
      }
    }
    return List.of();
  }

  /**
   * The spans of {@code lines} (as Asciidoctor read them: trailing spaces and indentation may be
   * gone, a list marker or an admonition label taken off) in the raw file, from {@code line} on,
   * each on a line after the one before.
   */
  private List<SourceSpan> locate(Path file, int line, List<String> lines) {
    SourceText text = text(file);
    List<SourceSpan> spans = new ArrayList<>();
    int next = Math.max(1, line);
    String first =
        lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    if (!first.isEmpty() && !holdsAhead(text, next, first)) {
      next = startBefore(text, next, first);
    }
    Path current = file;
    for (String wanted : lines) {
      String needle = wanted.strip();
      if (needle.isEmpty()) {
        continue;
      }
      SourceSpan found = find(current, next, needle);
      if (found == null) {
        // A paragraph may run on into the file an include directive below it includes.
        Path included = includedBelow(current, next);
        found = included == null ? null : find(included, 1, needle);
      }
      if (found != null) {
        spans.add(found);
        current = found.file();
        next = found.line() + 1;
      }
    }
    return spans;
  }

  /** The first span of {@code needle} from {@code line} on, within the lookahead; or null. */
  private SourceSpan find(Path file, int line, String needle) {
    SourceText text = text(file);
    // Skipped conditional branches and comment lines may lie between two lines of a block.
    for (int i = line; i <= Math.min(line + LOOKAHEAD, text.lines().size()); i++) {
      int from = text.line(i).indexOf(needle);
      if (from >= 0) {
        return span(file, i, from, from + needle.length());
      }
    }
    return null;
  }

  /** The file that the first include directive from {@code line} on includes, or null. */
  private Path includedBelow(Path file, int line) {
    SourceText text = text(file);
    for (int i = line; i <= Math.min(line + LOOKAHEAD, text.lines().size()); i++) {
      Optional<String> include = SourceText.includeTarget(text.line(i));
      if (include.isPresent()) {
        Path target = Path.of(substitute(include.get()));
        Path included =
            (target.isAbsolute() ? target : file.getParent().resolve(target)).normalize();
        files.add(included);
        return included;
      }
    }
    return null;
  }

  private static boolean holdsAhead(SourceText text, int line, String first) {
    for (int i = line; i <= Math.min(line + LOOKAHEAD, text.lines().size()); i++) {
      if (text.line(i).contains(first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a block whose mapped line does not hold its first line starts: the nearest line above
   * that holds it, else the mapped line (the text is then searched forward from there).
   */
  private static int startBefore(SourceText text, int line, String first) {
    for (int i = Math.min(line, text.lines().size()); i >= Math.max(1, line - LOOKAHEAD); i--) {
      if (text.line(i).contains(first)) {
        return i;
      }
    }
    return line;
  }

  private SourceSpan span(Path file, int line, int from, int to) {
    return new SourceSpan(file, line, text(file).line(line), from, to);
  }

  private SourceText text(Path file) {
    return texts.computeIfAbsent(
        file, f -> Files.isRegularFile(f) ? SourceText.read(f) : new SourceText(List.of()));
  }

  private Path fileOf(Cursor cursor, Path fallback) {
    if (cursor == null || cursor.getFile() == null) {
      return fallback;
    }
    Path file = Path.of(cursor.getFile()).toAbsolutePath().normalize();
    files.add(file);
    return file;
  }

  private static int lineOf(Cursor cursor) {
    return cursor == null ? 0 : cursor.getLineNumber();
  }
}
