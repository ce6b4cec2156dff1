package io.github.awsnetbook.tools.asciidoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of a raw AsciiDoc file that the build does by hand, for what Asciidoctor's tree
 * cannot tell (byte-level guards, the exact columns of a line): the text without its byte-order
 * mark, split into lines at LF, CRLF or CR, and the line rules of Asciidoctor's reader that those
 * guards need (delimiters, comments, the include directive and its target, for the places where
 * Asciidoctor's source map names the directive instead of the included line). Includes and
 * conditionals are never evaluated here: they are Asciidoctor's, read from {@link SourceModel}.
 *
 * @param lines the lines as written, without line terminators and without the byte-order mark
 */
public record SourceText(List<String> lines) {

  /** Asciidoctor's own limit of nested includes ({@code max-include-depth}), for messages. */
  public static final int MAX_INCLUDE_DEPTH = 64;

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n|\r");

  /** Repeated characters that delimit a block, four or more of them (Asciidoctor's rule). */
  private static final Pattern REPEATED = Pattern.compile("([-.+/=*_])\\1{3,}");

  private static final Pattern TABLE = Pattern.compile("[|,:!]={3,}");

  /**
   * An include directive, as Asciidoctor's reader recognizes one: a target without brackets or
   * surrounding spaces, then its attribute list; trailing whitespace ignored.
   */
  private static final Pattern INCLUDE =
      Pattern.compile("^include::([^\\s\\[](?:[^\\[]*[^\\s\\[])?)\\[(.*)\\]\\s*$");

  /**
   * A reference to an attribute, {@code {book-source-dir}}, as Asciidoctor's rule has it (a name
   * starts with a letter, a digit or {@code _}), unless escaped ({@code \{name}}) or a shell
   * variable ({@code ${name}}): the one rule of the build, for include targets, for the inline
   * tokens and for the check of missing attributes.
   */
  public static final Pattern ATTRIBUTE_REFERENCE =
      Pattern.compile("(?<![\\\\$])\\{(\\w[\\w-]*)\\}");

  /** The contexts whose text is shown as written, never read as AsciiDoc. */
  private static final Set<String> VERBATIM_CONTEXTS = Set.of("listing", "literal", "pass", "stem");

  public SourceText {
    lines = List.copyOf(lines);
  }

  /** The text of a file, decoded as UTF-8 (malformed bytes replaced; check them first). */
  public static SourceText read(Path file) {
    try {
      return of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The lines of {@code text}; a final line break ends the last line rather than starting one. */
  public static SourceText of(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = List.of(LINE_BREAK.split(body, -1));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines = lines.subList(0, lines.size() - 1);
    }
    return new SourceText(lines);
  }

  /** The target of the include directive that {@code line} is, as written; empty if it is none. */
  public static Optional<String> includeTarget(String line) {
    Matcher include = INCLUDE.matcher(line);
    return include.matches() ? Optional.of(include.group(1)) : Optional.empty();
  }

  /**
   * {@code target} with each attribute reference replaced by the attribute's value, as Asciidoctor
   * resolves an include target; a reference to an attribute that {@code attributes} lacks stays.
   */
  public static String resolveAttributes(String target, Function<String, Object> attributes) {
    Matcher reference = ATTRIBUTE_REFERENCE.matcher(target);
    StringBuilder resolved = new StringBuilder();
    while (reference.find()) {
      Object value = attributes.apply(reference.group(1));
      reference.appendReplacement(
          resolved, Matcher.quoteReplacement(value == null ? reference.group() : value.toString()));
    }
    return reference.appendTail(resolved).toString();
  }

  /** Line {@code number} (1-based), or "" past the end. */
  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  /**
   * The delimiter a line is, trailing whitespace ignored as Asciidoctor ignores it ({@code "---- "}
   * is a listing delimiter), or null: four or more of {@code - . + / = * _}, {@code --}, a fence
   * {@code ```} (with a language after it or not), a table {@code |===} and its kin.
   */
  public static String delimiter(String line) {
    String stripped = line.stripTrailing();
    if (REPEATED.matcher(stripped).matches()
        || stripped.equals("--")
        || TABLE.matcher(stripped).matches()) {
      return stripped;
    }
    if (stripped.startsWith("```")) {
      return "```";
    }
    return null;
  }

  /**
   * Whether a block of this context and style shows its text as written, never read as AsciiDoc
   * (listing, literal, passthrough, stem, {@code [source]}): the one definition of verbatim, for
   * the source model's blocks, the tree processors and the lines of a raw file ({@link
   * #isVerbatim(String)}).
   */
  public static boolean isVerbatim(String context, String style) {
    return VERBATIM_CONTEXTS.contains(context) || "source".equals(style);
  }

  /**
   * Whether the block a delimiter opens holds text that is never parsed as AsciiDoc: a verbatim
   * block ({@code ----} and {@code ```} listing, {@code ....} literal, {@code ++++} passthrough) or
   * a comment block ({@code ////}).
   */
  public static boolean isVerbatim(String delimiter) {
    if (delimiter.equals("```")) {
      return isVerbatim("listing", "");
    }
    if (delimiter.length() < 4) {
      return false;
    }
    return switch (delimiter.charAt(0)) {
      case '-' -> isVerbatim("listing", "");
      case '.' -> isVerbatim("literal", "");
      case '+' -> isVerbatim("pass", "");
      case '/' -> true;
      default -> false;
    };
  }

  /** Whether a line is a section title: one or more {@code =}, a space or tab, then the title. */
  public static boolean isSectionTitle(String line) {
    int marks = 0;
    while (marks < line.length() && line.charAt(marks) == '=') {
      marks++;
    }
    return marks > 0
        && marks < line.length()
        && (line.charAt(marks) == ' ' || line.charAt(marks) == '\t')
        && !line.substring(marks).isBlank();
  }

  /**
   * The level a section title line is written at: 0 for {@code =}, 1 for {@code ==}; -1 if the line
   * is no section title. (Asciidoctor's own level may differ: it makes a level-0 special section, a
   * colophon, level 1 in a book.)
   */
  public static int writtenLevel(String line) {
    if (!isSectionTitle(line)) {
      return -1;
    }
    int marks = 0;
    while (line.charAt(marks) == '=') {
      marks++;
    }
    return marks - 1;
  }

  /**
   * Whether a line is a block attribute list ({@code [NOTE.editor-note]}, {@code [#id]}) or a block
   * anchor ({@code [[id]]}), either of which applies to the block that follows.
   */
  public static boolean isBlockAttributeLine(String line) {
    String stripped = line.stripTrailing();
    if (stripped.length() < 3 || stripped.charAt(0) != '[' || !stripped.endsWith("]")) {
      return false;
    }
    if (stripped.startsWith("[[")) {
      return !stripped.startsWith("[[[")
          && stripped.endsWith("]]")
          && stripped.indexOf(']') == stripped.length() - 2;
    }
    return stripped.charAt(1) != ']';
  }

  /** Whether a line is a block title ({@code .Title}), not a literal paragraph's dots. */
  public static boolean isBlockTitle(String line) {
    return line.length() > 1
        && line.charAt(0) == '.'
        && line.charAt(1) != '.'
        && !Character.isWhitespace(line.charAt(1));
  }

  /** An attribute entry: the name as written and the value, the rest of the line as written. */
  public record AttributeEntry(String name, String value) {}

  /**
   * The attribute entry that a line is ({@code :toc: left}, {@code :!toc:}, {@code :toc!:}); empty
   * if the line is none. The one reading of attribute entry lines, for the checks that read raw
   * lines.
   */
  public static Optional<AttributeEntry> attributeEntry(String line) {
    if (!line.startsWith(":")) {
      return Optional.empty();
    }
    int start = line.startsWith(":!") ? 2 : 1;
    int end = start;
    while (end < line.length() && isNameCharacter(line.charAt(end))) {
      end++;
    }
    int close = end < line.length() && line.charAt(end) == '!' ? end + 1 : end;
    return end > start && close < line.length() && line.charAt(close) == ':'
        ? Optional.of(new AttributeEntry(line.substring(start, end), line.substring(close + 1)))
        : Optional.empty();
  }

  private static boolean isNameCharacter(char c) {
    return c == '-' || c == '_' || c < 128 && Character.isLetterOrDigit(c);
  }

  /** A comment line ({@code //}, not the {@code ////} delimiter). */
  public static boolean isComment(String line) {
    return line.startsWith("//") && !line.startsWith("///");
  }
}
