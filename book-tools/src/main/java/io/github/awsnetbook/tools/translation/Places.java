package io.github.awsnetbook.tools.translation;

import java.nio.file.Path;

/** Paths in messages are relative to the repository, so they read the same on every machine. */
final class Places {

  private Places() {}

  static Path relative(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
  }

  static String of(Path root, SourceLine line) {
    return relative(root, line.file()) + ":" + line.line();
  }
}
