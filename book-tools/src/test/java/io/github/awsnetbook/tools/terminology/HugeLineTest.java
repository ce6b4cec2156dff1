package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One line of 1.5 MB of prose with tens of thousands of deprecated terms (under the 2 MiB file
 * limit): the check by hand (the build refuses such a line before, see {@code InputLimits}) ends in
 * seconds and prints a few kilobytes, not the whole line under every finding.
 */
class HugeLineTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path temp;

  @Test
  void aLineOfOneAndAHalfMegabytesIsCheckedInSecondsWithAFewKilobytesOfOutput() throws IOException {
    Path root = temp.resolve("repo");
    Files.createDirectories(root.resolve("terminology"));
    Files.copy(
        Terms.fixtureRoot().resolve("terminology/aws-networking.tbx"),
        root.resolve("terminology/aws-networking.tbx"));
    Books.write(root, "ja", "= 本\n\n専用線でつなぎます。\n");
    String sentence = "Traffic leaves through the Nat Gate\u200Bway over a leased line, 専用線 (DX). ";
    StringBuilder line = new StringBuilder();
    while (line.length() < 1_400_000) {
      line.append(sentence);
    }
    Path english = Books.write(root, "en", "= Book\n\n" + line + "\n");
    assertTrue(Files.size(english) > 1_500_000 && Files.size(english) < 2 * 1024 * 1024);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long[] cpu = new long[1];
    int exit =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120),
            () -> {
              ThreadMXBean threads = ManagementFactory.getThreadMXBean();
              long started = threads.getCurrentThreadCpuTime();
              int code =
                  TerminologyCheck.run(
                      new String[] {
                        "--root",
                        root.toString(),
                        "--locales",
                        "ja en",
                        "--output",
                        temp.resolve("out").toString(),
                        "--summary-locale",
                        "en"
                      },
                      new PrintStream(out, true, StandardCharsets.UTF_8),
                      new PrintStream(err, true, StandardCharsets.UTF_8),
                      ASCIIDOCTOR.models());
              cpu[0] = threads.getCurrentThreadCpuTime() - started;
              return code;
            });
    Duration took = Duration.ofNanos(cpu[0]);

    assertEquals(1, exit);
    String errors = err.toString(StandardCharsets.UTF_8);
    String printed = out.toString(StandardCharsets.UTF_8);
    // Loose: the processor time of the check (Asciidoctor's parse of the line included), a few
    // seconds; the wall time on a busy machine (the tests' JVM runs without the C2 compiler) is
    // bounded by the timeout above. Before the line was windowed and columns counted once, this
    // took more than ten minutes.
    assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "took " + took);
    assertTrue(errors.length() + printed.length() < 64 * 1024, "printed " + errors.length());
    assertTrue(
        printed.contains(
            "more findings of [terminology/deprecated-term] in this file are not shown"),
        printed);
    assertTrue(printed.matches("(?s).*Terminology: \\d\\d,\\d\\d\\d errors and .*"), printed);
    // The SARIF log keeps a thousand results per rule and file and counts the rest.
    String sarif = Files.readString(temp.resolve("out/terminology.sarif"));
    assertTrue(sarif.length() < 4 * 1024 * 1024, "SARIF of " + sarif.length() + " chars");
    assertTrue(sarif.contains("\"toolExecutionNotifications\""), "no count of the rest");
    for (String shown : errors.split("\n")) {
      assertTrue(shown.length() < 400, "a printed line of " + shown.length() + " chars");
    }
  }
}
