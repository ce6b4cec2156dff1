package io.github.awsnetbook.tools.preview;

import io.github.awsnetbook.tools.conversion.Converter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages a build step prints, read back as diagnostics: the steps print {@code
 * path:line:column: severity: message}, with the path relative to the repository or absolute;
 * messages shown in the page name the file relative to the repository.
 */
final class Problems {

  private static final Pattern LINE =
      Pattern.compile("^(.+?):(\\d+):(\\d+): (error|warning): (.*)$", Pattern.DOTALL);

  private Problems() {}

  /** What a step printed to its streams, and its exit code. */
  record Printed(int status, String out, String err) {}

  /** Runs a step with streams of its own and returns what it printed. */
  static Printed capture(Step step) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = step.run(outStream, errStream);
    }
    return new Printed(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A build step's entry point with its arguments bound. */
  @FunctionalInterface
  interface Step {
    int run(PrintStream out, PrintStream err);
  }

  /**
   * The diagnostics of a step's output; a failing step whose messages have no place is an error at
   * {@code fallback}, with its message.
   */
  static List<Diagnostic> of(Path root, Printed printed, Path fallback, String step) {
    List<Diagnostic> problems = new ArrayList<>();
    List<String> unplaced = new ArrayList<>();
    for (String line : (printed.err() + "\n" + printed.out()).split("\n")) {
      Matcher matcher = LINE.matcher(line.strip());
      if (matcher.matches()) {
        Path file = Path.of(matcher.group(1));
        problems.add(
            new Diagnostic(
                matcher.group(4).equals("error")
                    ? Diagnostic.Severity.ERROR
                    : Diagnostic.Severity.WARNING,
                Places.relative(root, file.isAbsolute() ? file : root.resolve(file)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)),
                Converter.withRelativePaths(root, matcher.group(5))));
      } else if (line.startsWith("error:") || line.contains(": error")) {
        unplaced.add(Converter.withRelativePaths(root, line.strip()));
      }
    }
    if (printed.status() != 0 && problems.stream().noneMatch(Diagnostic::isError)) {
      String message = unplaced.isEmpty() ? step + " failed" : String.join("; ", unplaced);
      problems.add(Diagnostic.error(Places.relative(root, fallback), 1, 1, message));
    }
    return problems;
  }
}
