package io.github.awsnetbook.tools.figures;

import java.nio.file.Path;

/** One thing wrong with a figure or a label file, in the compiler's format. */
public record FigureProblem(Severity severity, Path file, int line, int column, String message) {

  /** How bad a problem is: errors fail the build. */
  public enum Severity {
    ERROR,
    WARNING
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT)
        + ": " + message;
  }
}
