package io.github.awsnetbook.tools.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference check in a conversion, with the build's extensions. */
class ReferenceCheckTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static List<String> warnings(String adoc) {
    List<String> messages = new ArrayList<>();
    LogHandler handler = record -> messages.add(message(record));
    ASCIIDOCTOR.get().registerLogHandler(handler);
    try {
      ASCIIDOCTOR
          .get()
          .convert(adoc, Options.builder().safe(SafeMode.SAFE).sourcemap(true).build());
    } finally {
      ASCIIDOCTOR.get().unregisterLogHandler(handler);
    }
    return messages.stream().filter(m -> m.contains("missing")).toList();
  }

  private static String message(LogRecord record) {
    return (record.getCursor() == null ? "" : record.getCursor().getLineNumber() + ": ")
        + record.getMessage();
  }

  @Test
  void referencesInsideAFenceOrAListingAreCodeNotReferences() {
    assertEquals(
        List.of(
            "11: cross reference to a missing ID: nowhere; write the ID of a section or block of"
                + " this book, as in [#nowhere]"),
        warnings(
            "== A\n\n```\n<<not-a-ref>> {not-an-attribute}\n```\n\n----  \n<<nor-this>>\n"
                + "----  \n\nSee <<nowhere>>.\n"));
  }
}
