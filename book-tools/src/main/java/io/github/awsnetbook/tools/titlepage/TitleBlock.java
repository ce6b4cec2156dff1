package io.github.awsnetbook.tools.titlepage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's title block as a book's title page has it: the author, then the edition (its version
 * and its own date), then the original article's date, each on its own line and in the locale's
 * words ({@code edition-statement} and {@code original-statement} of {@code _locale.adoc}).
 * Asciidoctor's header line ({@code バージョン 1.0, 2025年10月13日}) puts an ASCII comma after the version
 * whatever the language and shows the header's revision date, which is the original's, as if it
 * were the edition's. A book without an {@code edition-statement} keeps Asciidoctor's line. The
 * publish step sets the block on the page's one document, from which the PDF's title page is
 * printed too.
 */
public record TitleBlock(Optional<String> edition, Optional<String> original) {

  /** The block of a book whose header has {@code attributes} (the source model's). */
  public static TitleBlock of(Map<String, String> attributes) {
    return new TitleBlock(
        statement(attributes, "edition-statement"), statement(attributes, "original-statement"));
  }

  /** Replaces the details under the page's title with this block, if the book has an edition. */
  public void applyTo(Document page) {
    Element details = page.selectFirst("#header > .details");
    if (edition.isEmpty() || details == null) {
      return;
    }
    List<Element> authors = details.select("span.author, span.email");
    details.empty();
    for (Element author : authors) {
      details.appendChild(author);
      details.appendElement("br");
    }
    details.appendElement("span").addClass("edition").text(edition.get());
    original.ifPresent(
        date -> {
          details.appendElement("br");
          details.appendElement("span").addClass("original").text(date);
        });
  }

  private static Optional<String> statement(Map<String, String> attributes, String name) {
    String value = attributes.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
