package io.github.awsnetbook.tools.diagnostics;

import java.nio.file.Path;

/**
 * Paths as messages and reports show them: relative to the repository, so that they read the same
 * on every machine and an editor can open them from the log.
 */
public final class Places {

  private Places() {}

  /** {@code file} relative to {@code root} where it lies inside it, else absolute. */
  public static Path relative(Path root, Path file) {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Path absoluteFile = file.toAbsolutePath().normalize();
    return absoluteFile.startsWith(absoluteRoot)
        ? absoluteRoot.relativize(absoluteFile)
        : absoluteFile;
  }

  /** The same with forward slashes, as SARIF URIs and log lines want it on every system. */
  public static String shown(Path root, Path file) {
    return relative(root, file).toString().replace('\\', '/');
  }

  /**
   * {@code message} with every absolute path into {@code root} written relative to it, as the place
   * of a diagnostic is: messages of Asciidoctor and the JDK name files absolutely.
   */
  public static String withRelativePaths(Path root, String message) {
    return message.replace(
        root.toAbsolutePath().normalize() + root.getFileSystem().getSeparator(), "");
  }
}
