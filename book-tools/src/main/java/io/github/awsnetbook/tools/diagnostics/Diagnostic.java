package io.github.awsnetbook.tools.diagnostics;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One problem in a source file, the only form in which the build's checks report: how bad, where
 * (the path relative to the repository, line and column from 1, the column counted in code points;
 * 0 where unknown), what is wrong and what to write instead, the rule that found it (optional, as
 * {@code terminology/deprecated-term}) and the text of the offending line where it is known.
 *
 * <p>{@link #toString()} is the compiler's one-line form, {@code path:line:column: error: message
 * [rule-id]}; {@link #render()} adds the source line and a caret under the column.
 */
public record Diagnostic(
    Severity severity,
    Path file,
    int line,
    int column,
    String message,
    String ruleId,
    String sourceLine) {

  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*");

  /** How bad a problem is. */
  public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    /** The word of the log line ({@code error}, {@code warning}, {@code note}), SARIF's level. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * {@code ruleId} and {@code sourceLine} may be null (not known); a rule ID is a family and a name
   * in lower case, as {@code safety/symlink-outside}.
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (ruleId != null && !RULE_ID.matcher(ruleId).matches()) {
      throw new IllegalArgumentException("not a rule ID (family/name): " + ruleId);
    }
    if (sourceLine != null) {
      sourceLine = sourceLine.lines().findFirst().orElse("");
    }
  }

  /** A problem without a rule ID or source line. */
  public Diagnostic(Severity severity, Path file, int line, int column, String message) {
    this(severity, file, line, column, message, null, null);
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

  public Optional<String> rule() {
    return Optional.ofNullable(ruleId);
  }

  public Optional<String> source() {
    return Optional.ofNullable(sourceLine);
  }

  /** The same problem found by {@code rule}. */
  public Diagnostic withRule(String rule) {
    return new Diagnostic(severity, file, line, column, message, rule, sourceLine);
  }

  /** The same problem with the text of its line, for the caret. */
  public Diagnostic withSourceLine(String text) {
    return new Diagnostic(severity, file, line, column, message, ruleId, text);
  }

  /**
   * The same problem with its absolute path made relative to {@code root} (kept absolute if outside
   * it); a relative path already is.
   */
  public Diagnostic relativeTo(Path root) {
    if (!file.isAbsolute()) {
      return this;
    }
    return new Diagnostic(
        severity, Places.relative(root, file), line, column, message, ruleId, sourceLine);
  }

  /** The path as log lines show it: with forward slashes on every system. */
  public String shownPath() {
    return file.toString().replace('\\', '/');
  }

  /**
   * {@code path:line:column: severity: message [rule-id]}; the line and column are left out where
   * unknown (0), as compilers do for a problem of a whole file.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(shownPath());
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ").append(severity.word()).append(": ").append(message);
    if (ruleId != null) {
      out.append(" [").append(ruleId).append(']');
    }
    return out.toString();
  }

  /** {@link #toString()}, then the source line and a caret under the column where it is known. */
  public String render() {
    if (sourceLine == null || line <= 0) {
      return toString();
    }
    return toString() + "\n" + Caret.under(sourceLine, column);
  }
}
