package io.github.awsnetbook.tools.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Asciidoctor created with the build's extensions never converts below SAFE. */
class SafeModeFloorTest {

  private static Asciidoctor asciidoctor;

  @BeforeAll
  static void startAsciidoctor() {
    asciidoctor = Asciidoctor.Factory.create();
  }

  @AfterAll
  static void stopAsciidoctor() {
    asciidoctor.shutdown();
  }

  @Test
  void anUnsafeRequestIsRaisedToSafe(@TempDir Path jail) {
    String html =
        asciidoctor.convert(
            "safe mode is {safe-mode-name}",
            Options.builder().safe(SafeMode.UNSAFE).baseDir(jail.toFile()).build());
    assertTrue(html.contains("safe mode is safe"), html);
  }

  @Test
  void aStricterRequestIsKept(@TempDir Path jail) {
    String html =
        asciidoctor.convert(
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
    asciidoctor.registerLogHandler(handler);
    try {
      String html =
          asciidoctor.convert(
              "include::" + secret.toAbsolutePath() + "[]\n\ninclude::../secret.txt[]\n",
              Options.builder().safe(SafeMode.UNSAFE).baseDir(jail.toFile()).build());
      assertFalse(html.contains("TOP-SECRET"), html);
      assertEquals(
          2,
          records.stream().filter(r -> r.getMessage().contains("include file not found")).count(),
          records.stream().map(LogRecord::getMessage).toList().toString());
    } finally {
      asciidoctor.unregisterLogHandler(handler);
    }
  }
}
