package io.github.awsnetbook.tools.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportersTest {

  @TempDir Path root;

  private Path chapter() throws IOException {
    Path file = root.resolve("content-ja/src/docs/asciidoc/_a.adoc");
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "= 題\n\n専用線とNATGWを使う。\n", StandardCharsets.UTF_8);
  }

  @Test
  void theConsoleShowsTheRelativePathTheLineReadFromTheFileAndACaret() throws IOException {
    Path file = chapter();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    ByteArrayOutputStream others = new ByteArrayOutputStream();
    DiagnosticReporter console =
        new ConsoleReporter(
            root,
            new PrintStream(errors, true, StandardCharsets.UTF_8),
            new PrintStream(others, true, StandardCharsets.UTF_8));

    console.report(
        Diagnostic.error(file, 3, 5, "\"NATGW\" is deprecated; write \"NAT ゲートウェイ\"")
            .withRule("terminology/deprecated-term"));
    console.report(Diagnostic.warning(file, 1, 1, "a warning"));

    assertEquals(
        "content-ja/src/docs/asciidoc/_a.adoc:3:5: error: \"NATGW\" is deprecated;"
            + " write \"NAT ゲートウェイ\" [terminology/deprecated-term]\n"
            + "専用線とNATGWを使う。\n"
            + "        ^\n",
        errors.toString(StandardCharsets.UTF_8));
    assertEquals(
        "content-ja/src/docs/asciidoc/_a.adoc:1:1: warning: a warning\n= 題\n^\n",
        others.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theLineOfAFileOutsideTheRepositoryIsNeverPrinted(@TempDir Path elsewhere)
      throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:TOP-SECRET\n");
    Path link = root.resolve("notes.adoc");
    Files.createSymbolicLink(link, secret);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ConsoleReporter(root, new PrintStream(out, true, StandardCharsets.UTF_8))
        .report(Diagnostic.error(link, 1, 1, "a symbolic link out of the repository"));
    assertEquals(
        "notes.adoc:1:1: error: a symbolic link out of the repository\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aLineTheFileDoesNotHaveIsPrintedWithoutACaret() throws IOException {
    Path file = chapter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ConsoleReporter(root, new PrintStream(out, true, StandardCharsets.UTF_8))
        .report(Diagnostic.error(file, 99, 1, "m"));
    assertEquals(
        "content-ja/src/docs/asciidoc/_a.adoc:99:1: error: m\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void asciidoctorsLoggerGetsTheSeverityTheRelativeFileTheLineAndTheCaret() throws IOException {
    Path file = chapter();
    List<LogRecord> records = new ArrayList<>();
    DiagnosticReporter reporter = new AsciidoctorLogReporter(root, records::add);

    reporter.report(
        Diagnostic.warning(file, 3, 5, "cross reference to a missing ID: x")
            .withRule("references/missing-id"));
    reporter.report(Diagnostic.error(file, 1, 1, "an error"));
    reporter.report(new Diagnostic(Diagnostic.Severity.NOTE, file, 0, 0, "a note"));

    LogRecord warning = records.get(0);
    assertEquals(Severity.WARN, warning.getSeverity());
    assertEquals("content-ja/src/docs/asciidoc/_a.adoc", warning.getCursor().getFile());
    assertEquals("_a.adoc", warning.getCursor().getPath());
    assertEquals(3, warning.getCursor().getLineNumber());
    assertEquals(
        "cross reference to a missing ID: x [references/missing-id]\n"
            + "専用線とNATGWを使う。\n"
            + "        ^",
        warning.getMessage());
    assertEquals(Severity.ERROR, records.get(1).getSeverity());
    assertEquals(Severity.INFO, records.get(2).getSeverity());
    assertEquals("content-ja/src/docs/asciidoc/_a.adoc: a note", records.get(2).getMessage());
  }

  @Test
  void aBuildLogGetsOneMessagePerDiagnosticBySeverity() throws IOException {
    Path file = chapter();
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> infos = new ArrayList<>();
    DiagnosticReporter log = new TextReporter(root, errors::add, warnings::add, infos::add);

    log.report(Diagnostic.error(file, 3, 1, "e"));
    log.report(Diagnostic.warning(file, 1, 3, "w").withRule("translation/stale-section"));
    log.report(new Diagnostic(Diagnostic.Severity.NOTE, file, 0, 0, "n"));

    assertEquals(
        List.of("content-ja/src/docs/asciidoc/_a.adoc:3:1: error: e\n専用線とNATGWを使う。\n^"), errors);
    assertEquals(
        List.of(
            "content-ja/src/docs/asciidoc/_a.adoc:1:3: warning: w [translation/stale-section]\n"
                + "= 題\n"
                + "  ^"),
        warnings);
    assertEquals(List.of("content-ja/src/docs/asciidoc/_a.adoc: note: n"), infos);
  }

  @Test
  void theCollectingReporterKeepsEverythingInOrder() {
    CollectingReporter collected = new CollectingReporter();
    Diagnostic error = Diagnostic.error(Path.of("a.adoc"), 1, 1, "e");
    Diagnostic warning = Diagnostic.warning(Path.of("a.adoc"), 2, 1, "w");
    collected.reportAll(List.of(warning, error));
    assertEquals(List.of(warning, error), collected.all());
    assertEquals(List.of(error), collected.errors());
    assertEquals(List.of("a.adoc:2:1: warning: w", "a.adoc:1:1: error: e"), collected.lines());
  }
}
