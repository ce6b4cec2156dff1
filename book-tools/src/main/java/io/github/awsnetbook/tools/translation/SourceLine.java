package io.github.awsnetbook.tools.translation;

import java.nio.file.Path;

/** One line of a book's source with the file and line it really comes from (includes resolved). */
public record SourceLine(String text, Path file, int line) {}
