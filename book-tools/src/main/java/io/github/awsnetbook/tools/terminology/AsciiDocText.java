package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.safety.RepositoryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of an AsciiDoc document, line by line, with the real file and line of each line and the
 * ID of the section it is in; without Asciidoctor, so that it runs before the conversion.
 *
 * <p>It follows {@code include::} directives (the target's attribute references resolved against
 * the attributes given and those the documents set, a relative target against the including file's
 * folder; include options such as {@code lines=} are not applied), and evaluates {@code ifdef} and
 * {@code ifndef} ({@code ifeval} counts as true). It leaves out what is not prose: listing,
 * literal, passthrough and comment blocks, {@code [source]}, {@code [literal]} and indented
 * (literal) paragraphs, comment lines, attribute entries, block attribute lines and anchors, and,
 * inside a line, URLs and the targets of links, cross references and images (their text is prose),
 * inline code and passthroughs, attribute references.
 *
 * <p>A section's ID is the one its heading is given ({@code [#id]}, {@code [[id]]}, {@code
 * [style#id]}, {@code [id=…]}); a section without one belongs to its parent's, the document root's
 * being {@code ""}. Terms split over two source lines are not seen: the books keep terms on one.
 */
public final class AsciiDocText {

  private static final int MAX_INCLUDE_DEPTH = 64;

  private static final Pattern CONDITIONAL =
      Pattern.compile("^(ifdef|ifndef|ifeval)::([^\\[]*)\\[(.*)\\]$");
  private static final Pattern ENDIF = Pattern.compile("^endif::[^\\[]*\\[\\]$");
  private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[.*\\]$");
  private static final Pattern ATTRIBUTE_ENTRY =
      Pattern.compile("^:(!?)([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*)(!?):(?:\\s+(.*))?$");
  private static final Pattern ANCHOR_LINE =
      Pattern.compile("^\\[\\[([^\\],\\s]+)(?:,[^\\]]*)?\\]\\]$");
  private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[([^\\[\\]]*)\\]$");
  private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s+\\S.*$");
  private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("(?<!\\\\)\\{([\\w-]+)\\}");
  private static final Pattern BLOCK_MACRO =
      Pattern.compile("^([a-z][a-z0-9_-]*)::(\\S*?)\\[(.*)\\]$");

  /** Delimiters of blocks whose content is not prose. */
  private static final Set<String> VERBATIM_DELIMITERS = Set.of("-", ".", "+", "/", "`");

  /** Styles of a paragraph or open block whose content is not prose. */
  private static final Set<String> VERBATIM_STYLES =
      Set.of("source", "listing", "literal", "pass", "comment", "stem", "latexmath", "asciimath");

  private final Map<String, String> attributes;
  private final Path repository;
  private final List<Segment> segments = new ArrayList<>();
  private final Deque<Section> sections = new ArrayDeque<>();

  private AsciiDocText(Map<String, String> attributes, Path repository) {
    this.attributes = new HashMap<>(attributes);
    this.repository = repository;
  }

  /**
   * The prose of the document {@code root} and of every file it includes, in reading order. {@code
   * attributes} are set as by the build (such as {@code book-source-dir}); {@code docdir} is set to
   * the root's folder unless given.
   */
  public static List<Segment> read(Path root, Map<String, String> attributes) {
    return read(root, attributes, root.toAbsolutePath().getParent());
  }

  /**
   * The same, reading only files whose real path (symbolic links followed) lies inside {@code
   * repository}; an include that leads out of it is an error naming the link and its target.
   */
  public static List<Segment> read(Path root, Map<String, String> attributes, Path repository) {
    AsciiDocText reader = new AsciiDocText(attributes, repository);
    reader.attributes.putIfAbsent("docdir", root.toAbsolutePath().getParent().toString());
    reader.file(root, 0, null);
    return List.copyOf(reader.segments);
  }

  /** {@code includedFrom}: the include's line, without a message; null for the top file. */
  private void file(Path file, int depth, Diagnostic includedFrom) {
    if (depth > MAX_INCLUDE_DEPTH) {
      throw new TerminologyException(
          error(
              includedFrom,
              "includes nested deeper than "
                  + MAX_INCLUDE_DEPTH
                  + " (an include cycle?); include each file once",
              "asciidoc/include-depth"));
    }
    try {
      RepositoryFiles.realPathInside(repository, file);
    } catch (RepositoryFiles.OutsideRepositoryException e) {
      Diagnostic at = includedFrom == null ? Diagnostic.error(shown(file), 1, 1, "") : includedFrom;
      throw new TerminologyException(
          error(at, e.diagnostic().message(), e.diagnostic().ruleId()), e);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    new FileReader(file, depth).lines(lines);
  }

  /** The reading state within one file. */
  private final class FileReader {
    private final Path file;
    private final int depth;

    /** The delimiter that ends the verbatim block being skipped, or null. */
    private String verbatimEnd;

    /** Whether the paragraph being read is verbatim (ends at a blank line). */
    private boolean verbatimParagraph;

    /** Conditionals entered; false where its content is skipped. */
    private final Deque<Boolean> conditions = new ArrayDeque<>();

    private boolean atParagraphStart = true;
    private String pendingId;
    private String pendingStyle;

    FileReader(Path file, int depth) {
      this.file = file;
      this.depth = depth;
    }

    void lines(List<String> lines) {
      for (int i = 0; i < lines.size(); i++) {
        line(lines.get(i), i + 1);
      }
    }

    private void line(String line, int number) {
      if (verbatimEnd != null) {
        if (line.equals(verbatimEnd)) {
          verbatimEnd = null;
        }
        return;
      }
      if (conditional(line, number)) {
        return;
      }
      if (conditions.contains(false)) {
        return;
      }
      if (line.isBlank()) {
        verbatimParagraph = false;
        atParagraphStart = true;
        return;
      }
      if (verbatimParagraph) {
        return;
      }
      if (isDelimiter(line)) {
        delimiter(line);
        return;
      }
      if (line.startsWith("//")) {
        return;
      }
      Matcher include = INCLUDE.matcher(line);
      if (include.matches()) {
        include(substitute(include.group(1)).strip(), number);
        return;
      }
      if (attributeEntry(line)) {
        return;
      }
      if (blockAttributes(line)) {
        return;
      }
      boolean paragraphStart = atParagraphStart;
      atParagraphStart = false;
      if (pendingStyle != null && VERBATIM_STYLES.contains(pendingStyle)) {
        verbatimParagraph = true;
        consumePending();
        return;
      }
      if (paragraphStart && (line.startsWith(" ") || line.startsWith("\t"))) {
        // An indented paragraph is a literal block.
        verbatimParagraph = true;
        consumePending();
        return;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        section(heading.group(1).length());
        atParagraphStart = true;
      }
      consumePending();
      if (line.equals("+") || line.equals("'''") || line.equals("<<<")) {
        return;
      }
      Matcher macro = BLOCK_MACRO.matcher(line);
      if (macro.matches() && !macro.group(1).equals("image")) {
        return;
      }
      segment(line, number);
    }

    /** Handles an ifdef, ifndef, ifeval or endif line; true where the line was one. */
    private boolean conditional(String line, int number) {
      if (ENDIF.matcher(line).matches()) {
        if (!conditions.isEmpty()) {
          conditions.pop();
        }
        return true;
      }
      Matcher conditional = CONDITIONAL.matcher(line);
      if (!conditional.matches()) {
        return false;
      }
      boolean holds =
          switch (conditional.group(1)) {
            case "ifdef" -> anyDefined(conditional.group(2));
            case "ifndef" -> !anyDefined(conditional.group(2));
            default -> true;
          };
      String content = conditional.group(3);
      if (conditional.group(1).equals("ifeval") || content.isEmpty()) {
        conditions.push(holds);
      } else if (holds && !conditions.contains(false)) {
        // The one-line form: ifndef::name[:name: value].
        line(content, number);
      }
      return true;
    }

    private boolean anyDefined(String names) {
      for (String name : names.split("[,+]")) {
        if (attributes.containsKey(name.strip())) {
          return true;
        }
      }
      return false;
    }

    private boolean isDelimiter(String line) {
      if (line.length() >= 4
          && line.chars().allMatch(c -> c == line.charAt(0))
          && "-.+/=*_".indexOf(line.charAt(0)) >= 0) {
        return true;
      }
      return line.equals("--")
          || line.startsWith("```")
          || line.equals("|===")
          || line.equals("!===")
          || line.equals(",===")
          || line.equals(":===");
    }

    private void delimiter(String line) {
      String kind = line.substring(0, 1);
      boolean verbatim =
          VERBATIM_DELIMITERS.contains(kind) && !line.equals("--")
              || (line.equals("--")
                  && pendingStyle != null
                  && VERBATIM_STYLES.contains(pendingStyle));
      if (verbatim) {
        verbatimEnd = line.startsWith("```") ? "```" : line;
      }
      consumePending();
      atParagraphStart = true;
    }

    private boolean attributeEntry(String line) {
      Matcher entry = ATTRIBUTE_ENTRY.matcher(line);
      if (!entry.matches()) {
        return false;
      }
      String name = entry.group(2);
      if (!entry.group(1).isEmpty() || !entry.group(3).isEmpty()) {
        attributes.remove(name);
      } else {
        attributes.put(name, substitute(entry.group(4) == null ? "" : entry.group(4)));
      }
      return true;
    }

    private boolean blockAttributes(String line) {
      Matcher anchor = ANCHOR_LINE.matcher(line);
      if (anchor.matches()) {
        pendingId = anchor.group(1);
        return true;
      }
      Matcher block = BLOCK_ATTRIBUTES.matcher(line);
      if (!block.matches()) {
        return false;
      }
      BlockAttributes parsed = BlockAttributes.parse(block.group(1));
      if (parsed.id() != null) {
        pendingId = parsed.id();
      }
      if (parsed.style() != null) {
        pendingStyle = parsed.style();
      }
      return true;
    }

    private void consumePending() {
      pendingId = null;
      pendingStyle = null;
    }

    private void section(int level) {
      while (!sections.isEmpty() && sections.peek().level() >= level) {
        sections.pop();
      }
      String id = pendingId != null ? pendingId : currentSection();
      sections.push(new Section(level, id));
    }

    private void include(String target, int number) {
      Path included = Path.of(target);
      if (!included.isAbsolute()) {
        included = file.toAbsolutePath().getParent().resolve(target);
      }
      included = included.normalize();
      Diagnostic here = Diagnostic.error(shown(file), number, 1, "");
      if (!Files.isRegularFile(included)) {
        throw new TerminologyException(
            error(
                here,
                "include file not found: "
                    + shown(included)
                    + "; write a path relative to this file or through {book-source-dir}",
                "asciidoc/include-not-found"));
      }
      file(included, depth + 1, here);
    }

    private void segment(String line, int number) {
      String text = InlineProse.of(line);
      if (!text.isBlank()) {
        segments.add(Segment.sameAsSource(file, number, line, text, currentSection()));
      }
    }
  }

  private String currentSection() {
    return sections.isEmpty() ? "" : sections.peek().id();
  }

  /** {@code {name}} replaced by the attribute's value where it is set. */
  private String substitute(String value) {
    Matcher reference = ATTRIBUTE_REFERENCE.matcher(value);
    StringBuilder result = new StringBuilder();
    while (reference.find()) {
      String replacement = attributes.getOrDefault(reference.group(1), reference.group());
      reference.appendReplacement(result, Matcher.quoteReplacement(replacement));
    }
    reference.appendTail(result);
    return result.toString();
  }

  private record Section(int level, String id) {}

  /** The style and ID of a block attribute line such as {@code [NOTE.editor-note#note-id]}. */
  record BlockAttributes(String style, String id) {

    private static final Pattern NAMED_ID =
        Pattern.compile("(?:^|,)\\s*id\\s*=\\s*\"?([^\",\\s]+)");

    static BlockAttributes parse(String content) {
      String first = content.split(",", 2)[0].strip();
      String style = null;
      String id = null;
      if (!first.contains("=") && !first.startsWith("\"")) {
        Matcher parts = Pattern.compile("([#.%]?)([^#.%]*)").matcher(first);
        while (parts.find() && parts.end() > parts.start()) {
          switch (parts.group(1)) {
            case "" -> style = parts.group(2).isEmpty() ? null : parts.group(2).strip();
            case "#" -> id = parts.group(2);
            default -> {
              // Roles and options do not matter here.
            }
          }
        }
      }
      Matcher named = NAMED_ID.matcher(content);
      if (id == null && named.find()) {
        id = named.group(1);
      }
      return new BlockAttributes(style, id);
    }
  }

  /** An error at {@code place}, found by {@code rule}. */
  private static Diagnostic error(Diagnostic place, String message, String rule) {
    return new Diagnostic(
        Diagnostic.Severity.ERROR, place.file(), place.line(), place.column(), message, rule, null);
  }

  /** The path as messages show it: relative to the repository where it is known. */
  private Path shown(Path file) {
    return repository == null ? file : Places.relative(repository, file);
  }
}
