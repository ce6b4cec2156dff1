package io.github.awsnetbook.tools.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An image's alt text is shown by Asciidoctor as the post wrote it, and only a needed escape is
 * added.
 */
class AltTextTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "VPCの図",
        "-- @",
        "a--b と --.",
        "<<->",
        "=> <= <- ->",
        "(C) (R) (TM) ...",
        "it's x'1 `'quoted'",
        "C:\\temp と \\(C) と \\--",
        "\"引用\" と {attr} と \\\"",
        "A & B <b>"
      })
  void theAltTextIsShownAsWritten(String alt) {
    String html =
        ASCIIDOCTOR
            .get()
            .convert(
                "image::x.png[\"" + AltText.of(alt) + "\"]",
                Options.builder().safe(SafeMode.SECURE).build());

    assertEquals(alt, Jsoup.parse(html).selectFirst("img").attr("alt"), AltText.of(alt));
  }

  @ParameterizedTest
  @ValueSource(strings = {"VPCの図", "C:\\temp", "10.0.0.0/16 -> x"})
  void aBackslashIsAddedOnlyWhereARuleWouldReplace(String alt) {
    long added = AltText.of(alt).chars().filter(c -> c == '\\').count();
    long had = alt.chars().filter(c -> c == '\\').count();
    assertEquals(alt.contains("->") ? had + 1 : had, added, AltText.of(alt));
  }
}
