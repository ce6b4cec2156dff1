package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TerminologyCheckTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Path root, String... more) {
    String[] args =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(
                    "--root",
                    root.toString(),
                    "--locales",
                    "ja en",
                    "--output",
                    temp.resolve("out").toString(),
                    "--summary-locale",
                    "en"),
                java.util.stream.Stream.of(more))
            .toArray(String[]::new);
    return TerminologyCheck.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        ASCIIDOCTOR.models());
  }

  @Test
  void errorsFailTheCheckAndTheBuild() throws IOException {
    Path root = temp.resolve("repo");
    Files.createDirectories(root.resolve("terminology"));
    Files.copy(
        Terms.fixtureRoot().resolve("terminology/aws-networking.tbx"),
        root.resolve("terminology/aws-networking.tbx"));
    Books.write(root, "ja", "専用線。\n");
    Books.write(root, "en", "A leased line.\n");
    assertEquals(1, run(root, "--summary-locale", "ja"));
    String errors = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        errors.startsWith(
            "content-en/src/docs/asciidoc/index.adoc:1:3: error: \"leased line\""
                + " is deprecated; write \"dedicated line\" [terminology/deprecated-term]\n"
                + "A leased line.\n"
                + "  ^\n"),
        errors);
    assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("用語チェック: 2冊の本でエラー2件、警告0件。\n"));
    assertThrows(
        IllegalStateException.class,
        () ->
            TerminologyCheck.main(
                new String[] {
                  "--root",
                  root.toString(),
                  "--locales",
                  "ja en",
                  "--output",
                  temp.resolve("o").toString()
                }));
  }

  @Test
  void aBrokenTermbaseIsReportedWithItsPlace() throws IOException {
    Path root = temp.resolve("repo");
    Files.createDirectories(root.resolve("terminology"));
    Files.writeString(
        root.resolve("terminology/aws-networking.tbx"),
        "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx>\n<tbx/>\n");
    assertEquals(2, run(root));
    assertEquals(
        "terminology/aws-networking.tbx:2:15: error: DOCTYPE declarations are not allowed"
            + " in the termbase; remove it\n"
            + "<!DOCTYPE tbx>\n"
            + "              ^\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void wrongArgumentsAreExplained() {
    assertEquals(
        2,
        TerminologyCheck.run(
            new String[] {"--root"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            ASCIIDOCTOR.models()));
    assertEquals("error: option --root needs a value\n", err.toString(StandardCharsets.UTF_8));
  }
}
