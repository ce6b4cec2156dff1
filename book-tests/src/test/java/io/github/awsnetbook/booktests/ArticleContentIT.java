package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every section and every paragraph of the seed article is in the HTML and PDF of each locale. */
@ExtendWith(ReadBooks.Shared.class)
class ArticleContentIT {

  private final ReadBooks books;

  ArticleContentIT(ReadBooks books) {
    this.books = books;
  }

  static final List<String> SECTION_IDS =
      List.of("article-0003", "direct-connect", "peering-transit-gateway", "aws-wavelength");

  static Stream<Book> books() {
    return Book.all().stream();
  }

  @Test
  void phraseFixtureCoversEverySectionOfTheSeed() {
    List<Phrases> phrases = Phrases.ofArticle0003();
    for (String id : SECTION_IDS) {
      assertTrue(
          phrases.stream().anyMatch(p -> p.sectionId().equals(id)), "no phrase for section " + id);
    }
    assertTrue(phrases.size() >= 30, "the seed has more paragraphs than " + phrases.size());
  }

  @ParameterizedTest
  @MethodSource("books")
  void everySectionOfTheSeedHasItsIdInTheHtml(Book book) {
    Document html = books.html(book);
    assertAll(
        SECTION_IDS.stream()
            .map(id -> () -> assertNotNull(html.getElementById(id), book + ": no section #" + id)));
  }

  @ParameterizedTest
  @MethodSource("books")
  void everyParagraphOfTheSeedIsInItsSectionOfTheHtml(Book book) {
    Document html = books.html(book);
    assertAll(
        Phrases.ofArticle0003().stream()
            .map(
                phrase ->
                    () -> {
                      Element heading = html.getElementById(phrase.sectionId());
                      assertNotNull(heading, book + ": no section #" + phrase.sectionId());
                      String section = PdfText.unwrapped(heading.parent().text());
                      String wanted = PdfText.unwrapped(phrase.in(book.lang()));
                      assertFalse(wanted.isEmpty(), "empty phrase in the fixture: " + phrase);
                      assertTrue(
                          section.contains(wanted),
                          book + ": section #" + phrase.sectionId() + " lacks \"" + wanted + "\"");
                    }));
  }

  @ParameterizedTest
  @MethodSource("books")
  void everyParagraphOfTheSeedIsInThePdf(Book book) {
    String text = PdfText.unwrapped(books.pdfText(book));
    assertAll(
        Phrases.ofArticle0003().stream()
            .map(
                phrase ->
                    () -> {
                      String wanted = PdfText.unwrapped(phrase.in(book.lang()));
                      assertTrue(
                          text.contains(wanted), book + ": the PDF lacks \"" + wanted + "\"");
                    }));
  }

  @ParameterizedTest
  @MethodSource("books")
  void theServiceLayerTableHasThreeRowsOfFourColumns(Book book) {
    Element table = books.html(book).getElementById("tbl-service-layers");
    assertNotNull(table, book + ": no table #tbl-service-layers");
    assertEquals(4, table.select("thead > tr > th").size(), book + ": header cells");
    List<Element> rows = table.select("tbody > tr");
    assertEquals(3, rows.size(), book + ": body rows");
    for (Element row : rows) {
      assertEquals(4, row.select("> td").size(), book + ": cells in row " + row.text());
    }
  }

  @ParameterizedTest
  @MethodSource("books")
  void editorsNotesAreMarkedApartFromTheAuthorsText(Book book) {
    Document html = books.html(book);
    for (String id :
        List.of(
            "note-dangling-sentence",
            "note-paas-eni",
            "note-saas-row",
            "note-gateway-endpoint",
            "note-connection-methods",
            "note-peering",
            "note-transit-gateway")) {
      Element note = html.getElementById(id);
      assertNotNull(note, book + ": no editor's note #" + id);
      assertTrue(note.hasClass("editor-note"), book + ": #" + id + " lacks the editor-note role");
    }
  }
}
