package io.github.awsnetbook.tools.titlepage;

import java.util.List;
import java.util.Optional;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The page's title block as a book's title page has it: the author, then the edition (its version
 * and its own date), then the original article's date, each on its own line and in the locale's
 * words ({@code edition-statement} and {@code original-statement} of {@code _locale.adoc}).
 * Asciidoctor's header line ({@code バージョン 1.0, 2025年10月13日}) puts an ASCII comma after the
 * version whatever the language and shows the header's revision date, which is the original's,
 * as if it were the edition's. A book without an {@code edition-statement} keeps Asciidoctor's
 * line.
 */
public final class TitleBlock extends Postprocessor {

  @Override
  public String process(Document document, String output) {
    Optional<String> edition = statement(document, "edition-statement");
    if (edition.isEmpty() || !document.isBasebackend("html")) {
      return output;
    }
    org.jsoup.nodes.Document page =
        Jsoup.parse(output, "", Parser.htmlParser().setTrackPosition(true));
    Element details = page.selectFirst("#header > .details");
    if (details == null || !details.sourceRange().isTracked()) {
      return output;
    }
    Element block = titleBlock(details, edition.get(), statement(document, "original-statement"));
    // Only the block is replaced, at the place the parser found it: the rest of the page keeps
    // Asciidoctor's bytes, which the publish step reads.
    int start = details.sourceRange().startPos();
    int end = details.endSourceRange().endPos();
    return output.substring(0, start) + block.outerHtml() + output.substring(end);
  }

  private static Element titleBlock(Element details, String edition, Optional<String> original) {
    org.jsoup.nodes.Document shell = org.jsoup.nodes.Document.createShell("");
    shell.outputSettings().prettyPrint(false);
    Element block = shell.body().appendElement("div").addClass("details");
    List<Element> authors = details.select("span.author, span.email");
    for (Element author : authors) {
      block.appendChild(author.clone());
      block.appendElement("br");
    }
    block.appendElement("span").addClass("edition").text(edition);
    original.ifPresent(
        date -> {
          block.appendElement("br");
          block.appendElement("span").addClass("original").text(date);
        });
    return block;
  }

  private static Optional<String> statement(Document document, String name) {
    Object value = document.getAttribute(name);
    return value == null || value.toString().isBlank()
        ? Optional.empty()
        : Optional.of(value.toString().strip());
  }
}
