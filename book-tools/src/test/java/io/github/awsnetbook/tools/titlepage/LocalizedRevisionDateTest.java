package io.github.awsnetbook.tools.titlepage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.util.Optional;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The edition's date in each locale's own long form, on the title page and in the text. */
class LocalizedRevisionDateTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static Document convert(String lang) {
    String source =
        "= Book\nSeal\nv1.0, 2025-10-13\n:lang: "
            + lang
            + "\n:docdatetime: {revdate}\n\nPublished {revdate}.\n";
    return Jsoup.parse(
        ASCIIDOCTOR
            .get()
            .convert(source, Options.builder().safe(SafeMode.SAFE).standalone(true).build()));
  }

  @Test
  void japaneseBooksWriteTheDateAsJapaneseBooksDo() {
    Document html = convert("ja");

    assertEquals("2025年10月13日", html.getElementById("revdate").text());
    assertEquals("Published 2025年10月13日.", html.selectFirst("#content p").text());
    assertTrue(html.getElementById("footer-text").text().contains("2025年10月13日"));
  }

  @Test
  void englishBooksWriteTheMonthInFull() {
    assertEquals("October 13, 2025", convert("en").getElementById("revdate").text());
  }

  @Test
  void aDateThatIsNotIsoIsLeftAsWritten() {
    assertEquals(Optional.empty(), LocalizedRevisionDate.longForm("Autumn 2025", "en"));
  }
}
