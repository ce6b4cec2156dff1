package io.github.awsnetbook.tools.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Asciidoctor's jail, with the build's extensions, follows symbolic links. */
class RealPathJailTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path temp;
  private Path project;
  private Path secret;
  private final List<LogRecord> records = new ArrayList<>();

  @BeforeEach
  void layout() throws IOException {
    project = Files.createDirectories(temp.resolve("project"));
    secret = Files.writeString(temp.resolve("passwd"), "root:x:0:0:TOP-SECRET\n");
  }

  private String convert(String document, Attributes attributes) throws IOException {
    Path index = Files.writeString(project.resolve("index.adoc"), document);
    LogHandler handler = records::add;
    ASCIIDOCTOR.get().registerLogHandler(handler);
    try {
      return ASCIIDOCTOR
          .get()
          .convertFile(
              index.toFile(),
              Options.builder()
                  .safe(SafeMode.UNSAFE)
                  .baseDir(project.toFile())
                  .standalone(true)
                  .toFile(false)
                  .attributes(attributes)
                  .build());
    } finally {
      ASCIIDOCTOR.get().unregisterLogHandler(handler);
    }
  }

  private List<LogRecord> errors() {
    return records.stream().filter(r -> r.getSeverity() == Severity.ERROR).toList();
  }

  @Test
  void anIncludeThatIsALinkOutOfTheRepositoryIsAnErrorAtItsLineAndIsNotRead() throws IOException {
    Files.createDirectories(project.resolve("chapters"));
    Files.createSymbolicLink(project.resolve("chapters/_notes.adoc"), secret);

    String html =
        convert(
            "= Title\n\nText.\n\ninclude::chapters/_notes.adoc[]\n", Attributes.builder().build());

    assertFalse(html.contains("TOP-SECRET"), html);
    assertEquals(1, errors().size(), records.toString());
    LogRecord error = errors().get(0);
    assertTrue(
        error
            .getMessage()
            .contains(
                "is a symbolic link to " + secret.toRealPath() + ", outside the" + " repository"),
        error.getMessage());
    assertEquals("index.adoc", error.getCursor().getPath());
    assertEquals(5, error.getCursor().getLineNumber());
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFileThatIncludesItselfIsAnErrorAtTheIncludeNotAnEndlessRead() throws IOException {
    // Found by the fuzz test: included twice per level, 64 levels deep, the read never ended.
    Files.createDirectories(project.resolve("chapters"));
    Files.writeString(
        project.resolve("chapters/_loop.adoc"),
        "A LOOPING paragraph.\n\ninclude::_loop.adoc[]\n\ninclude::_loop.adoc[]\n");

    String html =
        convert("= Title\n\ninclude::chapters/_loop.adoc[]\n", Attributes.builder().build());

    assertEquals(1, html.split("A LOOPING paragraph", -1).length - 1, html);
    assertEquals(2, errors().size(), records.toString());
    LogRecord error = errors().get(0);
    assertTrue(error.getMessage().contains("_loop.adoc includes itself"), error.getMessage());
    assertTrue(error.getCursor().getPath().endsWith("_loop.adoc"), error.getCursor().getPath());
    assertEquals(3, error.getCursor().getLineNumber());
  }

  @Test
  void anIncludeThatIsALinkInsideTheRepositoryIsRead() throws IOException {
    Files.createDirectories(project.resolve("shared"));
    Files.writeString(project.resolve("shared/_partial.adoc"), "A SHARED-PARTIAL paragraph.\n");
    Files.createSymbolicLink(project.resolve("_partial.adoc"), Path.of("shared/_partial.adoc"));

    String html = convert("= Title\n\ninclude::_partial.adoc[]\n", Attributes.builder().build());

    assertTrue(html.contains("A SHARED-PARTIAL paragraph."), html);
    assertEquals(List.of(), errors());
  }

  @Test
  void aDocinfoFileThatIsALinkOutOfTheRepositoryIsAnErrorAndIsNotRead() throws IOException {
    Path theme = Files.createDirectories(project.resolve("theme"));
    Path outside =
        Files.writeString(temp.resolve("docinfo.html"), "<meta name=\"DOCINFO-SECRET\">");
    Files.createSymbolicLink(theme.resolve("docinfo.html"), outside);

    String html =
        convert(
            "= Title\n\nText.\n",
            Attributes.builder()
                .attribute("docinfo", "shared")
                .attribute("docinfodir", theme.toString())
                .build());

    assertFalse(html.contains("DOCINFO-SECRET"), html);
    assertEquals(1, errors().size(), records.toString());
    assertTrue(
        errors()
            .get(0)
            .getMessage()
            .contains("leads through a symbolic link to " + outside.toRealPath()),
        errors().get(0).getMessage());
  }
}
