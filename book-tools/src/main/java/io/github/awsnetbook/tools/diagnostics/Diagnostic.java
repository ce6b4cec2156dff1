package io.github.awsnetbook.tools.diagnostics;

import java.nio.file.Path;
import java.util.Locale;

/** One problem in a source file: errors fail the build, warnings are printed. */
public record Diagnostic(Severity severity, Path file, int line, int column, String message) {

  /** How bad a problem is. */
  public enum Severity {
    ERROR,
    WARNING;

    /** The word of the log line ({@code error}, {@code warning}), also SARIF's {@code level}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static Diagnostic error(Path file, int line, int column, String message) {
    return new Diagnostic(Severity.ERROR, file, line, column, message);
  }

  public static Diagnostic warning(Path file, int line, int column, String message) {
    return new Diagnostic(Severity.WARNING, file, line, column, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + severity.word() + ": " + message;
  }
}
