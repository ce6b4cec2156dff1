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
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An Asciidoctor created with the build's extensions never converts below SAFE. */
class SafeModeFloorTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @Test
  void anUnsafeRequestIsRaisedToSafe(@TempDir Path jail) {
    String html =
        ASCIIDOCTOR
            .get()
            .convert(
                "safe mode is {safe-mode-name}",
                Options.builder().safe(SafeMode.UNSAFE).baseDir(jail.toFile()).build());
    assertTrue(html.contains("safe mode is safe"), html);
  }

  @Test
  void aStricterRequestIsKept(@TempDir Path jail) {
    String html =
        ASCIIDOCTOR
            .get()
            .convert(
                "safe mode is {safe-mode-name}",
                Options.builder().safe(SafeMode.SECURE).baseDir(jail.toFile()).build());
    assertTrue(html.contains("safe mode is secure"), html);
  }

  @Test
  void anIncludeOutsideTheJailIsNotReadEvenWhenUnsafeWasRequested(@TempDir Path temp)
      throws IOException {
    Path jail = Files.createDirectories(temp.resolve("project"));
    Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
    List<LogRecord> records = new ArrayList<>();
    org.asciidoctor.log.LogHandler handler = records::add;
    ASCIIDOCTOR.get().registerLogHandler(handler);
    try {
      String html =
          ASCIIDOCTOR
              .get()
              .convert(
                  "include::" + secret.toAbsolutePath() + "[]\n\ninclude::../secret.txt[]\n",
                  Options.builder().safe(SafeMode.UNSAFE).baseDir(jail.toFile()).build());
      assertFalse(html.contains("TOP-SECRET"), html);
      assertEquals(
          2,
          records.stream().filter(r -> r.getMessage().contains("include file not found")).count(),
          records.stream().map(LogRecord::getMessage).toList().toString());
    } finally {
      ASCIIDOCTOR.get().unregisterLogHandler(handler);
    }
  }
}
