package io.github.awsnetbook.tools.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The text of a diagnostic's line, read from its file where the check did not give it: so that
 * every report can show the line with a caret, whichever check made it.
 */
public final class SourceText {

  /** Larger files are not read again for one line: the size check reports them whole. */
  private static final long LARGEST = 16L * 1024 * 1024;

  private SourceText() {}

  /**
   * {@code diagnostic} with its source line, if it has none and its file (relative to {@code root})
   * is a readable text file that has the line; else as it is. Bytes that are not UTF-8 show as
   * U+FFFD.
   */
  public static Diagnostic withLine(Path root, Diagnostic diagnostic) {
    if (diagnostic.sourceLine() != null || diagnostic.line() <= 0) {
      return diagnostic;
    }
    Path file = root.resolve(diagnostic.file());
    if (!inside(root, file)) {
      return diagnostic;
    }
    return line(file, diagnostic.line()).map(diagnostic::withSourceLine).orElse(diagnostic);
  }

  /**
   * Whether {@code file} really (links followed) lies inside {@code root}: a diagnostic about a
   * link out of the repository must not print a line of the file the link leads to.
   */
  private static boolean inside(Path root, Path file) {
    try {
      return file.toRealPath().startsWith(root.toAbsolutePath().toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** Line {@code number} (from 1) of {@code file}, without its line end. */
  public static Optional<String> line(Path file, int number) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > LARGEST) {
        return Optional.empty();
      }
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return text.lines().skip(number - 1L).findFirst();
    } catch (IOException e) {
      // No line to show: the diagnostic is still printed, without its caret.
      return Optional.empty();
    }
  }
}
