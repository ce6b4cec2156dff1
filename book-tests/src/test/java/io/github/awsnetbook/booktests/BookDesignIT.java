package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The handout looks like a book, measured from the glyphs PDFBox reports on each page: a title
 * without the working ID or emoji wherever the book names itself, a centred title page dated in the
 * locale's form, running heads small, grey and on one line, no hole at the foot of a page but a
 * chapter's last, no lead-in at the foot of a page, each figure near its text and in its section,
 * small tables on one page, glossary terms whole, bold list terms, one label per note, a contents
 * page set as a book's, and a file that qpdf finds no fault with.
 */
@ExtendWith(ReadBooks.Shared.class)
class BookDesignIT {

  private static final String WORKING_ID = "article0003";

  /** The edition's date (index.adoc's edition-date), which the title page gives the edition. */
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
    titles.add(page(lang, 1)); // the title page
    titles.add(page(lang, 2)); // the contents
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

  /**
   * The book names itself one way: the title, the sole chapter's heading, its entry in the contents
   * and the colophon's title give the same name ("AWSのネットワーク 第3回", not "AWSのネットワーク３" in the
   * chapter's heading and contents beside "第3回" elsewhere), in the HTML and in the PDF's bookmarks.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theBookNamesItselfOneWayEverywhere(String lang) throws Exception {
    org.jsoup.nodes.Document html = books.html(Book.of(lang));
    String title = html.selectFirst("#header > h1").text();
    List<String> names = new ArrayList<>();
    names.add(html.selectFirst("#content > .sect1 > h2").text());
    names.add(html.selectFirst("#toc li > a").text());
    names.add(html.selectFirst("#colophon ~ .sectionbody td.hdlist2").text());
    List<String> bookmarks = new ArrayList<>();
    collectBookmarks(books.pdf(Book.of(lang)).getDocumentCatalog().getDocumentOutline(), bookmarks);
    names.add(bookmarks.get(0));
    for (String name : names) {
      assertEquals(withoutSpaces(title), withoutSpaces(name), lang + ": the book named " + name);
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
                line -> line.text().replace(" ", "").contains(DATES.get(lang).replace(" ", ""))),
        lang + ": no date in the locale's form on the title page: " + page(lang, 1));
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void runningHeadsAreOneSmallGreyLine(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    TreeSet<Integer> openers = chapterStarts(pdf);
    for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
      List<PageGlyphs.Line> heads = runningHeads(pdf, page);
      // The contents and a chapter's opening page have none, as in a book.
      boolean headless = page < openers.first() || openers.contains(page);
      assertEquals(
          headless ? 0 : 1, heads.size(), lang + ": page " + page + " running heads " + heads);
      for (PageGlyphs.Glyph glyph :
          headless ? List.<PageGlyphs.Glyph>of() : heads.get(0).glyphs()) {
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

  /**
   * The running head on the right names the chapter or section in force at the top of its page, the
   * one that the page's first line of text belongs to, as a reader looks for it: the heading the
   * page begins with, or else the last heading of the pages before. Read from the headings set at
   * 12.5 pt and more in the type area.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void eachRunningHeadNamesTheSectionInForceAtTheTopOfItsPage(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    float centre = pdf.getPage(0).getMediaBox().getWidth() / 2;
    String inForce = null;
    List<String> wrong = new ArrayList<>();
    TreeSet<Integer> openers = chapterStarts(pdf);
    // The sole chapter's heading is the book's title again: its pages carry it on the left only.
    String soleChapter =
        books.html(Book.of(lang)).body().hasClass("sole-chapter")
            ? headings(pdf, openers.first()).get(0)
            : null;
    for (int page = openers.first(); page <= pdf.getNumberOfPages(); page++) {
      List<String> headings = headings(pdf, page);
      if (openers.contains(page)) {
        inForce = headings.isEmpty() ? inForce : headings.get(headings.size() - 1);
        continue;
      }
      String expected = beginsWithAHeading(pdf, page) ? headings.get(0) : inForce;
      StringBuilder head = new StringBuilder();
      runningHeads(pdf, page).stream()
          .flatMap(line -> line.glyphs().stream())
          .filter(glyph -> glyph.left() > centre)
          .forEach(glyph -> head.append(glyph.text()));
      String letters = lettersOf(head.toString());
      if (letters.isEmpty() && expected != null && expected.equals(soleChapter)) {
        letters = expected;
      }
      if (expected == null || letters.isEmpty() || !expected.startsWith(letters)) {
        wrong.add("page " + page + ": " + head + " (the section: " + expected + ")");
      }
      if (!headings.isEmpty()) {
        inForce = headings.get(headings.size() - 1);
      }
    }
    assertEquals(List.of(), wrong, lang + ": running heads");
  }

  /** Whether the first line of {@code page}'s type area is a heading's. */
  private static boolean beginsWithAHeading(PDDocument pdf, int page) {
    return PageGlyphs.lines(pdf, page).stream()
        .filter(line -> line.inTypeArea() && !line.glyphs().isEmpty())
        .findFirst()
        .map(line -> line.glyphs().stream().allMatch(glyph -> glyph.size() >= 12.5f))
        .orElse(false);
  }

  /**
   * What is said about a figure or a table comes after it, wherever it floats: an editors' note
   * right after it where the author put it, and any later block that cites it by its cross
   * reference, follow its caption in the PDF.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void whatCommentsOnAFloatFollowsIt(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    StringBuilder text = new StringBuilder();
    readLetters(pdf, text, new ArrayList<>());
    org.jsoup.nodes.Document html = books.html(Book.of(lang));
    List<String> ahead = new ArrayList<>();
    int comments = 0;
    for (Element floating : html.select("#content .imageblock, #content table.tableblock")) {
      Element title = floating.selectFirst("> .title, > caption");
      if (title == null) {
        continue;
      }
      String caption = lettersOf(title.text());
      int captionAt = text.indexOf(caption.substring(0, Math.min(caption.length(), 20)));
      assertTrue(captionAt >= 0, lang + ": " + title.text() + " is not in the PDF");
      Element block =
          floating.parent() != null && floating.parent().is(".table-scroll")
              ? floating.parent()
              : floating;
      List<Element> commenting = new ArrayList<>();
      for (Element next = block.nextElementSibling();
          next != null && next.is(".admonitionblock");
          next = next.nextElementSibling()) {
        commenting.add(next);
      }
      for (Element link : html.select("#content a[href=\"#" + floating.id() + "\"]")) {
        Element citing = link.closest(".paragraph, .admonitionblock, li, dd");
        if (!floating.id().isEmpty() && citing != null && comesAfter(citing, floating)) {
          commenting.add(citing);
        }
      }
      for (Element comment : commenting) {
        comments++;
        String opening = openingLetters(comment);
        int at = text.indexOf(opening);
        assertTrue(at >= 0, lang + ": " + opening + " is not in the PDF");
        if (at < captionAt) {
          ahead.add(opening + " comes before " + title.text());
        }
      }
    }
    assertTrue(comments > 0, lang + ": no note or citation after a figure or table in the book");
    assertEquals(List.of(), ahead, lang + ": what comments on a float came ahead of it");
  }

  /**
   * A figure that a paragraph points to ("下図を参照してください", "see the figure below") comes after that
   * paragraph and before the next section (eachFigureIsNearItsTextAndInItsSection), with at most
   * one block of text between them, or more only where they fill the introduction's page and the
   * figure heads the next (the page would otherwise be more than a fifth empty).
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void aFigureIntroducedAsBelowFollowsItsIntroduction(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    StringBuilder text = new StringBuilder();
    List<Integer> pageOfChar = new ArrayList<>();
    readLetters(pdf, text, pageOfChar);
    org.jsoup.nodes.Document html = books.html(Book.of(lang));
    List<String> far = new ArrayList<>();
    int introduced = 0;
    for (Element figure : html.select("#content .imageblock")) {
      Element before = figure.previousElementSibling();
      Element title = figure.selectFirst("> .title");
      if (before == null || title == null || !before.is(".paragraph") || !pointsOn(before)) {
        continue;
      }
      introduced++;
      String ending = lettersOf(before.text());
      ending = ending.substring(Math.max(0, ending.length() - 30));
      int introductionEnds = text.indexOf(ending) + ending.length();
      String caption = lettersOf(title.text());
      int captionAt = text.indexOf(caption.substring(0, Math.min(caption.length(), 20)));
      assertTrue(introductionEnds >= ending.length() && captionAt >= 0, lang + ": " + title.text());
      if (captionAt < introductionEnds) {
        far.add(title.text() + " before the paragraph that introduces it");
        continue;
      }
      // The figure begins where the first of its own labels is read: a block found after that
      // is a word of the drawing.
      int figureAt = captionAt;
      for (Element label : figure.select("svg text")) {
        String letters = lettersOf(label.text());
        int at = letters.length() < 4 ? -1 : text.indexOf(letters, introductionEnds);
        if (at >= 0 && at < figureAt) {
          figureAt = at;
        }
      }
      List<String> between = new ArrayList<>();
      List<Integer> betweenPages = new ArrayList<>();
      int items = 0;
      for (Element block :
          html.select("#content .paragraph, #content li > p, #content .admonitionblock, dt")) {
        // A note is one block, not also its paragraphs; a block of a few letters (a lead-in, a
        // term) might be read in the figure's own labels, and leads to a block counted anyway.
        Element note = block.parent() == null ? null : block.parent().closest(".admonitionblock");
        String opening = openingLetters(block);
        int at =
            note != null || opening.length() < 6 ? -1 : text.indexOf(opening, introductionEnds);
        if (at >= 0 && at < figureAt && !figure.select("*").contains(block)) {
          between.add(opening);
          betweenPages.add(pageOfChar.get(at));
          if (block.is("li > p") && block.elementSiblingIndex() == 0) {
            items++;
          }
        }
      }
      // More blocks go between only to fill the page the figure did not fit on: they are all on
      // the introduction's page, and the figure heads the next.
      boolean filling =
          pageOfChar.get(introductionEnds - 1) + 1 == pageOfChar.get(captionAt)
              && betweenPages.stream().allMatch(pageOfChar.get(introductionEnds - 1)::equals);
      if (between.size() > 1 && !filling) {
        far.add(title.text() + " after " + between);
      }
      // A list's items go ahead of it one at most, even to fill the page (the editors: "下図"
      // pointed past two items).
      if (items > 1) {
        far.add(title.text() + " after " + items + " items of a list: " + between);
      }
    }
    assertTrue(introduced > 0, lang + ": no figure introduced as below in the book");
    assertEquals(List.of(), far, lang + ": figures apart from the words that point to them");
  }

  /**
   * A list item's table follows the item's own text, with no figure between them (the editors:
   * Figure 1 went between item 2 and its Table 1).
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void aListItemsTableFollowsItsText(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    StringBuilder text = new StringBuilder();
    readLetters(pdf, text, new ArrayList<>());
    org.jsoup.nodes.Document html = books.html(Book.of(lang));
    List<String> captions =
        html.select("#content .imageblock > .title").eachText().stream()
            .map(BookDesignIT::lettersOf)
            .map(c -> c.substring(0, Math.min(20, c.length())))
            .toList();
    List<String> apart = new ArrayList<>();
    int tables = 0;
    for (Element item : html.select("#content li:has(> .table-scroll)")) {
      tables++;
      String own = lettersOf(item.child(0).text());
      own = own.substring(Math.max(0, own.length() - 20));
      String caption = lettersOf(item.selectFirst("caption").text());
      caption = caption.substring(0, Math.min(20, caption.length()));
      int textEnds = text.indexOf(own) + own.length();
      int tableAt = text.indexOf(caption, textEnds);
      for (String figure : captions) {
        int at = text.indexOf(figure, textEnds);
        if (at >= 0 && at < tableAt) {
          apart.add(own + " | " + figure + " | " + caption);
        }
      }
    }
    assertTrue(tables > 0, lang + ": no table in a list item");
    assertEquals(List.of(), apart, lang + ": a figure between a list item's text and its table");
  }

  /** Whether the last sentence of {@code paragraph} points on to what follows it. */
  private static boolean pointsOn(Element paragraph) {
    String[] sentences = paragraph.text().strip().split("(?<=[。．.!?！？])\\s*(?=\\S)");
    return sentences[sentences.length - 1].matches(
        "(?is).*(下図|下表|下の[図表]|次の[図表]|以下の[図表]|\\bbelow\\b|following (figure|table)).*");
  }

  /** Whether {@code later} comes after {@code earlier} in the document, outside it. */
  private static boolean comesAfter(Element later, Element earlier) {
    List<Element> all = later.ownerDocument().getAllElements();
    return all.indexOf(later) > all.indexOf(earlier) && !earlier.select("*").contains(later);
  }

  /** The first letters of a block's text, without a note's own title (the PDF's label). */
  private static String openingLetters(Element block) {
    Element copy = block.clone();
    copy.select(".title, td.icon").remove();
    String letters = lettersOf(copy.text());
    return letters.substring(0, Math.min(letters.length(), 20));
  }

  /** The letters of the headings of {@code page}, in order; a heading's lines joined. */
  private static List<String> headings(PDDocument pdf, int page) {
    List<String> headings = new ArrayList<>();
    boolean previousWasHeading = false;
    for (PageGlyphs.Line line : PageGlyphs.lines(pdf, page)) {
      boolean heading =
          line.inTypeArea()
              && !line.glyphs().isEmpty()
              && line.glyphs().stream().allMatch(glyph -> glyph.size() >= 12.5f);
      if (heading && previousWasHeading) {
        headings.set(
            headings.size() - 1, headings.get(headings.size() - 1) + lettersOf(line.text()));
      } else if (heading) {
        headings.add(lettersOf(line.text()));
      }
      previousWasHeading = heading;
    }
    return headings;
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

  /**
   * Every page but a chapter's last ends full, as a book's pages do: its last line less than three
   * body lines from the foot of the type area (a full page's last baseline stands a line's descent
   * above it). Stricter than the fifth above: the designer found ja pp. 3 and 4 ending at 664 and
   * 649 pt and en pp. 6 and 9 at 714 and 708 pt of a 785 pt foot, holes before figures and tables.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void everyPageButAChaptersLastEndsWithinTwoBodyLinesOfTheFoot(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    TreeSet<Integer> chapterStarts = chapterStarts(pdf);
    double pitch = bodyLinePitch(pdf, lang.equals("ja") ? 10.5 : 11);
    Set<Integer> beforeAnIntroducedFigure = pagesBeforeAFigureIntroducedOnThem(lang);
    List<String> holes = new ArrayList<>();
    for (int page = chapterStarts.first(); page < pdf.getNumberOfPages(); page++) {
      if (chapterStarts.contains(page + 1) || beforeAnIntroducedFigure.contains(page)) {
        // A chapter's last page ends where its text ends. A page whose text introduces the figure
        // that heads the next ("下図を参照してください"), with no more than a list's item between them
        // (aFigureIntroducedAsBelowFollowsItsIntroduction), may end up to a fifth empty
        // (noPageButAChaptersLastIsMoreThanAFifthEmptyAtTheFoot): the text after the figure may
        // not go further ahead of it.
        continue;
      }
      double lowest =
          PageGlyphs.lines(pdf, page).stream()
              .filter(PageGlyphs.Line::inTypeArea)
              .mapToDouble(PageGlyphs.Line::baseline)
              .max()
              .orElse(PageGlyphs.TYPE_TOP);
      double empty = PageGlyphs.TYPE_BOTTOM - lowest;
      if (empty > MOST_LINES_SHORT * pitch + FULL_PAGE_DESCENT) {
        holes.add(
            String.format(
                "page %d ends at %.0f pt (%.1f lines short)",
                page, lowest, (empty - FULL_PAGE_DESCENT) / pitch));
      }
    }
    System.out.printf("page ends %s: body line %.1f pt, short pages %s%n", lang, pitch, holes);
    assertEquals(List.of(), holes, lang + ": pages ending three lines or more short of the foot");
  }

  /** The pages whose text introduces as below ("下図", "below") a figure that heads the next page. */
  private Set<Integer> pagesBeforeAFigureIntroducedOnThem(String lang) throws IOException {
    PDDocument pdf = books.pdf(Book.of(lang));
    StringBuilder text = new StringBuilder();
    List<Integer> pageOfChar = new ArrayList<>();
    readLetters(pdf, text, pageOfChar);
    Set<Integer> pages = new java.util.HashSet<>();
    for (Element figure : books.html(Book.of(lang)).select("#content .imageblock")) {
      Element before = figure.previousElementSibling();
      Element title = figure.selectFirst("> .title");
      if (before == null || title == null || !before.is(".paragraph") || !pointsOn(before)) {
        continue;
      }
      String ending = lettersOf(before.text());
      ending = ending.substring(Math.max(0, ending.length() - 30));
      String caption = lettersOf(title.text());
      int endsAt = text.indexOf(ending) + ending.length() - 1;
      int captionAt = text.indexOf(caption.substring(0, Math.min(caption.length(), 20)));
      if (endsAt >= 0
          && captionAt >= 0
          && pageOfChar.get(captionAt) == pageOfChar.get(endsAt) + 1) {
        pages.add(pageOfChar.get(endsAt));
      }
    }
    return pages;
  }

  /**
   * How many body lines short of the foot a page may end at most: about two, and under three, as a
   * glossary page whose next entry (kept whole) did not fit ends 2.9 lines short (en p. 13).
   */
  private static final double MOST_LINES_SHORT = 3;

  /** How far a full page's last baseline stands above the foot of the type area: its descent. */
  private static final double FULL_PAGE_DESCENT = 5;

  /** The distance between the baselines of two lines of body text: the most common one. */
  private static double bodyLinePitch(PDDocument pdf, double size) throws IOException {
    java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      List<PageGlyphs.Line> lines = PageGlyphs.lines(pdf, page);
      for (int n = 1; n < lines.size(); n++) {
        PageGlyphs.Line line = lines.get(n);
        PageGlyphs.Line above = lines.get(n - 1);
        if (Math.abs(line.glyphs().get(0).size() - size) < 0.1
            && Math.abs(above.glyphs().get(0).size() - size) < 0.1) {
          counts.merge(
              (long) Math.round((line.baseline() - above.baseline()) * 10), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
            .max(java.util.Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey()
        / 10.0;
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

  /**
   * A note that splits over two pages keeps its label with its first lines: no page ends with a
   * note's label (its title, or the admonition's name where it has none).
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void noNoteLabelEndsAPage(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    java.util.Set<String> labels = new java.util.HashSet<>();
    for (Element label :
        books.html(Book.of(lang)).select(".admonitionblock td.content > .title, td.icon .title")) {
      labels.add(lettersOf(label.text()));
    }
    assertTrue(!labels.isEmpty(), lang + ": no note labels in the book");
    for (int page = chapterStarts(pdf).first(); page <= pdf.getNumberOfPages(); page++) {
      List<PageGlyphs.Line> body =
          PageGlyphs.lines(pdf, page).stream().filter(PageGlyphs.Line::inTypeArea).toList();
      String last = body.isEmpty() ? "" : lettersOf(body.get(body.size() - 1).text());
      assertTrue(!labels.contains(last), lang + ": page " + page + " ends with the label " + last);
    }
  }

  /**
   * A figure floats at most to the top of the next page: its caption is on the page where the text
   * before it (where the author put it, as the HTML keeps it) ends, or on the next, and before the
   * heading of the next section.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void eachFigureIsNearItsTextAndInItsSection(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    StringBuilder text = new StringBuilder();
    List<Integer> pageOfChar = new ArrayList<>();
    readLetters(pdf, text, pageOfChar);
    List<String> misplaced = new ArrayList<>();
    int from = 0;
    for (Element figure : books.html(Book.of(lang)).select("#content .imageblock")) {
      // The text a figure shows: a note between them is an aside, which the figure may go above.
      Element before = figure.previousElementSibling();
      while (before != null && before.is(".admonitionblock")) {
        before = before.previousElementSibling();
      }
      Element title = figure.selectFirst("> .title");
      if (before == null || title == null || lettersOf(before.text()).isEmpty()) {
        continue;
      }
      String ending = lettersOf(before.text());
      ending = ending.substring(Math.max(0, ending.length() - 30));
      int textAt = text.indexOf(ending, from);
      assertTrue(textAt >= 0, lang + ": the text before " + title.text() + " is not in the PDF");
      int textPage = pageOfChar.get(textAt + ending.length() - 1);
      String caption = lettersOf(title.text());
      caption = caption.substring(0, Math.min(caption.length(), 20));
      int captionAt = text.indexOf(caption, textAt);
      assertTrue(captionAt >= 0, lang + ": " + title.text() + " is not after its text in the PDF");
      int captionPage = pageOfChar.get(captionAt);
      if (captionPage > textPage + 1) {
        misplaced.add(title.text() + " on page " + captionPage + ", its text on " + textPage);
      }
      Element heading = nextHeading(figure);
      if (heading != null) {
        int headingAt = text.indexOf(lettersOf(heading.text()), textAt);
        if (headingAt >= 0 && headingAt < captionAt) {
          misplaced.add(title.text() + " after the heading " + heading.text());
        }
      }
      from = textAt;
    }
    assertEquals(List.of(), misplaced, lang + ": figures far from their text");
  }

  /** A table of at most six rows is set on one page: its caption and its last row share it. */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void aSmallTableIsKeptOnOnePage(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    StringBuilder text = new StringBuilder();
    List<Integer> pageOfChar = new ArrayList<>();
    readLetters(pdf, text, pageOfChar);
    List<String> split = new ArrayList<>();
    for (Element table : books.html(Book.of(lang)).select("#content table.tableblock")) {
      Element caption = table.selectFirst("> caption");
      if (caption == null || table.select("tr").size() > 7) {
        continue;
      }
      String title = lettersOf(caption.text());
      int captionAt = text.indexOf(title.substring(0, Math.min(title.length(), 20)));
      // The last row's first cell: a row's cells are read line by line across the columns.
      Element lastRow = table.select("tr").last();
      String firstCell = lettersOf(lastRow.child(0).text());
      int rowAt = text.indexOf(firstCell, Math.max(captionAt, 0));
      assertTrue(captionAt >= 0 && rowAt >= 0, lang + ": " + caption.text() + " not in the PDF");
      if (!pageOfChar.get(captionAt).equals(pageOfChar.get(rowAt))) {
        split.add(
            caption.text()
                + " from page "
                + pageOfChar.get(captionAt)
                + " to "
                + pageOfChar.get(rowAt));
      }
    }
    assertEquals(List.of(), split, lang + ": small tables split");
  }

  /**
   * Reads the letters of the type area from the first chapter on into {@code text}, and the page of
   * each into {@code pageOfChar}.
   */
  private static void readLetters(PDDocument pdf, StringBuilder text, List<Integer> pageOfChar)
      throws IOException {
    for (int page = chapterStarts(pdf).first(); page <= pdf.getNumberOfPages(); page++) {
      for (PageGlyphs.Line line : PageGlyphs.lines(pdf, page)) {
        if (line.inTypeArea()) {
          String letters = lettersOf(line.text());
          text.append(letters);
          for (int i = 0; i < letters.length(); i++) {
            pageOfChar.add(page);
          }
        }
      }
    }
  }

  /**
   * The letters and digits of {@code text}: what survives line breaks, hyphens and spacing. Its
   * reference marks ("[12]", "[38–41]") are left out: in Japanese they are superscripts, which a
   * page's glyphs give as a line of their own above the text.
   */
  private static String lettersOf(String text) {
    StringBuilder letters = new StringBuilder();
    text.replaceAll("\\[\\d+(–\\d+)?]", "")
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(letters::appendCodePoint);
    return letters.toString();
  }

  /**
   * The first section heading after {@code block} in the document; a discrete heading (the Japanese
   * glossary's あ行 …) opens no section, and the running heads name sections.
   */
  private static Element nextHeading(Element block) {
    String sections = "h2:not(.discrete), h3:not(.discrete), h4:not(.discrete)";
    for (Element next = block; next != null; next = next.parent()) {
      for (Element sibling = next.nextElementSibling();
          sibling != null;
          sibling = sibling.nextElementSibling()) {
        Element heading = sibling.is(sections) ? sibling : sibling.selectFirst(sections);
        if (heading != null) {
          return heading;
        }
      }
      if (next.id().equals("content")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The Japanese glossary is grouped as a Japanese publisher groups one: the terms written in Latin
   * letters or digits first under 「英数字」, then the others under the rows of the kana table (あ行, か行
   * …) in order, each heading a real heading (h3 in the HTML, H3 in the PDF's tags) and none a
   * bookmark. The English glossary has no group headings.
   */
  @Test
  void theJapaneseGlossaryIsGroupedUnder英数字AndTheRowsOfTheKanaTable() throws Exception {
    Element glossary = books.html(Book.of("ja")).getElementById("glossary").parent();
    List<Element> headings = glossary.select("h3.discrete");
    assertTrue(headings.size() >= 5, "ja: glossary group headings " + headings);
    assertEquals("英数字", headings.get(0).text());
    String rows = "あかさたなはまやらわ";
    int last = -1;
    List<String> misfiled = new ArrayList<>();
    for (Element heading : headings) {
      String name = heading.text();
      if (heading != headings.get(0)) {
        assertTrue(name.matches("[" + rows + "]行"), "ja: a group heading " + name);
        assertTrue(rows.indexOf(name.charAt(0)) > last, "ja: groups out of order at " + name);
        last = rows.indexOf(name.charAt(0));
      }
      Element table = heading.nextElementSibling().selectFirst("table.glossary");
      assertNotNull(table, "ja: no table under " + name);
      for (Element row : table.select("> tbody > tr")) {
        String term = row.child(0).text();
        if (term.matches("^[A-Za-z0-9].*") != name.equals("英数字")) {
          misfiled.add(name + ": " + term);
        }
      }
    }
    assertEquals(List.of(), misfiled, "ja: terms under the wrong heading");
    List<String> tagged =
        books.blocks(Book.of("ja")).stream()
            .filter(b -> b.type().equals("H3"))
            .map(b -> withoutSpaces(b.text()))
            .toList();
    for (Element heading : headings) {
      assertTrue(tagged.contains(heading.text()), "ja: " + heading.text() + " not tagged H3");
    }
    List<String> bookmarks = new ArrayList<>();
    collectBookmarks(books.pdf(Book.of("ja")).getDocumentCatalog().getDocumentOutline(), bookmarks);
    assertTrue(
        bookmarks.stream().noneMatch(b -> b.equals("英数字") || b.matches(".行")),
        "ja: group headings in the outline " + bookmarks);
    assertEquals(
        0,
        books.html(Book.of("en")).getElementById("glossary").parent().select("h3").size(),
        "en: glossary group headings");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void glossaryTermsAreNeverBrokenInsideAWord(String lang) throws Exception {
    // Each entry's term line: the term, then the other language's term where it is not the same.
    List<String> terms = new ArrayList<>();
    for (Element row : books.html(Book.of(lang)).select("table.glossary tbody tr")) {
      String term = row.child(0).text();
      String other = row.child(1).text();
      terms.add(other.equals(term) ? term : term + " " + other);
    }
    int found = 0;
    for (TaggedText.Block block : books.blocks(Book.of(lang))) {
      if (!block.type().equals("P")) {
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
   * The glossary is set as a list: each definition under its term across the measure (not in a
   * third column of 44 %), the other language's term printed only where it differs from the term,
   * and the whole at most a page for every 14 entries (as a table of three columns it took one for
   * every 9 or 10).
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theGlossaryIsAListWithItsDefinitionsAcrossTheMeasure(String lang) throws Exception {
    List<Element> rows = books.html(Book.of(lang)).select("table.glossary tbody tr");
    List<String> narrow = new ArrayList<>();
    Set<Integer> pages = new TreeSet<>();
    int found = 0;
    int repeated = 0;
    for (TaggedText.Block block : books.blocks(Book.of(lang))) {
      String text = withoutSpaces(String.join("", block.lines()));
      for (Element row : rows) {
        if (row.child(0).text().equals(row.child(1).text())
            && text.equals(withoutSpaces(row.child(0).text() + row.child(1).text()))) {
          repeated++;
        }
        if (!text.equals(withoutSpaces(row.child(2).text()))) {
          continue;
        }
        found++;
        pages.addAll(block.pages());
        if (block.lines().size() > 1) {
          double width = lineWidth(block.glyphs().get(0));
          if (width < measure(lang) * 0.8) {
            narrow.add(String.format("%.0f pt: %s", width, block.lines().get(0)));
          }
        }
      }
    }
    assertEquals(rows.size(), found, lang + ": glossary definitions found in the PDF");
    assertEquals(List.of(), narrow, lang + ": definitions narrower than the measure");
    assertEquals(0, repeated, lang + ": terms printed twice where both languages name them alike");
    assertTrue(
        pages.size() * 14 <= rows.size() + 13,
        lang + ": " + rows.size() + " glossary entries take " + pages.size() + " pages");
  }

  /** The Japanese text width: 40 em of 10.5 pt. */
  private static final double MEASURE = 420;

  /** The measure of body text: Japanese the whole text width, English 35 em of 11 pt. */
  private static double measure(String lang) {
    return lang.equals("en") ? 385 : MEASURE;
  }

  private static double lineWidth(List<TextPosition> line) {
    TextPosition last = line.get(line.size() - 1);
    return last.getXDirAdj() + last.getWidthDirAdj() - line.get(0).getXDirAdj();
  }

  /**
   * The list of sources: each entry hangs from its number at the left edge of the text (no bullet
   * beside it), its other lines indented; an address breaks only after a "/" or a "." (never
   * "docs.aws.amazon.co" / "m/"); ragged-right, so no space in it is stretched.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void eachSourceHangsFromItsNumberAndBreaksItsAddressAfterASlashOrADot(String lang)
      throws Exception {
    List<Element> entries = books.html(Book.of(lang)).select("ul.bibliography > li");
    List<String> addresses =
        books.html(Book.of(lang)).select("ul.bibliography a[href]").eachText().stream()
            .map(BookDesignIT::withoutSpaces)
            .toList();
    List<TaggedText.Block> blocks = books.blocks(Book.of(lang));
    // The left edge of the text: where the lines of its running paragraphs start (a caption
    // under a figure wider than the English measure starts further left).
    Set<String> running = new java.util.HashSet<>();
    books
        .html(Book.of(lang))
        .select("#content .sectionbody > .paragraph > p")
        .forEach(p -> running.add(withoutSpaces(p.text())));
    double textLeft =
        blocks.stream()
            .filter(b -> running.contains(withoutSpaces(String.join("", b.lines()))))
            .flatMap(b -> b.glyphs().stream())
            .mapToDouble(line -> line.get(0).getXDirAdj())
            .min()
            .orElseThrow();
    List<String> faults = new ArrayList<>();
    int found = 0;
    for (TaggedText.Block block : blocks) {
      String text = withoutSpaces(String.join("", block.lines()));
      if (entries.stream().noneMatch(li -> withoutSpaces(li.text()).equals(text))) {
        continue;
      }
      found++;
      List<List<TextPosition>> lines = block.glyphs();
      double numberLeft = lines.get(0).get(0).getXDirAdj();
      if (Math.abs(numberLeft - textLeft) > 1) {
        faults.add(String.format("number at %.1f, text at %.1f: %s", numberLeft, textLeft, text));
      }
      for (int n = 1; n < lines.size(); n++) {
        double indent = lines.get(n).get(0).getXDirAdj() - numberLeft;
        if (indent < 1.5 * 10.5) {
          faults.add(String.format("line %d indented %.1f pt: %s", n + 1, indent, text));
        }
      }
      for (int n = 0; n + 1 < block.lines().size(); n++) {
        String end = lastToken(block.lines().get(n));
        String start = firstToken(block.lines().get(n + 1));
        // The next line's first letters: an address is followed by its full stop.
        String joined = end + start.substring(0, Math.min(2, start.length()));
        // (A piece of an address on a line has its "." or "/"; a hyphenated word of a title not.)
        boolean insideAddress =
            end.matches(".*[./].*") && addresses.stream().anyMatch(a -> a.contains(joined));
        if (insideAddress && !end.endsWith("/") && !end.endsWith(".") && !start.startsWith(".")) {
          faults.add("address broken inside a word: " + end + " | " + start);
        }
      }
      faults.addAll(stretchedSpaces(lines));
    }
    assertEquals(entries.size(), found, lang + ": sources found in the PDF");
    assertEquals(List.of(), faults, lang + ": the list of sources");
  }

  /**
   * The colophon: its label column no wider than a quarter of the measure (a long label wraps), its
   * values ragged-right, so that a long address opens no rivers.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theColophonsLabelsTakeNoMoreRoomThanTheyNeedAndItsValuesAreRagged(String lang)
      throws Exception {
    List<String> labels =
        books.html(Book.of(lang)).select(".hdlist td.hdlist1").eachText().stream()
            .map(BookDesignIT::withoutSpaces)
            .toList();
    List<String> values =
        books.html(Book.of(lang)).select(".hdlist td.hdlist2").eachText().stream()
            .map(BookDesignIT::withoutSpaces)
            .toList();
    double labelLeft = Double.MAX_VALUE;
    double valueLeft = Double.MAX_VALUE;
    List<String> faults = new ArrayList<>();
    for (TaggedText.Block block : books.blocks(Book.of(lang))) {
      if (block.glyphs().isEmpty()) {
        continue;
      }
      String text = withoutSpaces(String.join("", block.lines()));
      double left = block.glyphs().get(0).get(0).getXDirAdj();
      if (labels.contains(text)) {
        labelLeft = Math.min(labelLeft, left);
      } else if (values.contains(text)) {
        valueLeft = Math.min(valueLeft, left);
        faults.addAll(stretchedSpaces(block.glyphs()));
      }
    }
    assertTrue(valueLeft < Double.MAX_VALUE && labelLeft < Double.MAX_VALUE, lang + ": colophon");
    assertTrue(
        valueLeft - labelLeft <= MEASURE * 0.25,
        String.format("%s: the colophon's labels take %.0f pt", lang, valueLeft - labelLeft));
    assertEquals(List.of(), faults, lang + ": stretched spaces in the colophon");
  }

  /** The ID of the editors' account of the edition, the same in every locale. */
  private static final String EDITION = "about-this-edition";

  /**
   * The colophon is one compact page of the book's facts; the editors' account of the edition (what
   * they added, how they drew the figures, the translation, every normalization of the author's
   * text) is its own section right before it, in the contents, under the same ID in every locale
   * (so that the parallel edition pairs it).
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theColophonIsOnePageAfterTheEditorsAccountOfTheEdition(String lang) {
    Book book = Book.of(lang);
    var html = books.html(book);
    Element account = html.getElementById(EDITION);
    Element colophon = html.getElementById("colophon");
    assertTrue(account != null && colophon != null, lang + ": no #" + EDITION + " or #colophon");
    assertTrue(
        html.selectFirst("#toc a[href=#" + EDITION + "]") != null, lang + ": not in the contents");
    List<String> sections = html.select("#content .sect1 > h2[id]").eachAttr("id");
    assertEquals(
        List.of(EDITION, "colophon"),
        sections.subList(sections.size() - 2, sections.size()),
        lang + ": the last sections");
    // The normalizations (U+3000 …) are the account's; the colophon has no list.
    assertTrue(account.parent().text().contains("U+3000"), lang + ": the normalizations");
    assertTrue(!colophon.parent().text().contains("U+3000"), lang + ": normalizations in colophon");
    assertTrue(colophon.parent().select("ul, ol").isEmpty(), lang + ": a list in the colophon");
    List<String> cells =
        colophon.parent().select(".hdlist td").eachText().stream()
            .map(BookDesignIT::withoutSpaces)
            .toList();
    Set<Integer> pages = new TreeSet<>();
    int found = 0;
    boolean inColophon = false;
    for (TaggedText.Block block : books.blocks(book)) {
      String text = withoutSpaces(String.join("", block.lines()));
      inColophon |= block.type().startsWith("H") && text.equals(withoutSpaces(colophon.text()));
      if (inColophon && cells.contains(text)) {
        pages.addAll(block.pages());
        found++;
      }
    }
    assertEquals(cells.size(), found, lang + ": the colophon's cells found in the PDF");
    assertEquals(1, pages.size(), lang + ": the colophon is printed on pages " + pages);
  }

  /**
   * The Japanese colophon's values are justified, as the text is: every line but a value's last
   * ends at the column's right edge (a ragged short measure read as unfinished lines), and no space
   * stands after a 。 (the terms of use had 「ありません）。 著者の文章は」: an em more than the 。 and the tenth of
   * an em justification may add).
   */
  @Test
  void theJapaneseColophonsValuesAreJustifiedWithoutAGapAfterAFullStop() {
    Book book = Book.of("ja");
    List<String> values =
        books.html(book).select(".hdlist td.hdlist2").eachText().stream()
            .map(BookDesignIT::withoutSpaces)
            .toList();
    List<List<TextPosition>> lines = new ArrayList<>();
    for (TaggedText.Block block : books.blocks(book)) {
      if (values.contains(withoutSpaces(String.join("", block.lines())))) {
        // Each value's lines, then a null: its last line may end short.
        lines.addAll(block.glyphs());
        lines.add(null);
      }
    }
    double right =
        lines.stream()
            .filter(line -> line != null && !line.isEmpty())
            .mapToDouble(BookDesignIT::rightEdge)
            .max()
            .orElseThrow();
    List<String> faults = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      List<TextPosition> line = lines.get(i);
      if (line == null || line.isEmpty()) {
        continue;
      }
      if (lines.get(i + 1) != null && rightEdge(line) < right - 1) {
        faults.add(String.format("%.1f pt short: %s", right - rightEdge(line), text(line)));
      }
      for (int j = 0; j + 1 < line.size(); j++) {
        TextPosition stop = line.get(j);
        if (stop.getUnicode().equals("。")
            && line.get(j + 1).getXDirAdj() - stop.getXDirAdj() > 1.2 * stop.getFontSizeInPt()) {
          faults.add("a gap after 。: " + text(line));
        }
      }
    }
    assertTrue(lines.size() > 20, "the colophon's values found: " + lines.size() + " lines");
    assertEquals(List.of(), faults, "ja: the colophon's values");
  }

  private static double rightEdge(List<TextPosition> line) {
    TextPosition last = line.get(line.size() - 1);
    return last.getXDirAdj() + last.getWidthDirAdj();
  }

  private static String text(List<TextPosition> line) {
    StringBuilder text = new StringBuilder();
    line.forEach(glyph -> text.append(glyph.getUnicode()));
    return text.toString();
  }

  /**
   * A Japanese name quoted in the English book (the original's title in the colophon, its headings
   * in the account of the edition) is never broken across lines: "AWSのネットワー" / "ク" read as two
   * words.
   */
  @Test
  void theJapaneseNamesOfTheEnglishBookStayOnOneLine() {
    Book book = Book.of("en");
    List<String> names =
        books.html(book).select("#content .nobreak").eachText().stream()
            .map(BookDesignIT::withoutSpaces)
            .toList();
    assertTrue(!names.isEmpty(), "no name kept whole");
    List<String> lines = new ArrayList<>();
    books.blocks(book).forEach(block -> block.lines().forEach(l -> lines.add(withoutSpaces(l))));
    for (String name : names) {
      assertTrue(
          lines.stream().anyMatch(line -> line.contains(name)),
          "en: \"" + name + "\" is broken across lines");
    }
  }

  /**
   * A figure's caption says what it shows in one or two lines; who drew it, from what, and what the
   * editors added (with the sources of the additions) is the credit line under it, smaller. In
   * Japanese, the caption's lines and the credit's hang under the caption's first character after
   * 「図1」.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void eachFigureHasACaptionOfAtMostTwoLinesAndACreditLineUnderIt(String lang) {
    Book book = Book.of(lang);
    String mark = book.localeAttribute("editorial-mark");
    List<TaggedText.Block> blocks = books.blocks(book);
    List<String> faults = new ArrayList<>();
    var figures = books.html(book).select("#content .imageblock");
    assertTrue(figures.size() >= 5, lang + ": figures " + figures.size());
    for (Element figure : figures) {
      Element caption = figure.selectFirst("> .title");
      Element credit = figure.selectFirst("> .figure-credit");
      if (caption == null || credit == null || !credit.text().contains(mark)) {
        faults.add("no caption and credit line naming the " + mark + ": " + figure.id());
        continue;
      }
      TaggedText.Block printedCaption = printed(blocks, caption.text());
      TaggedText.Block printedCredit = printed(blocks, credit.text());
      if (printedCaption == null || printedCredit == null) {
        faults.add("caption or credit not printed: " + caption.text());
        continue;
      }
      if (printedCaption.glyphs().size() > 2) {
        faults.add(printedCaption.glyphs().size() + " lines: " + caption.text());
      }
      double captionSize = printedCaption.glyphs().get(0).get(0).getFontSizeInPt();
      double creditSize = printedCredit.glyphs().get(0).get(0).getFontSizeInPt();
      if (creditSize >= captionSize) {
        faults.add("a credit line of " + creditSize + " pt under a caption of " + captionSize);
      }
      if (lang.equals("ja")) {
        faults.addAll(hangingLines(printedCaption, printedCredit));
      }
    }
    assertEquals(List.of(), faults, lang + ": figure captions");
  }

  /** The block printed with the text of {@code html}, or null. */
  private static TaggedText.Block printed(List<TaggedText.Block> blocks, String html) {
    String text = withoutSpaces(html);
    return blocks.stream()
        .filter(block -> withoutSpaces(String.join("", block.lines())).equals(text))
        .findFirst()
        .orElse(null);
  }

  /**
   * The lines of a Japanese caption after its first, and its credit's, that do not start under the
   * caption's first character after its label (「図1」 and the ideographic space).
   */
  private static List<String> hangingLines(TaggedText.Block caption, TaggedText.Block credit) {
    List<TextPosition> first = caption.glyphs().get(0);
    int start = 0;
    while (start < first.size() && first.get(start).getUnicode().matches("[図表\\d\\s　]")) {
      start++;
    }
    double hang = first.get(start).getXDirAdj();
    List<String> faults = new ArrayList<>();
    List<List<TextPosition>> lines =
        new ArrayList<>(caption.glyphs().subList(1, caption.glyphs().size()));
    lines.addAll(credit.glyphs());
    for (List<TextPosition> line : lines) {
      if (Math.abs(line.get(0).getXDirAdj() - hang) > 0.5) {
        faults.add(
            String.format(
                "a line at %.1f pt, not under the caption's text at %.1f pt: %s",
                line.get(0).getXDirAdj(), hang, text(line)));
      }
    }
    return faults;
  }

  /** The spaces of {@code lines} wider than a space is set (0.4 em): a justified line's. */
  private static List<String> stretchedSpaces(List<List<TextPosition>> lines) {
    List<String> stretched = new ArrayList<>();
    for (List<TextPosition> line : lines) {
      for (int i = 0; i + 1 < line.size(); i++) {
        TextPosition a = line.get(i);
        TextPosition b = line.get(i + 1);
        double gap = b.getXDirAdj() - a.getXDirAdj();
        if (a.getUnicode().equals(" ") && gap > 0.4 * a.getFontSizeInPt()) {
          StringBuilder text = new StringBuilder();
          line.forEach(g -> text.append(g.getUnicode()));
          stretched.add(String.format("%.2f em space in «%s»", gap / a.getFontSizeInPt(), text));
        }
      }
    }
    return stretched;
  }

  private static String lastToken(String line) {
    String[] tokens = line.strip().split("\\s+");
    return tokens[tokens.length - 1];
  }

  private static String firstToken(String line) {
    return line.strip().split("\\s+")[0];
  }

  /**
   * A bulleted item's bullet is a small mark set as text at the text's size ("•"), not the engine's
   * heavy disc; the list of sources, numbered by its entries, has none.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void bulletsAreSmallMarksAtTheTextsSize(String lang) throws Exception {
    String bullet = "•";
    long items =
        books.html(Book.of(lang)).select("#content ul > li").stream()
            .filter(li -> li.closest("ul.bibliography") == null)
            .count();
    int marks = 0;
    for (TaggedText.Block block : books.blocks(Book.of(lang))) {
      if (block.type().equals("Lbl") && block.text().strip().equals(bullet)) {
        marks++;
        float size = block.glyphs().get(0).get(0).getFontSizeInPt();
        assertTrue(size <= 10.6f, lang + ": a bullet of " + size + " pt");
      }
    }
    assertTrue(items > 0, lang + ": no bulleted items");
    assertEquals(items, marks, lang + ": bulleted items with a small text bullet");
  }

  /**
   * No page of the book but the last holds fewer than four lines of text, or text in no more than
   * the top fifth of its type area: no page carries only the last entry or two of a list (the
   * Japanese book's page 19 held source [41] alone, the English glossary's last page one entry).
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void noPageButTheLastHoldsFewerThanFourLines(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    List<String> stray = new ArrayList<>();
    for (int page = chapterStarts(pdf).first(); page < pdf.getNumberOfPages(); page++) {
      List<PageGlyphs.Line> lines =
          PageGlyphs.lines(pdf, page).stream().filter(PageGlyphs.Line::inTypeArea).toList();
      double lowest =
          lines.stream().mapToDouble(PageGlyphs.Line::baseline).max().orElse(PageGlyphs.TYPE_TOP);
      double filled =
          (lowest - PageGlyphs.TYPE_TOP) / (PageGlyphs.TYPE_BOTTOM - PageGlyphs.TYPE_TOP);
      if (lines.size() < 4 || filled < 0.2) {
        stray.add(
            String.format("page %d: %d lines, %.0f %% filled", page, lines.size(), filled * 100));
      }
    }
    assertEquals(List.of(), stray, lang + ": pages of fewer than four lines");
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

  /**
   * The Japanese text is 40 em of 10.5 pt wide (420 pt, the A4 book's 40 characters a line; 45 em
   * was too long a line), centred in the type area: its full lines run from the left edge of the
   * measure to its right edge, within half a point, and every line of the body keeps inside
   * (PrintDetailsIT.everythingButAFiguresDrawingIsSetOnTheTextMeasure).
   */
  @Test
  void theJapaneseTextIsFortyEmWideCentredInTheTypeArea() {
    PDDocument pdf = books.pdf(Book.of("ja"));
    double pageWidth = pdf.getPage(0).getMediaBox().getWidth();
    double left = Double.MAX_VALUE;
    double right = 0;
    int lines = 0;
    for (TaggedText.Block block : books.blocks(Book.of("ja"))) {
      if (!block.type().equals("P")) {
        continue;
      }
      // A paragraph's lines but its last run to the right edge, all but its first (indented)
      // start at the left edge.
      List<List<TextPosition>> glyphs = block.glyphs();
      for (int n = 0; n + 1 < glyphs.size(); n++) {
        List<TextPosition> line = glyphs.get(n);
        if (Math.abs(line.get(0).getXScale() - 10.5) > 0.05) {
          continue;
        }
        lines++;
        TextPosition last = line.get(line.size() - 1);
        if (!Kinsoku.LINE_START_PROHIBITED.contains(last.getUnicode())) {
          right = Math.max(right, last.getXDirAdj() + last.getWidthDirAdj());
        }
        List<TextPosition> next = glyphs.get(n + 1);
        left = Math.min(left, next.get(0).getXDirAdj());
      }
    }
    System.out.printf("measure ja: %d full lines from %.2f to %.2f pt%n", lines, left, right);
    assertTrue(lines > 10, "ja: only " + lines + " full lines of 10.5 pt");
    assertEquals(MEASURE, right - left, 0.5, "ja: the text width");
    assertEquals((pageWidth - MEASURE) / 2, left, 0.5, "ja: the text's left edge");
  }

  /**
   * A figure that a paragraph points to ("下図を参照してください", "the figure below") stands right under the
   * words on their page, or, where it did not fit there, heads the next page, the text after it
   * flowing ahead to fill the words' page: the words stay where the author put them, and nothing
   * but that text stands between them and the figure (the editors: Figure 1 stood a list item and a
   * page away from 「下図を参照」, with a hole at the page's foot).
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void aFigurePointedToAsBelowStandsUnderTheWordsOrHeadsTheNextPage(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    StringBuilder text = new StringBuilder();
    List<Integer> pageOfChar = new ArrayList<>();
    readLetters(pdf, text, pageOfChar);
    org.jsoup.nodes.Document html = books.html(Book.of(lang));
    List<String> apart = new ArrayList<>();
    int pointed = 0;
    for (Element figure : html.select("#content .imageblock")) {
      Element before = figure.previousElementSibling();
      Element title = figure.selectFirst("> .title");
      if (before == null || title == null || !before.is(".paragraph") || !pointsOn(before)) {
        continue;
      }
      pointed++;
      String ending = lettersOf(before.text());
      ending = ending.substring(Math.max(0, ending.length() - 30));
      int wordsEnd = text.indexOf(ending) + ending.length();
      // The figure begins where the first of its labels is read (a drawing's words come first).
      int figureAt = Integer.MAX_VALUE;
      for (Element label : figure.select("svg text")) {
        String letters = lettersOf(label.text());
        int at = letters.length() < 2 ? -1 : text.indexOf(letters, wordsEnd);
        if (at >= 0) {
          figureAt = Math.min(figureAt, at);
        }
      }
      assertTrue(figureAt < text.length(), lang + ": " + title.text() + " not after its words");
      int wordsPage = pageOfChar.get(wordsEnd - 1);
      int figurePage = pageOfChar.get(figureAt);
      boolean underTheWords = figurePage == wordsPage && figureAt == wordsEnd;
      boolean headsTheNextPage =
          figurePage == wordsPage + 1
              && (figureAt == wordsEnd || pageOfChar.get(figureAt - 1) == wordsPage);
      if (!underTheWords && !headsTheNextPage) {
        apart.add(
            title.text()
                + " on page "
                + figurePage
                + ", the words on "
                + wordsPage
                + ", «"
                + text.substring(wordsEnd, figureAt)
                + "» between");
      }
    }
    assertTrue(pointed > 0, lang + ": no figure pointed to as below");
    assertEquals(List.of(), apart, lang + ": figures apart from the words that point to them");
  }

  /**
   * A figure is drawn within the measure where it stands, as the text is (one grid): no stroke or
   * fill of any page (a figure's frames, arrows, a table's rules, a note's bar) reaches out of the
   * text's measure into the margins, where the page would cut it (a figure in a list item kept the
   * full text width and lost its right edge; English figures reached 43.75 pt out on each side).
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void nothingIsDrawnIntoTheSideMargins(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    float typeLeft = (float) (595.28 - measure(lang)) / 2;
    float typeRight = (float) (typeLeft + measure(lang));
    List<String> overruns = new ArrayList<>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      double left = Double.MAX_VALUE;
      double right = -Double.MAX_VALUE;
      for (java.awt.geom.Point2D point : PageDrawing.points(pdf.getPage(page - 1))) {
        left = Math.min(left, point.getX());
        right = Math.max(right, point.getX());
      }
      if (left < typeLeft - 0.5 || right > typeRight + 0.5) {
        overruns.add(
            String.format(java.util.Locale.ROOT, "p. %d: %.1f..%.1f pt", page, left, right));
      }
    }
    assertEquals(
        List.of(),
        overruns,
        lang + ": drawn outside the type area's " + typeLeft + ".." + typeRight + " pt");
  }

  /**
   * No line starts with a closing mark (. , ; : ! ? ) ] 」 。 、 ） and the like, by Unicode's line
   * break classes): a citation's number and the full stop after it stay on one line.
   */
  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void noLineStartsWithAClosingMark(String lang) throws Exception {
    PDDocument pdf = books.pdf(Book.of(lang));
    List<String> found = new ArrayList<>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      for (PageGlyphs.Line line : PageGlyphs.lines(pdf, page)) {
        String text = line.text();
        if (!text.isEmpty() && mayNotStartALine(text.codePointAt(0))) {
          found.add("p. " + page + ": " + text);
        }
      }
    }
    assertEquals(List.of(), found, lang + ": lines that start with a closing mark");
  }

  private static boolean mayNotStartALine(int cp) {
    int lineBreak = UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK);
    return lineBreak == UCharacter.LineBreak.CLOSE_PUNCTUATION
        || lineBreak == UCharacter.LineBreak.CLOSE_PARENTHESIS
        || lineBreak == UCharacter.LineBreak.INFIX_NUMERIC
        || lineBreak == UCharacter.LineBreak.EXCLAMATION
        || (lineBreak == UCharacter.LineBreak.NONSTARTER && cp != 0x30FC);
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

  /**
   * The text of page {@code page} (1-based) in reading order, as {@link PdfText#pages} reads it,
   * from the run's one walk of the structure tree (a walk reads every page of the book).
   */
  private String page(String lang, int page) {
    return books.pdfPages(Book.of(lang)).get(page - 1);
  }

  /** The lines above the type area: the running heads. */
  private static List<PageGlyphs.Line> runningHeads(PDDocument pdf, int page) {
    return PageGlyphs.lines(pdf, page).stream()
        .filter(line -> line.baseline() < PageGlyphs.TYPE_TOP)
        .toList();
  }

  /** The first page of each chapter (the outline's top level), 1-based. */
  static TreeSet<Integer> chapterStarts(PDDocument pdf) throws IOException {
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
