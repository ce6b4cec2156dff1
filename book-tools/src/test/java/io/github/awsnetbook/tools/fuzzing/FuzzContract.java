package io.github.awsnetbook.tools.fuzzing;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every fuzz test asserts of what the build reports and prints, whatever the input. */
final class FuzzContract {

  /** Java's and JRuby's stack frames, and the Ruby exceptions Asciidoctor can raise. */
  private static final Pattern STACK_TRACE =
      Pattern.compile(
          "(?m)^\\s+at [\\w$.]+\\(|\\b(?:java|javax|jdk|org|com)\\.[\\w.$]+(?:Exception|Error)\\b"
              + "|\\b(?:NoMethodError|NameError|TypeError|ArgumentError|RuntimeError"
              + "|SystemStackError|FrozenError|IndexError|KeyError|RangeError"
              + "|Encoding::\\w+Error)\\b|\\.rb:\\d+:in ");

  private FuzzContract() {}

  /**
   * A place a reader can go to: a rule, a line from 1, and the repository-relative path of a file
   * of {@code root}.
   */
  static boolean hasAPlace(Path root, Diagnostic problem) {
    return problem.line() >= 1
        && problem.column() >= 0
        && problem.rule().isPresent()
        && !problem.file().isAbsolute()
        && Files.isRegularFile(root.resolve(problem.file()));
  }

  /** The line of {@code text} that looks like part of a stack trace, if any (300 characters). */
  static Optional<String> stackTrace(String text) {
    Matcher trace = STACK_TRACE.matcher(text);
    if (!trace.find()) {
      return Optional.empty();
    }
    int from = Math.max(0, text.lastIndexOf('\n', trace.start()) + 1);
    int to = text.indexOf('\n', trace.start());
    String line = text.substring(from, to < 0 ? text.length() : to);
    return Optional.of(line.length() > 300 ? line.substring(0, 300) + "…" : line);
  }
}
