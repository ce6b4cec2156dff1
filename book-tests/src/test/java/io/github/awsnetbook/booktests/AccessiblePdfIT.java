package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDF handouts are accessible and archivable: veraPDF finds no failed check of PDF/UA-1 or of
 * PDF/A-2a in either book (a failure lists every rule broken, with where it first broke); the
 * structure tree reads the headings and paragraphs in the order of the HTML page; every section has
 * a bookmark; the table of contents is tagged as a TOC and its entries show and link to their
 * pages; running headers and page numbers are drawn but are not content.
 */
@ExtendWith(ReadBooks.Shared.class)
class AccessiblePdfIT {

  private final ReadBooks books;

  AccessiblePdfIT(ReadBooks books) {
    this.books = books;
  }

  /**
   * Every Link structure element holds something (its link annotation, its text): an anchor that
   * links nowhere (a source's ID) was a Link with nothing in it, 45 a book.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void noLinkElementIsEmpty(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    assertEquals(
        List.of(),
        StructureTree.emptyElements(pdf, "Link"::equals),
        lang + ": Link elements with no kids");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theHandoutPassesPdfUa1(String lang) throws Exception {
    List<PdfValidation.Failure> failures = books.failures(Book.of(lang), PDFAFlavour.PDFUA_1);
    assertEquals(List.of(), failures, "PDF/UA-1 rules the " + lang + " handout breaks");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theReadingOrderOfTheTaggedPdfIsTheOrderOfTheHtml(String lang) throws Exception {
    List<String> html = new ArrayList<>();
    for (Element element :
        books
            .html(Book.of(lang))
            .select(
                "#content h2, #content h3, #content h4, #content p, "
                    + "#content td.icon > .title, #content td.content > .title, "
                    + "#content table.glossary > tbody > tr")) {
      if (element.hasClass("section-locales")) {
        continue; // the link to the section in another locale is for screens only
      }
      if (element.is("tr")) {
        // The glossary is printed as a list: a paragraph of the term, with the other language's
        // term where that is not the same, and one of the definition.
        String term = element.child(0).text();
        String other = element.child(1).text();
        html.add("P " + PdfText.unwrapped(other.equals(term) ? term : term + " " + other));
        html.add("P " + PdfText.unwrapped(element.child(2).text()));
        continue;
      }
      if (element.parent().hasClass("icon")
          && element.closest("tr").selectFirst("td.content > .title") != null) {
        continue; // a note with its own title is labelled by that title only
      }
      if (element.is("p")
          && element.closest("td, th") != null
          && element.closest("td.content") == null) {
        // A table cell (a header cell too: the Japanese glossary's later groups have their terms
        // as row headers) is one block of the PDF, whatever its paragraphs; a note is not.
        continue;
      }
      html.add(
          element.tagName().toUpperCase(Locale.ROOT).replace("DIV", "P")
              + " "
              + PdfText.unwrapped(element.text()));
    }
    List<String> pdf = new ArrayList<>();
    for (TaggedText.Block block : books.blocks(Book.of(lang))) {
      if (block.type().matches("H[234]|P")) {
        pdf.add(block.type() + " " + PdfText.unwrapped(block.text()));
      }
    }
    // The title page and the table of contents come before the first chapter's heading.
    int firstChapter =
        pdf.stream()
            .filter(entry -> entry.startsWith("H2 "))
            .findFirst()
            .map(pdf::indexOf)
            .orElse(0);
    List<String> read = pdf.subList(firstChapter, pdf.size());
    assertEquals(html, read, lang + ": reading order differs " + firstDifference(html, read));
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void everySectionHasABookmark(String lang) throws Exception {
    List<String> sections = new ArrayList<>();
    for (Element heading :
        books
            .html(Book.of(lang))
            // A discrete heading (the Japanese glossary's あ行 …) opens no section: no bookmark.
            .select(
                "#content h2[id]:not(.discrete), #content h3[id]:not(.discrete),"
                    + " #content h4[id]:not(.discrete)")) {
      sections.add(PdfText.unwrapped(heading.text()));
    }
    List<String> bookmarks = new ArrayList<>();
    PDDocument pdf = books.pdf(Book.of(lang));
    collect(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
    assertEquals(sections, bookmarks, lang + ": the PDF's outline");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theTableOfContentsIsATocWhoseEntriesShowAndLinkToTheirPages(String lang) throws Exception {
    int entries = books.html(Book.of(lang)).select("#toc li").size();
    PDDocument pdf = books.pdf(Book.of(lang));
    List<String> types = new ArrayList<>();
    structureTypes(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
    assertTrue(types.contains("TOC"), lang + ": no TOC in the structure tree");
    assertEquals(entries, types.stream().filter("TOCI"::equals).count(), lang + ": TOC items");
    int linked = 0;
    for (PDAnnotation annotation : pdf.getPage(1).getAnnotations()) {
      if (annotation instanceof PDAnnotationLink link
          && link.getAction() instanceof PDActionGoTo goTo
          && goTo.getDestination() instanceof PDPageDestination destination) {
        int page = destination.retrievePageNumber() + 1;
        String target = books.pdfPages(Book.of(lang)).get(page - 1);
        assertTrue(page > 2 && !target.isEmpty(), lang + ": a TOC link to page " + page);
        linked++;
      }
    }
    // An entry's link is one annotation for its text and one for its page number.
    assertTrue(linked >= entries, lang + ": only " + linked + " TOC links to a page");
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(2);
    stripper.setEndPage(2);
    long numbered =
        stripper.getText(pdf).lines().filter(line -> line.matches(".*\\.\\s*\\d+\\s*$")).count();
    assertEquals(entries, numbered, lang + ": TOC entries with a page number");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void runningHeadersAndPageNumbersAreDrawnAsArtifacts(String lang) throws Exception {
    String title = PdfText.unwrapped(books.html(Book.of(lang)).selectFirst("#header > h1").text());
    PDDocument pdf = books.pdf(Book.of(lang));
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(5);
    stripper.setEndPage(5);
    String page = stripper.getText(pdf);
    assertTrue(PdfText.unwrapped(page).contains(title), lang + ": no running header on page 5");
    assertTrue(
        page.lines().anyMatch(line -> line.strip().equals("5")),
        lang + ": no page number on page 5");
    assertFalse(
        PdfText.unwrapped(books.pdfPages(Book.of(lang)).get(4)).contains(title),
        lang + ": the running header is tagged as content");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theWindowShowsTheTitleAndTheMetadataSaysTheLanguageTitleAndDate(String lang)
      throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    var catalog = pdf.getDocumentCatalog();
    assertEquals(lang, catalog.getLanguage());
    assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the window shows the file name");
    assertTrue(catalog.getMarkInfo().isMarked(), "not marked as tagged");
    String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
    assertTrue(xmp.contains(pdf.getDocumentInformation().getTitle()), "no title in the XMP");
    assertTrue(xmp.contains("pdfuaid:part"), "the XMP does not claim PDF/UA");
    assertTrue(xmp.contains("2026-12-07"), "the XMP dates are not the edition's date");
    assertEquals(2026, pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
  }

  private static void collect(PDOutlineNode node, List<String> titles) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      titles.add(PdfText.unwrapped(item.getTitle()));
      collect(item, titles);
    }
  }

  private static void structureTypes(PDStructureNode node, List<String> types) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        types.add(element.getStructureType());
        structureTypes(element, types);
      }
    }
  }

  private static String firstDifference(List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String want = i < expected.size() ? expected.get(i) : "(nothing)";
      String got = i < actual.size() ? actual.get(i) : "(nothing)";
      if (!want.equals(got)) {
        return "at block " + i + ": the HTML has «" + want + "», the PDF «" + got + "»";
      }
    }
    return "";
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theHandoutPassesPdfA2a(String lang) throws Exception {
    List<PdfValidation.Failure> failures = books.failures(Book.of(lang), PDFAFlavour.PDFA_2_A);
    assertEquals(List.of(), failures, "PDF/A-2a rules the " + lang + " handout breaks");
  }
}
