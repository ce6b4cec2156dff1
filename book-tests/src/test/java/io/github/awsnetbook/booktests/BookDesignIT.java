package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The handout looks like a book, measured from the glyphs PDFBox reports on each page: a title
 * without the working ID or emoji wherever the book names itself, a centred title page dated in the
 * locale's form, running heads small, grey and on one line, no hole at the foot of a page but a
 * chapter's last, no lead-in at the foot of a page, glossary terms whole, bold list terms, one
 * label per note, a contents page set as a book's, and a file that qpdf finds no fault with.
 */
@ExtendWith(ReadBooks.Shared.class)
class BookDesignIT {

  private static final String WORKING_ID = "article0003";
  private static final Map<String, String> DATES =
      Map.of("ja", "2026年12月7日", "en", "December 7, 2026");

  private final ReadBooks books;

  BookDesignIT(ReadBooks books) {
    this.books = books;
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void noTitleCarriesTheWorkingIdOrAnEmoji(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    List<String> titles = new ArrayList<>();
    titles.add(pdf.getDocumentInformation().getTitle());
    titles.add(
        new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8));
    collectBookmarks(pdf.getDocumentCatalog().getDocumentOutline(), titles);
    titles.add(page(pdf, 1)); // the title page
    titles.add(page(pdf, 2)); // the contents
    for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
      runningHeads(pdf, page).forEach(line -> titles.add(line.text()));
    }
    titles.add(books.html(Book.of(lang)).title());
    for (String title : titles) {
      assertTrue(!title.contains(WORKING_ID), lang + ": the working ID in " + title);
      assertTrue(
          title.codePoints().noneMatch(BookDesignIT::isEmoji), lang + ": an emoji in " + title);
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theTitlePageIsCentredAndDatedInTheLocalesForm(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    float centre = pdf.getPage(0).getMediaBox().getWidth() / 2;
    List<PageGlyphs.Line> lines = PageGlyphs.lines(pdf, 1);
    assertTrue(lines.size() >= 3, lang + ": title page " + lines);
    for (PageGlyphs.Line line : lines) {
      float middle = (line.left() + line.right()) / 2;
      assertTrue(
          Math.abs(middle - centre) < 2, lang + ": not centred: " + line.text() + " at " + middle);
      assertTrue(!line.text().matches(".*[,、]$"), lang + ": stray punctuation: " + line.text());
    }
    assertTrue(
        lines.stream()
            .anyMatch(
                line -> line.text().replace(" ", "").equals(DATES.get(lang).replace(" ", ""))),
        lang + ": no date in the locale's form on the title page: " + page(pdf, 1));
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void runningHeadsAreOneSmallGreyLine(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
      List<PageGlyphs.Line> heads = runningHeads(pdf, page);
      assertEquals(1, heads.size(), lang + ": page " + page + " running heads " + heads);
      for (PageGlyphs.Glyph glyph : heads.get(0).glyphs()) {
        assertTrue(
            glyph.size() >= 7.5f && glyph.size() <= 8.5f,
            lang + ": page " + page + ": running head at " + glyph.size() + " pt");
        int red = (glyph.rgb() >> 16) & 0xff;
        int blue = glyph.rgb() & 0xff;
        assertTrue(
            red > 0x40 && red < 0xc0 && Math.abs(red - blue) < 0x30,
            lang
                + ": page "
                + page
                + ": running head not grey: "
                + Integer.toHexString(glyph.rgb()));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void noPageButAChaptersLastIsMoreThanAFifthEmptyAtTheFoot(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    TreeSet<Integer> chapterStarts = chapterStarts(pdf);
    List<String> holes = new ArrayList<>();
    for (int page = chapterStarts.first(); page <= pdf.getNumberOfPages(); page++) {
      if (page == pdf.getNumberOfPages() || chapterStarts.contains(page + 1)) {
        continue; // a chapter's last page ends where its text ends
      }
      float lowest =
          (float)
              PageGlyphs.lines(pdf, page).stream()
                  .filter(PageGlyphs.Line::inTypeArea)
                  .mapToDouble(PageGlyphs.Line::baseline)
                  .max()
                  .orElse(PageGlyphs.TYPE_TOP);
      double empty =
          (PageGlyphs.TYPE_BOTTOM - lowest) / (PageGlyphs.TYPE_BOTTOM - PageGlyphs.TYPE_TOP);
      if (empty > 0.2) {
        holes.add(String.format("page %d: %.0f %% empty", page, empty * 100));
      }
    }
    assertEquals(List.of(), holes, lang + ": holes at the foot of pages");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void noLeadInEndsAPage(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    for (int page = chapterStarts(pdf).first(); page <= pdf.getNumberOfPages(); page++) {
      List<PageGlyphs.Line> body =
          PageGlyphs.lines(pdf, page).stream().filter(PageGlyphs.Line::inTypeArea).toList();
      String last = body.isEmpty() ? "" : body.get(body.size() - 1).text();
      assertTrue(!last.matches(".*[:：]$"), lang + ": page " + page + " ends with " + last);
    }
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void glossaryTermsAreNeverBrokenInsideAWord(String lang) throws Exception {
    List<String> terms = new ArrayList<>();
    for (Element cell : books.html(Book.of(lang)).select("table.glossary tbody td")) {
      if (cell.elementSiblingIndex() < 2) {
        terms.add(cell.text());
      }
    }
    int found = 0;
    for (TaggedText.Block block : books.blocks(Book.of(lang))) {
      if (!block.type().equals("TD")) {
        continue;
      }
      List<String> lines = block.lines().stream().map(BookDesignIT::withoutSpaces).toList();
      for (String term : terms) {
        if (String.join("", lines).equals(withoutSpaces(term))) {
          found++;
          assertTrue(
              breaksBetweenWords(term, lines),
              lang + ": the glossary term " + term + " broken inside a word: " + block.lines());
        }
      }
    }
    assertTrue(found >= terms.size(), lang + ": found " + found + " of " + terms.size() + " terms");
  }

  /**
   * Whether each break between {@code lines} falls where {@code term} has a space or a hyphen,
   * between a Latin letter or digit and a Japanese character, or before an opening bracket.
   */
  private static boolean breaksBetweenWords(String term, List<String> lines) {
    int[] text = term.codePoints().toArray();
    int line = 0;
    int kept = 0;
    for (int i = 0; i < text.length && line < lines.size() - 1; i++) {
      if (Character.isWhitespace(text[i])) {
        continue;
      }
      kept++;
      if (kept == lines.get(line).codePointCount(0, lines.get(line).length())) {
        int next = i + 1 < text.length ? text[i + 1] : ' ';
        boolean between =
            Character.isWhitespace(next)
                || text[i] == '-'
                || isLatin(text[i]) != isLatin(next)
                || opensAWord(next);
        if (!between) {
          return false;
        }
        line++;
        kept = 0;
      }
    }
    return true;
  }

  /** An opening bracket starts a word of its own: a term's acronym, "（IGW）", may go below it. */
  private static boolean opensAWord(int cp) {
    return UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK)
        == UCharacter.LineBreak.OPEN_PUNCTUATION;
  }

  private static boolean isLatin(int cp) {
    return cp < 0x2E80;
  }

  private static String withoutSpaces(String text) {
    return text.replaceAll("\\s+", "");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void descriptionListTermsAreBold(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    List<String> terms = books.html(Book.of(lang)).select(".dlist dt").eachText();
    assertTrue(!terms.isEmpty(), "no description list");
    int checked = 0;
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      for (PageGlyphs.Line line : PageGlyphs.lines(pdf, page)) {
        if (terms.contains(line.text())) {
          checked++;
          assertTrue(
              line.glyphs().stream().allMatch(glyph -> glyph.font().contains("Bold")),
              lang + ": the term " + line.text() + " is not bold");
        }
      }
    }
    assertTrue(checked >= terms.size(), lang + ": found " + checked + " of " + terms);
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void aNoteWithItsOwnTitleHasNoOtherLabel(String lang) throws Exception {
    Element note = books.html(Book.of(lang)).selectFirst(".admonitionblock.editor-note");
    String kind = PdfText.unwrapped(note.selectFirst("td.icon .title").text());
    String title = PdfText.unwrapped(note.selectFirst("td.content > .title").text());
    List<TaggedText.Block> blocks = books.blocks(Book.of(lang));
    int titles = 0;
    for (int i = 0; i < blocks.size(); i++) {
      String text = PdfText.unwrapped(blocks.get(i).text());
      if (text.equals(title)) {
        titles++;
        assertTrue(
            i == 0 || !PdfText.unwrapped(blocks.get(i - 1).text()).equals(kind),
            lang + ": \"" + kind + "\" above \"" + title + "\"");
      }
    }
    assertTrue(titles > 0, lang + ": no note titled " + title);
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theContentsAreSetAsABooksAre(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    List<String> chapters = books.html(Book.of(lang)).select("#toc > ul > li > a").eachText();
    List<PageGlyphs.Line> entries =
        PageGlyphs.lines(pdf, 2).stream()
            .filter(PageGlyphs.Line::inTypeArea)
            .filter(line -> line.text().matches(".*\\.\\s*\\d+$"))
            .toList();
    assertTrue(entries.size() >= chapters.size(), lang + ": contents " + entries);
    float right = entries.get(0).right();
    int bold = 0;
    for (PageGlyphs.Line entry : entries) {
      assertTrue(
          Math.abs(entry.right() - right) < 0.5f,
          lang + ": page numbers not aligned: " + entry.text());
      PageGlyphs.Glyph first = entry.glyphs().get(0);
      boolean chapter =
          chapters.stream()
              .anyMatch(
                  c ->
                      entry.text().startsWith(c.substring(0, 1))
                          && PdfText.unwrapped(entry.text()).startsWith(PdfText.unwrapped(c)));
      if (chapter && first.font().contains("Bold")) {
        bold++;
      }
      int blue = first.rgb() & 0xff;
      int red = (first.rgb() >> 16) & 0xff;
      assertTrue(blue - red < 0x60, lang + ": a contents entry in link blue: " + entry.text());
    }
    assertEquals(chapters.size(), bold, lang + ": chapters set bold in the contents");
  }

  @Test
  void qpdfFindsNoFault() throws Exception {
    for (Book book : Book.all()) {
      Process qpdf;
      try {
        qpdf =
            new ProcessBuilder("qpdf", "--check", book.pdf().toString())
                .redirectErrorStream(true)
                .start();
      } catch (IOException missing) {
        throw new AssertionError("qpdf is not installed: sudo apt-get install -y qpdf", missing);
      }
      String report = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, qpdf.waitFor(), book + ": qpdf --check: " + report);
      assertTrue(!report.contains("WARNING"), book + ": qpdf --check: " + report);
    }
  }

  private static boolean isEmoji(int cp) {
    return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC) || cp == 0xFE0F;
  }

  private static String page(PDDocument pdf, int page) {
    return PdfText.pages(pdf, page, page);
  }

  /** The lines above the type area: the running heads. */
  private static List<PageGlyphs.Line> runningHeads(PDDocument pdf, int page) {
    return PageGlyphs.lines(pdf, page).stream()
        .filter(line -> line.baseline() < PageGlyphs.TYPE_TOP)
        .toList();
  }

  /** The first page of each chapter (the outline's top level), 1-based. */
  private static TreeSet<Integer> chapterStarts(PDDocument pdf) throws IOException {
    TreeSet<Integer> starts = new TreeSet<>();
    for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
      if (item.getAction() instanceof PDActionGoTo goTo
          && goTo.getDestination() instanceof PDPageDestination destination) {
        starts.add(destination.retrievePageNumber() + 1);
      } else if (item.getDestination() instanceof PDPageDestination destination) {
        starts.add(destination.retrievePageNumber() + 1);
      }
    }
    return starts;
  }

  private static void collectBookmarks(PDOutlineNode node, List<String> names) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      names.add(item.getTitle());
      collectBookmarks(item, names);
    }
  }
}
