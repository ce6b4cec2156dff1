package io.github.awsnetbook.tools.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SafeXmlTest {

  private static final Path FILE = Path.of("assets/images/logo.svg");

  @Test
  void wellFormedXmlWithoutDoctypeIsAccepted() {
    assertTrue(SafeXml.check(FILE, "<?xml version=\"1.0\"?>\n<svg><text>雲</text></svg>").isEmpty());
  }

  @Test
  void anExternalEntityIsRefusedAtTheDoctypeAndNeverRead() {
    String xxe =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE svg [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
            + "<svg><text>&secret;</text></svg>";

    Diagnostic problem = SafeXml.check(FILE, xxe).orElseThrow();

    assertEquals(2, problem.line());
    assertTrue(problem.message().contains("DOCTYPE"), problem.message());
    assertFalse(problem.message().contains("root:"), "the file was read: " + problem.message());
  }

  @Test
  void anEntityExpansionBombIsRefusedToo() {
    String bomb =
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
            + "<lolz>&lol2;</lolz>";

    assertTrue(SafeXml.check(FILE, bomb).orElseThrow().message().contains("DOCTYPE"));
  }

  @Test
  void malformedXmlNamesItsLineAndColumn() {
    Diagnostic problem = SafeXml.check(FILE, "<svg>\n  <g>\n</svg>").orElseThrow();

    assertEquals(3, problem.line());
    assertTrue(problem.message().startsWith("malformed XML: "), problem.message());
    assertTrue(problem.message().endsWith("; fix the markup"), problem.message());
  }
}
