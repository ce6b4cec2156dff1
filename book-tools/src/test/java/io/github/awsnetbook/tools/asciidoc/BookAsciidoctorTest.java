package io.github.awsnetbook.tools.asciidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BookAsciidoctorTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @Test
  void theGemIsFoundInAsciidoctorJsOwnJar() {
    assertTrue(
        BookAsciidoctor.gemLibrary().matches("uri:classloader:/gems/asciidoctor-2\\.[0-9.]+/lib"),
        BookAsciidoctor.gemLibrary());
  }

  @Test
  void asciidoctorConvertsWithoutRubyGemsWhereTheJvmTurnsThemOff() {
    Asciidoctor asciidoctor = ASCIIDOCTOR.get();

    String html = asciidoctor.convert("== 見出し\n\n本文 *強調*", Options.builder().build());

    assertEquals(
        "false", System.getProperty("jruby.cli.rubygems.enable"), "the forks' argLine (pom.xml)");
    assertEquals(
        "no RubyGems",
        JRubyRuntimeContext.get(asciidoctor)
            .evalScriptlet("defined?(::Gem) ? 'RubyGems' : 'no RubyGems'")
            .toString());
    assertTrue(html.contains("<strong>強調</strong>"), html);
  }
}
