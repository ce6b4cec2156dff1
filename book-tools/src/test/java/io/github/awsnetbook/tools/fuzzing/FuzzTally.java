package io.github.awsnetbook.tools.fuzzing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one run of the fuzz test: inputs built, how each ended, the findings by kind with
 * the input that found each (its SHA-1, the name libFuzzer gives its {@code crash-<sha1>} file),
 * and the slowest input. Written to a report file after every finding and every hundred inputs, so
 * that a run stopped from outside still leaves its figures.
 */
final class FuzzTally {

  /** What a finding broke of the fuzz test's contract. */
  enum Kind {
    CRASH("uncaught exceptions"),
    HANG("hangs over the time limit"),
    NO_PLACE("problems without a place"),
    STACK_TRACE("stack traces in messages or output"),
    WRITE_OUTSIDE_TARGET("writes outside target/");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  private record Finding(Kind kind, String input, String what) {}

  private final Path report;
  private final String mode;
  private final long started = System.nanoTime();
  private long inputs;
  private long refused;
  private long converted;
  private long slowestMillis;
  private String slowestInput = "";
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Long> stepMillis = new java.util.LinkedHashMap<>();
  private final List<String> perInput = new ArrayList<>();
  private final boolean listInputs;

  /** {@code listInputs}: the report lists each input's rules (for the regression corpus). */
  FuzzTally(Path report, String mode, boolean listInputs) {
    this.report = report;
    this.mode = mode;
    this.listInputs = listInputs;
  }

  synchronized void built(byte[] input, BookUnderFuzz.Outcome outcome, long millis) {
    inputs++;
    if (outcome.problems().stream().anyMatch(problem -> problem.isError())) {
      refused++;
    }
    if (outcome.converted()) {
      converted++;
    }
    slowest(input, millis);
    outcome.millis().forEach((step, time) -> stepMillis.merge(step, time, Long::sum));
    if (listInputs) {
      perInput.add(
          sha1(input)
              + " ("
              + input.length
              + " bytes, "
              + millis
              + " ms): "
              + outcome.problems().stream()
                  .map(problem -> problem.severity().word() + " " + problem.rule().orElse("?"))
                  .distinct()
                  .toList());
    }
    if (inputs % 100 == 0) {
      write();
    }
  }

  synchronized void found(Kind kind, byte[] input, String what, long millis) {
    inputs++;
    slowest(input, millis);
    findings.add(new Finding(kind, sha1(input), firstLines(what)));
    write();
  }

  private void slowest(byte[] input, long millis) {
    if (millis > slowestMillis) {
      slowestMillis = millis;
      slowestInput = sha1(input) + " (" + input.length + " bytes)";
    }
  }

  /** Writes the report and returns it. */
  synchronized String write() {
    Map<Kind, Long> byKind = new TreeMap<>();
    for (Kind kind : Kind.values()) {
      byKind.put(kind, findings.stream().filter(finding -> finding.kind() == kind).count());
    }
    StringBuilder text = new StringBuilder();
    text.append("fuzz run (")
        .append(mode)
        .append("): ")
        .append(inputs)
        .append(" inputs in ")
        .append((System.nanoTime() - started) / 1_000_000_000)
        .append(" s\n");
    text.append("  refused with an error at a place: ").append(refused).append('\n');
    if (!stepMillis.isEmpty()) {
      text.append("  converted: ").append(converted).append('\n');
    }
    byKind.forEach(
        (kind, count) ->
            text.append("  ").append(kind.description).append(": ").append(count).append('\n'));
    if (!stepMillis.isEmpty()) {
      text.append("  time per step (ms, all inputs): ").append(stepMillis).append('\n');
    }
    text.append("  slowest input: ")
        .append(slowestMillis)
        .append(" ms, ")
        .append(slowestInput)
        .append('\n');
    perInput.forEach(line -> text.append("input ").append(line).append('\n'));
    for (Finding finding : findings) {
      text.append("finding ")
          .append(finding.kind())
          .append(" input ")
          .append(finding.input())
          .append(":\n    ")
          .append(finding.what().replace("\n", "\n    "))
          .append('\n');
    }
    try {
      Files.createDirectories(report.getParent());
      Files.writeString(report, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + report, e);
    }
    return text.toString();
  }

  private static String firstLines(String text) {
    return text.lines().limit(45).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  static String sha1(byte[] input) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
  }
}
