package io.github.awsnetbook.tools.safety;

import io.github.awsnetbook.tools.asciidoc.SourceText;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.TextPositions;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds on a source file, checked before Asciidoctor sees it, so that a broken or hostile file
 * ends in a clear error instead of garbled text, a stack overflow deep in JRuby or an hour of PDF
 * layout.
 *
 * <p>The bounds are far above what a chapter of the series needs (the longest is about 20 KB, with
 * lists three levels deep) and far below what makes the converter misbehave.
 */
public final class InputLimits {

  /** A chapter of a handout: 2 MiB is about 700,000 Japanese characters, some 1,000 pages. */
  public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

  /**
   * A line, in characters (code points): some 15 times the longest line of the series (635), a
   * paragraph of about five printed pages written on one line. A longer line is a machine's output
   * or an attack: every check, Asciidoctor's inline substitutions and the PDF's line breaking work
   * on a paragraph at a time, and a megabyte paragraph makes them crawl.
   */
  public static final int MAX_LINE_CHARACTERS = 10_000;

  /** List nesting: Asciidoctor's parser recurses once per level. */
  public static final int MAX_LIST_DEPTH = 8;

  /** Delimited blocks inside delimited blocks (example in sidebar in open block …). */
  public static final int MAX_BLOCK_DEPTH = 16;

  /** The rule of a NUL character in a source file. */
  public static final String NUL_RULE = "safety/nul-character";

  private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*(\\*+|\\.+)[ \\t]+\\S");

  private InputLimits() {}

  /** Every limit the file exceeds, each with its place. */
  public static List<Diagnostic> check(Path file, byte[] bytes) {
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Diagnostic> tooLarge = checkSize(file, bytes.length);
    if (tooLarge.isPresent()) {
      problems.add(tooLarge.get());
      return problems;
    }
    Optional<Diagnostic> encoding = checkUtf8(file, bytes);
    if (encoding.isPresent()) {
      problems.add(encoding.get());
      return problems;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    Optional<Diagnostic> nul = checkNul(file, text);
    if (nul.isPresent()) {
      problems.add(nul.get());
      return problems;
    }
    Optional<Diagnostic> longLine = checkLineLength(file, text);
    if (longLine.isPresent()) {
      problems.add(longLine.get());
      return problems;
    }
    if (file.toString().endsWith(".adoc")) {
      checkNesting(file, text).ifPresent(problems::add);
    }
    return problems;
  }

  /**
   * The first NUL character: valid UTF-8, but no text has one, and Asciidoctor's parse stops with
   * an exception where one is in a path (an image or include target; found by the fuzz test).
   */
  static Optional<Diagnostic> checkNul(Path file, String text) {
    int at = text.indexOf('\0');
    if (at < 0) {
      return Optional.empty();
    }
    TextPositions positions = new TextPositions(text);
    return Optional.of(
        Diagnostic.error(
                file,
                positions.lineAt(at),
                positions.columnAt(at),
                "a NUL character (U+0000), which no text has: the file is damaged or not text;"
                    + " delete the character, or save the file as UTF-8 text")
            .withRule(NUL_RULE));
  }

  /** Checked before a file is read, so that a huge file is never loaded. */
  public static Optional<Diagnostic> checkSize(Path file, long size) {
    if (size <= MAX_FILE_BYTES) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.error(
                file,
                1,
                1,
                String.format(
                    java.util.Locale.ROOT,
                    "the file is %.1f MiB, more than the %d MiB a source file may have; split it"
                        + " into chapters of their own",
                    size / 1048576.0,
                    MAX_FILE_BYTES / 1048576))
            .withRule("safety/file-too-large"));
  }

  /** The first byte that is not UTF-8, with the line and column where it sits. */
  static Optional<Diagnostic> checkUtf8(Path file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return Optional.empty();
    }
    String valid = out.flip().toString();
    TextPositions positions = new TextPositions(valid);
    int badByte = bytes[in.position()] & 0xff;
    return Optional.of(
        Diagnostic.error(
                file,
                positions.lineAt(valid.length()),
                positions.columnAt(valid.length()),
                String.format(
                    java.util.Locale.ROOT,
                    "invalid UTF-8 (byte 0x%02X); save the file as UTF-8",
                    badByte))
            .withRule("safety/not-utf8"));
  }

  /**
   * The first line longer than {@link #MAX_LINE_CHARACTERS}, reported at the column where it passes
   * the limit.
   */
  static Optional<Diagnostic> checkLineLength(Path file, String text) {
    int line = 1;
    int characters = 0;
    for (int index = 0; index < text.length(); index++) {
      char c = text.charAt(index);
      if (c == '\n') {
        line++;
        characters = 0;
      } else if (!Character.isLowSurrogate(c) && ++characters > MAX_LINE_CHARACTERS) {
        return Optional.of(tooLong(file, line, text, index));
      }
    }
    return Optional.empty();
  }

  private static Diagnostic tooLong(Path file, int line, String text, int past) {
    int start = text.lastIndexOf('\n', past) + 1;
    int end = text.indexOf('\n', past);
    long length = text.codePointCount(start, end < 0 ? text.length() : end);
    return Diagnostic.error(
            file,
            line,
            MAX_LINE_CHARACTERS + 1,
            String.format(
                java.util.Locale.ROOT,
                "a line of %,d characters, more than the %,d a line may have; break the"
                    + " paragraph into lines (a paragraph goes on until a blank line) or split it",
                length,
                MAX_LINE_CHARACTERS))
        .withRule("safety/line-too-long");
  }

  static Optional<Diagnostic> checkNesting(Path file, String text) {
    List<String> lines = SourceText.of(text).lines();
    List<String> open = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher item = LIST_ITEM.matcher(lines.get(i));
      if (!isVerbatim(open) && item.find() && item.group(1).length() > MAX_LIST_DEPTH) {
        return Optional.of(
            Diagnostic.error(
                    file,
                    i + 1,
                    item.start(1) + 1,
                    "a list nested "
                        + item.group(1).length()
                        + " levels deep; at most "
                        + MAX_LIST_DEPTH
                        + " levels are allowed: flatten the list or make it a table")
                .withRule("safety/nesting-depth"));
      }
      String marker = SourceText.delimiter(lines.get(i));
      if (marker != null) {
        if (isVerbatim(open)) {
          if (open.get(open.size() - 1).equals(marker)) {
            open.remove(open.size() - 1);
          }
          continue;
        }
        int index = open.lastIndexOf(marker);
        if (index >= 0) {
          open.subList(index, open.size()).clear();
          continue;
        }
        open.add(marker);
        if (open.size() > MAX_BLOCK_DEPTH) {
          return Optional.of(
              Diagnostic.error(
                      file,
                      i + 1,
                      1,
                      "delimited blocks nested "
                          + open.size()
                          + " deep; at most "
                          + MAX_BLOCK_DEPTH
                          + " are allowed: flatten them")
                  .withRule("safety/nesting-depth"));
        }
      }
    }
    return Optional.empty();
  }

  /** Inside listing, literal, passthrough and comment blocks, delimiters are just text. */
  private static boolean isVerbatim(List<String> open) {
    return !open.isEmpty() && SourceText.isVerbatim(open.get(open.size() - 1));
  }
}
