package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.diagnostics.Places;
import java.nio.file.Path;

/** One line of a book's source with the file and line it really comes from (includes resolved). */
public record SourceLine(String text, Path file, int line) {

  /** "path:line", the path relative to {@code root}, for messages that name both sides. */
  public String place(Path root) {
    return Places.shown(root, file) + ":" + line;
  }
}
