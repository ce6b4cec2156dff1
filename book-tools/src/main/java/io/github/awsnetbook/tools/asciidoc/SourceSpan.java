package io.github.awsnetbook.tools.asciidoc;

import java.nio.file.Path;

/**
 * A part of one line of a source file: the line as written (without the byte-order mark) and the
 * range [from, to) of UTF-16 offsets in it that belongs to a node of the {@link SourceModel}.
 */
public record SourceSpan(Path file, int line, String raw, int from, int to) {

  /** The text of the span. */
  public String text() {
    return raw.substring(from, to);
  }

  /** The line with everything outside the span blanked to spaces, so that offsets stay. */
  public String isolated() {
    return " ".repeat(from) + text() + " ".repeat(raw.length() - to);
  }
}
