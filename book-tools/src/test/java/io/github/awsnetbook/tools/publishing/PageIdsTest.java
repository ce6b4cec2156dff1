package io.github.awsnetbook.tools.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.Optional;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PageIdsTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final Path PAGE = Path.of("target/staging/html/index.html");

  @Test
  void anAnchorThatReusesTheFramesContentIdIsRefusedAtItsPlaceInThePage() {
    String html =
        "<!DOCTYPE html>\n<html><body>\n<div id=\"content\">\n"
            + "<p>The VPC <a id=\"content\"></a>joins subnets.</p>\n</div>\n</body></html>\n";
    Optional<Diagnostic> problem = PageIds.duplicates(PAGE, html);
    assertTrue(problem.isPresent());
    assertTrue(problem.get().isError());
    assertEquals("publishing/duplicate-id", problem.get().ruleId());
    assertEquals(4, problem.get().line());
    assertEquals(12, problem.get().column());
    assertTrue(
        problem.get().message().contains("\"content\" (2 elements)"), problem.get().message());
  }

  @Test
  void everyDuplicatedIdIsNamedAndIdsDifferingOnlyInCaseAreDistinct() {
    String html =
        "<div id=\"a\"></div><div id=\"b\"></div><span id=\"a\"></span><svg><g id=\"b\"/></svg>"
            + "<p id=\"A\"></p>";
    String message = PageIds.duplicates(PAGE, html).orElseThrow().message();
    assertTrue(message.contains("\"a\" (2 elements), \"b\" (2 elements)"), message);
    assertTrue(!message.contains("\"A\""), message);
  }

  @Test
  void aSectionTitledContentCollidesWithTheFrameThroughItsGeneratedIdAndIsRefused() {
    // The book's ID settings (BookConversion): no prefix, so "Content" becomes the ID content.
    String html =
        ASCIIDOCTOR
            .get()
            .convert(
                "= Book\n\n== Content\n\nText.\n",
                Options.builder()
                    .standalone(true)
                    .safe(SafeMode.SAFE)
                    .attributes(
                        Attributes.builder()
                            .attribute("idprefix", "")
                            .attribute("idseparator", "-")
                            .attribute("toc", "left")
                            .build())
                    .build());
    Diagnostic problem = PageIds.duplicates(PAGE, html).orElseThrow();
    assertTrue(problem.message().contains("\"content\" (2 elements)"), problem.message());
  }

  @Test
  void aPageOfUniqueIdsPasses() {
    assertEquals(
        Optional.empty(),
        PageIds.duplicates(PAGE, "<div id=\"header\"></div><div id=\"content\"><h2 id=\"x\">"));
  }
}
