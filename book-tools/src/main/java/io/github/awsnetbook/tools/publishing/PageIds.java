package io.github.awsnetbook.tools.publishing;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.markup.Markup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A published page never has two elements of one ID, as the Nu HTML Checker requires ("Duplicate
 * ID"): a link, a label, the stylesheet or a screen reader would find the first and miss the other.
 * The source check refuses the IDs of the page's frame in a book; this is the last look at the
 * finished page, which also catches a collision that no source line spells out (a section titled
 * "Content" whose generated ID is {@code content}).
 */
final class PageIds {

  private PageIds() {}

  /**
   * The problem of a finished page with duplicate IDs, at the second element of the first such ID
   * (its line and column in the page), naming every duplicated ID; empty if each ID is unique.
   */
  static Optional<Diagnostic> duplicates(Path page, Document finished) {
    Set<String> seen = new HashSet<>();
    boolean unique = finished.select("[id]").stream().allMatch(element -> seen.add(element.id()));
    // Only a page that is refused is read again, for the line and column of the duplicate in it.
    return unique
        ? Optional.empty()
        : duplicates(page, new String(Markup.bytes(finished), StandardCharsets.UTF_8));
  }

  /**
   * The problem of a finished page's markup with duplicate IDs, at the second element of the first
   * such ID (its line and column in the page), naming every duplicated ID; empty if each ID is
   * unique.
   */
  static Optional<Diagnostic> duplicates(Path page, String html) {
    Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    Map<String, List<Element>> byId = new LinkedHashMap<>();
    for (Element element : document.select("[id]")) {
      byId.computeIfAbsent(element.id(), id -> new ArrayList<>()).add(element);
    }
    List<String> duplicated = new ArrayList<>();
    Element second = null;
    for (Map.Entry<String, List<Element>> id : byId.entrySet()) {
      if (id.getValue().size() > 1) {
        duplicated.add("\"" + id.getKey() + "\" (" + id.getValue().size() + " elements)");
        if (second == null) {
          second = id.getValue().get(1);
        }
      }
    }
    if (second == null) {
      return Optional.empty();
    }
    int line = Math.max(1, second.sourceRange().start().lineNumber());
    int column = Math.max(1, second.sourceRange().start().columnNumber());
    return Optional.of(
        Diagnostic.error(
                page,
                line,
                column,
                "the finished page has two or more elements of one ID: "
                    + String.join(", ", duplicated)
                    + "; it is not published: give the anchor, section or block of the book"
                    + " another ID (a section titled like a part of the page, such as \"Content\","
                    + " needs an ID of its own: [#book-content])")
            .withRule("publishing/duplicate-id"));
  }
}
