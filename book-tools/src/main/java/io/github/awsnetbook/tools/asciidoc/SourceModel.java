package io.github.awsnetbook.tools.asciidoc;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

/**
 * The one reading of a book's sources: the document as Asciidoctor's own parser reads it ({@code
 * load} with a source map, SAFE mode, the repository as the jail, the build's extensions and the
 * attributes given), so that includes, conditionals, delimiters and IDs are exactly those of the
 * conversion. It gives the header, every section and every block in reading order, each with the
 * file and line it comes from and the spans of the raw lines that hold its text; checks walk it as
 * {@link ModelVisitor}s.
 *
 * @param root the repository: the jail of includes, and what paths in messages are relative to
 * @param document the top document
 * @param header the document header
 * @param nodes the sections and blocks, in reading order
 * @param messages what Asciidoctor reported while parsing (a missing include, an unterminated
 *     block)
 * @param files every file the document reads, the top document first
 * @param lines the document's lines as Asciidoctor's preprocessor handed them to its parser:
 *     includes resolved, conditionals evaluated, directive lines, skipped branches and comment
 *     blocks left out; each as written in its file
 */
public record SourceModel(
    Path root,
    Path document,
    Header header,
    List<Node> nodes,
    List<Message> messages,
    Set<Path> files,
    List<Line> lines) {

  public SourceModel {
    lines = List.copyOf(lines);
    nodes = List.copyOf(nodes);
    messages = List.copyOf(messages);
    files = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(files));
  }

  /** A section or a block. */
  public sealed interface Node permits Section, Block {
    /** The file the node starts in. */
    Path file();

    /** The line it starts on, 1-based. */
    int line();

    /** The ID of the innermost section with an ID of its own that holds the node; "" if none. */
    String sectionId();
  }

  /**
   * A section: its ID (given or generated), whether the ID was given ({@code [#id]}, {@code
   * [[id]]}), its level (1 for {@code ==}), its raw title, style and where its heading is.
   */
  public record Section(
      String id,
      boolean idGiven,
      int level,
      String title,
      String style,
      Path file,
      int line,
      String sectionId,
      List<SourceSpan> titleSpans)
      implements Node {
    public Section {
      titleSpans = List.copyOf(titleSpans);
    }
  }

  /**
   * A block: its context as Asciidoctor names it ({@code paragraph}, {@code listing}, {@code
   * table}), or {@code list_item}, {@code dlist_term} and {@code table_cell} for the items of lists
   * and tables; its style, ID, roles and attributes; where it starts; how many blocks enclose it;
   * the spans of its own text (not of the blocks inside it) and of its title.
   */
  public record Block(
      String context,
      String style,
      String id,
      List<String> roles,
      Map<String, String> attributes,
      Path file,
      int line,
      String sectionId,
      int depth,
      List<SourceSpan> spans,
      List<SourceSpan> titleSpans)
      implements Node {
    public Block {
      roles = List.copyOf(roles);
      attributes = Map.copyOf(attributes);
      spans = List.copyOf(spans);
      titleSpans = List.copyOf(titleSpans);
    }

    /** Whether the block's text is shown as written, not read as AsciiDoc (listing, pass …). */
    public boolean verbatim() {
      return SourceText.isVerbatim(context, style);
    }
  }

  /**
   * The document header: the top document's title and the attributes it sets that readers see (the
   * HTML page's and the PDF's description and keywords), each with the spans of its text.
   */
  public record Header(Path file, Map<String, String> attributes, List<Entry> entries) {
    public Header {
      attributes = Map.copyOf(attributes);
      entries = List.copyOf(entries);
    }

    /** One header item: {@code doctitle}, or the name of an attribute entry, and its spans. */
    public record Entry(String name, List<SourceSpan> spans) {
      public Entry {
        spans = List.copyOf(spans);
      }
    }
  }

  /** One line of a source file, as written (without the byte-order mark and line terminator). */
  public record Line(Path file, int line, String text) {}

  /** A message of Asciidoctor's parser: severity (ERROR, WARN …), where, and what. */
  public record Message(String severity, Path file, int line, String text) {

    public boolean isError() {
      return severity.equals("ERROR") || severity.equals("FATAL");
    }

    /**
     * The message as the build reports it, at its line relative to {@code root}: {@code
     * asciidoc/include-not-found}, {@code asciidoc/include-depth}, or {@code asciidoc/read-error},
     * with what to write where Asciidoctor's own text does not say.
     */
    public Diagnostic diagnostic(Path root) {
      String rule =
          text.startsWith("include file not found")
              ? "asciidoc/include-not-found"
              : text.contains("include depth") ? "asciidoc/include-depth" : "asciidoc/read-error";
      String shown = Places.withRelativePaths(root, text);
      String advice =
          text.contains(";") || !rule.equals("asciidoc/include-not-found")
              ? ""
              : "; write a path relative to this file or through {book-source-dir}, to a file"
                  + " inside the repository";
      Diagnostic.Severity level =
          isError() ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING;
      return new Diagnostic(
              level, Places.relative(root, file), Math.max(1, line), 1, shown + advice)
          .withRule(rule);
    }
  }

  /**
   * Parses {@code document} with {@code asciidoctor} (the caller's instance, shared across checks:
   * starting JRuby takes seconds), in SAFE mode with {@code root} as the jail and with {@code
   * attributes} set as the build sets them.
   */
  public static SourceModel load(
      Asciidoctor asciidoctor, Path root, Path document, Map<String, Object> attributes) {
    Path top = document.toAbsolutePath().normalize();
    Path jail = root.toAbsolutePath().normalize();
    Map<String, Object> asWritten = new java.util.HashMap<>(attributes);
    // The Japanese typesetting joins wrapped lines in the tree; the model keeps them as written.
    asWritten.putIfAbsent(TreeWalk.TYPESETTING_SWITCH, "off");
    asWritten.put(ReadLines.ATTRIBUTE, "");
    Options options =
        Options.builder()
            .safe(SafeMode.SAFE)
            .sourcemap(true)
            .baseDir(jail.toFile())
            .attributes(attributes(asWritten))
            .build();
    List<LogRecord> records = new ArrayList<>();
    LogHandler handler = records::add;
    asciidoctor.registerLogHandler(handler);
    Document parsed;
    try {
      parsed = asciidoctor.loadFile(top.toFile(), options);
    } finally {
      asciidoctor.unregisterLogHandler(handler);
    }
    return new ModelBuilder(jail, top, parsed).build(messages(records, top));
  }

  private static Attributes attributes(Map<String, Object> values) {
    Attributes attributes = Attributes.builder().build();
    values.forEach(attributes::setAttribute);
    return attributes;
  }

  private static List<Message> messages(List<LogRecord> records, Path top) {
    List<Message> messages = new ArrayList<>();
    for (LogRecord record : records) {
      Path file = top;
      int line = 0;
      if (record.getCursor() != null) {
        if (record.getCursor().getFile() != null) {
          file = Path.of(record.getCursor().getFile());
        }
        line = record.getCursor().getLineNumber();
      }
      messages.add(new Message(record.getSeverity().name(), file, line, record.getMessage()));
    }
    return messages;
  }

  /**
   * This model, if every include it follows stays in the repository: Asciidoctor's jail turns a
   * target outside it into a path inside, which it then does not find, so such an include is
   * refused here at its line.
   *
   * @throws RepositoryFiles.OutsideRepositoryException for the first include out of the repository
   */
  public SourceModel requireIncludesInside() {
    for (Message message : messages) {
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
    return this;
  }

  /** Calls the visitor for the header, then for every node in reading order. */
  public void accept(ModelVisitor visitor) {
    visitor.header(header);
    for (Node node : nodes) {
      if (node instanceof Section section) {
        visitor.section(section);
      } else if (node instanceof Block block) {
        visitor.block(block);
      }
    }
  }

  /** The sections, in reading order. */
  public List<Section> sections() {
    return nodes.stream().filter(Section.class::isInstance).map(Section.class::cast).toList();
  }

  /** The blocks, in reading order. */
  public List<Block> blocks() {
    return nodes.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
  }
}
