package io.github.awsnetbook.tools.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The reference check reports through Asciidoctor's logger during an in-process conversion. */
class ReferenceCheckTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path repository;

  private List<LogRecord> convert(String chapter) throws IOException {
    Path folder = Files.createDirectories(repository.resolve("content-ja/src/docs/asciidoc"));
    Files.writeString(folder.resolve("_chapter.adoc"), chapter, StandardCharsets.UTF_8);
    Path index =
        Files.writeString(
            folder.resolve("index.adoc"),
            // The build's includes resolve against the repository, the base directory.
            "= 本\n\n[#intro]\n== 序\n\ninclude::content-ja/src/docs/asciidoc/_chapter.adoc[]\n");
    List<LogRecord> records = new ArrayList<>();
    LogHandler handler = records::add;
    ASCIIDOCTOR.get().registerLogHandler(handler);
    try {
      ASCIIDOCTOR
          .get()
          .convertFile(
              index.toFile(),
              Options.builder()
                  .safe(SafeMode.UNSAFE)
                  .baseDir(repository.toFile())
                  .sourcemap(true)
                  .toFile(false)
                  .build());
    } finally {
      ASCIIDOCTOR.get().unregisterLogHandler(handler);
    }
    return records.stream().filter(r -> r.getMessage().contains("[references/")).toList();
  }

  @Test
  void aMissingIdIsAWarningAtItsFileLineAndColumnWithTheRuleId() throws IOException {
    List<LogRecord> records = convert("最初の段落。\n\n詳しくは<<intro>>と<<nowhere>>を参照。\n");

    assertEquals(1, records.size(), records.toString());
    LogRecord record = records.get(0);
    assertEquals(Severity.WARN, record.getSeverity());
    assertEquals("content-ja/src/docs/asciidoc/_chapter.adoc", record.getCursor().getFile());
    assertEquals(3, record.getCursor().getLineNumber());
    // "詳しくは<<intro>>と<<" is 4 wide, 9 narrow, 1 wide and 2 narrow: 21 cells before the ID.
    assertEquals(
        "cross reference to a missing ID: nowhere; write the ID of a section or block of this"
            + " book, as in [#nowhere] [references/missing-id]\n"
            + "詳しくは<<intro>>と<<nowhere>>を参照。\n"
            + " ".repeat(21)
            + "^",
        record.getMessage());
  }

  @Test
  void aMissingAttributeNamesItsRule() throws IOException {
    List<LogRecord> records = convert("値は{no-such-attribute}です。\n");

    assertEquals(1, records.size(), records.toString());
    assertEquals(1, records.get(0).getCursor().getLineNumber());
    assertEquals(
        "reference to a missing attribute: {no-such-attribute}; define it (:no-such-attribute:"
            + " value) or escape the braces (\\{no-such-attribute})"
            + " [references/missing-attribute]\n"
            + "値は{no-such-attribute}です。\n"
            + "    ^",
        records.get(0).getMessage());
  }

  @Test
  void referencesInsideAFenceOrAListingAreCodeNotReferences() throws IOException {
    List<LogRecord> records =
        convert(
            "== A\n\n```\n<<not-a-ref>> {not-an-attribute}\n```\n\n----  \n<<nor-this>>\n"
                + "----  \n\nSee <<nowhere>>.\n");

    assertEquals(1, records.size(), records.toString());
    assertEquals(11, records.get(0).getCursor().getLineNumber());
    assertEquals(
        "cross reference to a missing ID: nowhere; write the ID of a section or block of this"
            + " book, as in [#nowhere] [references/missing-id]",
        records.get(0).getMessage().lines().findFirst().orElseThrow());
  }
}
