package io.github.awsnetbook.tools.safety;

import io.github.awsnetbook.tools.asciidoc.InlineTokens;
import io.github.awsnetbook.tools.asciidoc.ModelVisitor;
import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceSpan;
import io.github.awsnetbook.tools.asciidoc.SourceText;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IDs of the book that the page's frame already uses. Asciidoctor's page wraps the book in elements
 * of fixed IDs ({@code header}, {@code content}, {@code toc}, {@code footer} …), the preview adds
 * its banners, and footnotes get generated IDs; an anchor, a section or a block that takes one of
 * them gives the page two elements of one ID, so that links, the stylesheet and screen readers land
 * on the wrong one. The check walks the source model: given section and block IDs, and the inline
 * anchors of the text ({@code [[id]]}, {@code anchor:id[]}, {@code [#id]#text#}).
 */
final class FrameIds implements ModelVisitor {

  /** The IDs of Asciidoctor's HTML page around the book, and of the preview's banners. */
  static final Set<String> NAMES =
      Set.of(
          "header",
          "content",
          "footer",
          "footer-text",
          "toc",
          "toctitle",
          "preamble",
          "footnotes",
          "book-preview-problems",
          "book-preview-warnings");

  /** The prefixes of the IDs Asciidoctor generates for footnotes and their references. */
  static final List<String> PREFIXES = List.of("_footnotedef_", "_footnoteref_");

  private static final Pattern INLINE_ID = Pattern.compile("^\\[[^\\]#]*#([^.%#,\\]\\s]+)");

  private final Map<String, Diagnostic> problems = new LinkedHashMap<>();

  private FrameIds() {}

  /** An error at each place of the book where an ID of the page's frame is given. */
  static List<Diagnostic> check(SourceModel model) {
    FrameIds check = new FrameIds();
    model.accept(check);
    return check.problems.values().stream()
        .sorted(
            Comparator.comparing((Diagnostic problem) -> problem.file().toString())
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column))
        .toList();
  }

  static boolean isFrameId(String id) {
    return NAMES.contains(id) || PREFIXES.stream().anyMatch(id::startsWith);
  }

  @Override
  public void section(SourceModel.Section section) {
    if (section.idGiven() && isFrameId(section.id())) {
      given(section.file(), section.line(), section.id());
    }
    section.titleSpans().forEach(this::inline);
  }

  @Override
  public void block(SourceModel.Block block) {
    if (block.id() != null && isFrameId(block.id())) {
      given(block.file(), block.line(), block.id());
    }
    block.titleSpans().forEach(this::inline);
    if (!block.verbatim()) {
      block.spans().forEach(this::inline);
    }
  }

  /** The anchors of a span of text. */
  private void inline(SourceSpan span) {
    String text = span.isolated();
    for (InlineTokens.Token token : InlineTokens.of(text).tokens()) {
      String id = "";
      if (token.kind() == InlineTokens.Kind.ANCHOR) {
        id = token.target();
      } else if (token.kind() == InlineTokens.Kind.MACRO) {
        Matcher shorthand = INLINE_ID.matcher(token.text(text));
        id = shorthand.find() ? shorthand.group(1) : "";
      }
      if (isFrameId(id)) {
        add(span.file(), span.line(), span.raw(), text.indexOf(id, token.start()), id);
      }
    }
  }

  /**
   * A section or block ID, given in the attribute lines above where the node starts or in its own
   * first line ({@code == Title [[id]]}): the place of its first occurrence there.
   */
  private void given(Path file, int line, String id) {
    SourceText source = SourceText.read(file);
    Pattern written = Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])");
    int first = line;
    while (first > 1 && isAttributeOrTitleLine(source.line(first - 1))) {
      first--;
    }
    for (int number = first; number <= line; number++) {
      String text = source.line(number);
      Matcher found = written.matcher(text);
      if (found.find()) {
        add(file, number, text, found.start(), id);
        return;
      }
    }
    add(file, line, source.line(line), -1, id);
  }

  private static boolean isAttributeOrTitleLine(String line) {
    String text = line.strip();
    return (text.startsWith("[") && text.endsWith("]"))
        || (text.startsWith(".") && text.length() > 1 && !text.startsWith(".."));
  }

  private void add(Path file, int line, String text, int offset, String id) {
    int column = offset < 0 ? 1 : text.codePointCount(0, offset) + 1;
    String key = file + ":" + line + ":" + column;
    problems.putIfAbsent(
        key,
        Diagnostic.error(
                file,
                line,
                column,
                "the ID \""
                    + id
                    + "\" is taken by the page itself ("
                    + describe(id)
                    + "); two elements of one ID break links, the stylesheet and screen readers:"
                    + " choose another ID, such as \"book-"
                    + id.replaceFirst("^_+", "")
                    + "\"")
            .withRule("safety/frame-id")
            .withSourceLine(text));
  }

  private static String describe(String id) {
    if (PREFIXES.stream().anyMatch(id::startsWith)) {
      return "Asciidoctor names footnotes so";
    }
    if (id.startsWith("book-preview-")) {
      return "the live preview's banner";
    }
    return "Asciidoctor's page frame has an element of that ID";
  }
}
