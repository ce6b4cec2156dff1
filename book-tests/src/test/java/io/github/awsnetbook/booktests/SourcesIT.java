package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.citations.CitedSources;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real books cite their sources: the citation check of the sources finds nothing, and the built
 * HTML and PDF of every locale show the list of sources, with the same sources under the same
 * numbers in every locale, and every editor's note citing one of them.
 */
@ExtendWith({ReadBooks.Shared.class, BuildInProcess.Shared.class})
class SourcesIT {

  private static Asciidoctor asciidoctor;

  private final ReadBooks books;

  SourcesIT(ReadBooks books) {
    this.books = books;
  }

  /** The run's one Asciidoctor, which JUnit shuts down at the end of the run. */
  @BeforeAll
  static void start(BuildInProcess shared) {
    asciidoctor = shared.asciidoctor();
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void everyNoteAndEditorialFigureOfTheSourcesCitesASourceOfTheList(String lang) {
    Path folder = Book.root().resolve("content-" + lang + "/src/docs/asciidoc");
    Path top = folder.resolve("index.adoc");
    SourceModel model =
        SourceModel.load(
            asciidoctor, Book.root(), top, Map.of("book-source-dir", folder.toString()));
    // The check reads only a book the parser read whole: this one must be.
    assertEquals(List.of(), model.messages());
    List<Diagnostic> problems = CitedSources.check(model);
    assertEquals(List.of(), problems);
  }

  /** The list of sources of a page: each entry's ID and the number it shows, in order. */
  private static Map<String, String> sources(Document html) {
    Element list = html.selectFirst("#sources ~ .sectionbody ul.bibliography");
    if (list == null) {
      list = html.selectFirst("#sources + .sectionbody ul.bibliography");
    }
    assertNotNull(list, "no list of sources in the page");
    Map<String, String> numbers = new LinkedHashMap<>();
    for (Element entry : list.select("> li")) {
      Element anchor = entry.selectFirst("a[id^=src-]");
      assertNotNull(anchor, entry.outerHtml());
      String shown = entry.text();
      numbers.put(anchor.id(), shown.substring(0, shown.indexOf(']') + 1));
    }
    return numbers;
  }

  @Test
  void everyLocaleListsTheSameSourcesUnderTheSameNumbers() {
    Map<String, String> source = sources(books.html(Book.source()));
    assertTrue(source.size() >= 20, source.toString());
    int place = 1;
    for (String number : source.values()) {
      assertEquals("[" + place++ + "]", number);
    }
    for (Book book : Book.all()) {
      assertEquals(
          List.copyOf(source.entrySet()),
          List.copyOf(sources(books.html(book)).entrySet()),
          book.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void everyEditorsNoteLinksToAnEntryOfTheList(String lang) {
    Document html = books.html(Book.of(lang));
    Map<String, String> sources = sources(html);
    List<Element> notes = html.select(".admonitionblock.editor-note");
    assertTrue(notes.size() >= 7, lang + ": " + notes.size() + " editor's notes");
    assertAll(
        notes.stream()
            .map(
                note ->
                    () -> {
                      List<Element> citations = note.select("a[href^=#src-]");
                      assertFalse(citations.isEmpty(), lang + ": " + note.id() + " cites nothing");
                      for (Element citation : citations) {
                        // "[2]", or a range's end ("[1–8]" links its 1 and its 8).
                        String id = citation.attr("href").substring(1);
                        assertEquals(
                            sources.get(id).replaceAll("\\D", ""),
                            citation.text().replaceAll("\\D", ""),
                            lang + ": " + note.id());
                      }
                    }));
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void thePdfShowsTheListOfSourcesAndTheDateTheyWereChecked(String lang) {
    String text = PdfText.unwrapped(books.pdfText(Book.of(lang)));
    Book book = Book.of(lang);
    String heading = lang.equals("ja") ? "出典" : "Sources";
    String date = lang.equals("ja") ? "2026年12月7日" : "December 7, 2026";
    assertTrue(text.contains(heading), lang + ": no heading " + heading);
    assertTrue(
        text.contains(
            PdfText.unwrapped("docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html")),
        lang + ": no address of a source in the PDF");
    assertTrue(text.contains(PdfText.unwrapped(date)), book + ": no checked-as-of date");
  }

  /**
   * The date the editors checked the pages is given once, at the head of the list, not after each
   * of its entries (45 times the same date, broken across lines a dozen times).
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theListGivesTheDateItsPagesWereCheckedOnceAtItsHead(String lang) {
    Document html = books.html(Book.of(lang));
    String date = lang.equals("ja") ? "2026年12月7日" : "December 7, 2026";
    Element section = html.getElementById("sources").parent();
    List<String> dated =
        section.select("ul.bibliography > li").eachText().stream()
            .filter(entry -> entry.contains(date))
            .toList();
    assertEquals(List.of(), dated, lang + ": entries with a date of their own");
    Element head = section.selectFirst(".sectionbody > .paragraph");
    assertNotNull(head, lang + ": no introduction at the head of the list");
    assertTrue(head.text().contains(date), lang + ": the head of the list gives no date");
  }
}
