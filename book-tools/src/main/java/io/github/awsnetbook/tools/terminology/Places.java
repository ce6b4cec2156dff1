package io.github.awsnetbook.tools.terminology;

import java.nio.file.Path;

/** Paths as the reports show them: relative to the repository, with forward slashes. */
final class Places {

  private Places() {}

  /** {@code file} relative to {@code root} where it lies inside it, else as given. */
  static String relative(Path root, Path file) {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Path absoluteFile = file.toAbsolutePath().normalize();
    Path shown =
        absoluteFile.startsWith(absoluteRoot)
            ? absoluteRoot.relativize(absoluteFile)
            : file.normalize();
    // SARIF URIs and log lines read the same on every system.
    return shown.toString().replace('\\', '/');
  }
}
