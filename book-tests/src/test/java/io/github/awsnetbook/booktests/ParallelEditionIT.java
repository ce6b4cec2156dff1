package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.parallel.ParallelPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The parallel editions of the handout bundle (one per translation, {@code ja-en/} and its PDF):
 * every block of both books is in the edition exactly once and in order, counted from each book's
 * source model; each side carries its language; the PDF passes PDF/UA-1 and PDF/A-2a, and its
 * structure tree reads pair by pair, source block then translation, each in its language.
 */
class ParallelEditionIT {

  /**
   * What the edition shows of a block of the source model, by the model's context: the leaves a
   * reader reads (a list's or a table's own element is split into pairs by design, and not counted;
   * its items and cells are).
   */
  private static final Map<String, String> SHOWN_AS =
      Map.of(
          "paragraph", "div.paragraph",
          "list_item", "li, dd, td.hdlist2",
          "dlist_term", "dt, td.hdlist1",
          "table_cell", "td.tableblock, th.tableblock",
          "admonition", "div.admonitionblock:not(.translation-notice)",
          "image", "div.imageblock",
          "thematic_break", "hr");

  /** Every translation: the locales but the source. */
  static List<String> translations() {
    return Book.langs().stream().filter(lang -> !lang.equals(Book.source().lang())).toList();
  }

  @ParameterizedTest
  @MethodSource("translations")
  void everyBlockOfTheSourceAndOfTheTranslationIsShownOnceInOrderInItsColumn(String lang)
      throws IOException {
    Document edition = page(lang);
    String source = Book.source().lang();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    SourceModels.withOwnAsciidoctor(
        models -> {
          expected.putAll(leaves(models, source, "source"));
          expected.putAll(leaves(models, lang, "translation"));
          return null;
        });
    List<String> sectionIds =
        expected.keySet().stream()
            .filter(key -> key.startsWith("source "))
            .map(key -> key.substring("source ".length()))
            .toList();
    assertFalse(sectionIds.isEmpty());
    for (String key : expected.keySet()) {
      String side = key.substring(0, key.indexOf(' '));
      String id = key.substring(key.indexOf(' ') + 1);
      Element section = edition.getElementById(id);
      assertNotNull(section, "no section " + id + " in the " + lang + " edition");
      assertEquals(
          expected.get(key),
          shownLeaves(section, side),
          "the " + side + " column of section " + id + " of the ja-" + lang + " edition");
    }
  }

  /**
   * The text of each column is the text of its book's section, leaf by leaf, in the book's order
   * (the glossary's translated rows follow the source's terms: compared as a set of rows); an
   * untranslated section's translated column shows none of the source's text the book shows.
   */
  @ParameterizedTest
  @MethodSource("translations")
  void eachColumnShowsTheTextOfItsBooksSectionOnceInTheBooksOrder(String lang) throws IOException {
    Document edition = page(lang);
    String source = Book.source().lang();
    Map<String, Document> books =
        Map.of(
            "source", book(source),
            "translation", book(lang));
    // A table's caption too: the edition shows it with the table, outside the list item that
    // holds the table in the book.
    String all = String.join(", ", SHOWN_AS.values()) + ", caption";
    for (Element section : edition.select("#content section.parallel-section[id]")) {
      for (String side : List.of("source", "translation")) {
        Element heading = books.get(side).getElementById(section.id());
        List<String> expected = new ArrayList<>();
        boolean untranslated =
            side.equals("translation")
                && section.selectFirst("> .notice-pair") != null
                && section.selectFirst("> .heading-pair > .translation > *") == null;
        if (heading != null && !untranslated) {
          for (Element block : ownBlocks(heading.parent())) {
            // The block itself too, when it is a leaf (jsoup's select includes it).
            block.select(all).forEach(leaf -> expected.add(ownText(leaf, all)));
          }
        }
        List<String> shown = new ArrayList<>();
        for (Element column : section.select("> .pair:not(.notice-pair) > .side." + side)) {
          column.select(all).forEach(leaf -> shown.add(ownText(leaf, all)));
        }
        if (section.selectFirst("table.glossary") != null) {
          expected.sort(null);
          shown.sort(null);
        }
        int first = 0;
        while (first < Math.min(expected.size(), shown.size())
            && expected.get(first).equals(shown.get(first))) {
          first++;
        }
        assertEquals(
            expected,
            shown,
            side
                + " column of section "
                + section.id()
                + ", from leaf "
                + first
                + ": book "
                + expected.subList(first, Math.min(first + 2, expected.size()))
                + " edition "
                + shown.subList(first, Math.min(first + 2, shown.size())));
      }
    }
  }

  /**
   * The text of a leaf without the leaves inside it (a list item's own text without the blocks
   * continued into it, which the edition pairs apart; a note's label without its paragraphs).
   */
  private static String ownText(Element leaf, String leaves) {
    Element copy = leaf.clone();
    copy.select(leaves).stream().filter(inner -> inner != copy).forEach(Element::remove);
    return copy.text();
  }

  /** A section's blocks before its subsections, as the book shows them. */
  private static List<Element> ownBlocks(Element section) {
    Element body = section.selectFirst("> .sectionbody");
    return (body == null ? section : body)
        .children().stream()
            .filter(
                child ->
                    !child.is(
                        "h2, h3, h4, .section-locales, .sect2, .sect3, .admonitionblock.translation-notice"))
            .toList();
  }

  private static Document book(String lang) throws IOException {
    return Jsoup.parse(bundle().resolve(lang).resolve("index.html").toFile(), "UTF-8");
  }

  @ParameterizedTest
  @MethodSource("translations")
  void eachSideOfEveryPairCarriesItsLanguageAndEveryIdIsUnique(String lang) throws IOException {
    Document edition = page(lang);
    String source = Book.source().lang();
    List<Element> pairs = edition.select("#content .pair");
    assertTrue(pairs.size() > 100, "too few pairs: " + pairs.size());
    for (Element pair : pairs) {
      assertEquals(2, pair.children().size(), pair.outerHtml());
      assertEquals(source, pair.child(0).attr("lang"));
      assertTrue(pair.child(0).hasClass("source"));
      assertEquals(lang, pair.child(1).attr("lang"));
      assertTrue(pair.child(1).hasClass("translation"));
    }
    Set<String> ids = new HashSet<>();
    for (Element named : edition.select("[id]")) {
      assertTrue(ids.add(named.id()), "two elements of ID " + named.id());
    }
    for (Element link : edition.select("a[href^=#]")) {
      assertTrue(
          ids.contains(link.attr("href").substring(1)), "a link to nowhere: " + link.outerHtml());
    }
    for (Element heading : edition.select(".heading-pair")) {
      assertNotNull(heading.child(0).selectFirst("h2, h3, h4"), heading.outerHtml());
    }
  }

  @ParameterizedTest
  @MethodSource("translations")
  void thePdfPassesPdfUa1AndPdfA2a(String lang) {
    Map<PDFAFlavour, List<PdfValidation.Failure>> failures =
        PdfValidation.failures(pdf(lang), PdfValidation.FLAVOURS);
    for (PDFAFlavour flavour : PdfValidation.FLAVOURS) {
      assertEquals(
          List.of(), failures.get(flavour), flavour + " rules the ja-" + lang + " edition breaks");
    }
  }

  /**
   * The structure tree reads the pairs in the page's order, each side a block in its own language
   * (Lang), the source's side first: a screen reader reads a block, then its translation.
   */
  @ParameterizedTest
  @MethodSource("translations")
  void thePdfsStructureTreeReadsPairByPairEachBlockInItsLanguage(String lang) throws IOException {
    String source = Book.source().lang();
    List<String> html = new ArrayList<>();
    // The PDF is printed from the print copy, whose headings and lead-ins are one pair with the
    // text after them.
    Document print = ParallelPage.printCopy(page(lang));
    for (Element side : print.select("#header .pair > .side, #content .pair > .side")) {
      // A side with nothing to read (a thematic break alone, an artifact) has no element to read.
      boolean readable = !side.text().isBlank() || !side.select("svg, img").isEmpty();
      if (!side.hasClass("empty") && readable) {
        html.add(side.attr("lang") + " " + PdfText.unwrapped(side.text()).replace(" ", ""));
      }
    }
    List<String> tagged = new ArrayList<>();
    List<String> empty;
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      sides(pdf.getDocumentCatalog().getStructureTreeRoot(), tagged);
      empty = StructureTree.emptyElements(pdf, type -> !type.equals("Link"));
    }
    assertEquals(
        List.of(), empty, "structure elements that hold nothing (a Link holds its annotation)");
    assertEquals(html.size(), tagged.size(), "tagged sides: " + tagged);
    for (int i = 0; i < html.size(); i++) {
      String expectedLang = html.get(i).substring(0, html.get(i).indexOf(' '));
      assertEquals(expectedLang, tagged.get(i), "side " + i + ": " + html.get(i));
    }
    assertTrue(
        html.stream().anyMatch(side -> side.startsWith(source + " "))
            && html.stream().anyMatch(side -> side.startsWith(lang + " ")));
  }

  /**
   * A side is set as its own book sets its language, whatever the language of the page around it:
   * an English paragraph of the edition is not indented as a Japanese one is, and its letters are
   * never spaced apart (the books' rules for a language must reach a side in that language).
   */
  @ParameterizedTest
  @MethodSource("translations")
  void eachSideIsSetAsItsOwnBookSetsItsLanguage(String lang) throws IOException {
    List<String> indented = new ArrayList<>();
    List<String> spaced = new ArrayList<>();
    List<String> wide = new ArrayList<>();
    int paragraphs = 0;
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      List<PDStructureElement> sides = new ArrayList<>();
      sideElements(pdf.getDocumentCatalog().getStructureTreeRoot(), sides);
      TaggedText text = TaggedText.of(pdf);
      for (PDStructureElement side : sides) {
        if (Book.source().lang().equals(side.getLanguage())) {
          text.blocksOf(side).stream()
              .filter(block -> block.type().equals("P"))
              .map(block -> block.glyphs().get(block.glyphs().size() - 1))
              .filter(ParallelEditionIT::japaneseAndLatinSetFarApart)
              .forEach(line -> wide.add(lineText(line)));
        }
        if (!lang.equals(side.getLanguage())) {
          continue;
        }
        for (TaggedText.Block block : text.blocksOf(side)) {
          if (!block.type().equals("P") || block.glyphs().size() < 2) {
            continue;
          }
          paragraphs++;
          double first = block.glyphs().get(0).get(0).getXDirAdj();
          double second = block.glyphs().get(1).get(0).getXDirAdj();
          // A first line that starts to the right of the next (a hanging entry starts left of it).
          if (first - second > 1) {
            indented.add(block.lines().get(0));
          }
          block.glyphs().stream()
              .filter(ParallelEditionIT::lettersSpacedApart)
              .findFirst()
              .ifPresent(line -> spaced.add(lineText(line)));
        }
      }
    }
    assertTrue(paragraphs > 20, "only " + paragraphs + " paragraphs of " + lang + " measured");
    assertEquals(List.of(), indented, "first lines indented in the " + lang + " column");
    assertEquals(
        List.of(), spaced, "lines whose letters are spaced apart in the " + lang + " column");
    assertEquals(
        List.of(), wide, "last lines of the source's paragraphs with Japanese and Latin far apart");
  }

  /**
   * Whether a line that is not justified (a paragraph's last) sets a Japanese character and a Latin
   * letter or digit beside it more than a third of an em apart: JLREQ's quarter em, not two.
   */
  private static boolean japaneseAndLatinSetFarApart(
      List<org.apache.pdfbox.text.TextPosition> line) {
    return Scripts.boundaries(line).stream()
        .anyMatch(boundary -> boundary.gap() > boundary.before().getFontSizeInPt() / 3);
  }

  private static String lineText(List<org.apache.pdfbox.text.TextPosition> line) {
    StringBuilder text = new StringBuilder();
    line.forEach(glyph -> text.append(glyph.getUnicode()));
    return text.toString();
  }

  /** Whether two Latin letters of one word on a line stand apart by more than a kerning's width. */
  private static boolean lettersSpacedApart(List<org.apache.pdfbox.text.TextPosition> line) {
    for (int i = 1; i < line.size(); i++) {
      var before = line.get(i - 1);
      var at = line.get(i);
      if (before.getUnicode().matches("[A-Za-z]") && at.getUnicode().matches("[A-Za-z]")) {
        double gap = at.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
        if (gap > JustificationIT.NATURAL) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Each block inside a side is in the side's language: no paragraph, list item or cell of a side
   * carries another Lang than its side's (the page's ja reaching an English paragraph would make a
   * screen reader read English with a Japanese voice).
   */
  @ParameterizedTest
  @MethodSource("translations")
  void eachBlockInsideASideIsTaggedInTheSidesLanguage(String lang) throws IOException {
    List<String> wrong = new ArrayList<>();
    int blocks = 0;
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      List<PDStructureElement> sides = new ArrayList<>();
      sideElements(pdf.getDocumentCatalog().getStructureTreeRoot(), sides);
      for (PDStructureElement side : sides) {
        blocks += blocksInLanguage(side, side.getLanguage(), side.getLanguage(), wrong);
      }
    }
    assertTrue(blocks > 100, "blocks inside sides: " + blocks);
    assertEquals(List.of(), wrong, "blocks tagged in another language than their side's");
  }

  private static int blocksInLanguage(
      PDStructureElement node, String sideLang, String inherited, List<String> wrong) {
    int blocks = 0;
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        String own = element.getLanguage() == null ? inherited : element.getLanguage();
        if (Set.of("P", "LI", "LBody", "TD", "TH", "Caption", "H2", "H3", "H4")
            .contains(element.getStructureType())) {
          blocks++;
          if (!own.equals(sideLang)) {
            wrong.add(element.getStructureType() + " " + own + " in a " + sideLang + " side");
          }
        }
        blocks += blocksInLanguage(element, sideLang, own, wrong);
      }
    }
    return blocks;
  }

  /** The printed edition's page: A4 landscape, 15 mm side margins, two columns of 35 em. */
  private static final float SOURCE_RIGHT = 42.52f + 0.4f + 367.5f;

  private static final float TYPE_TOP = 51.02f;

  private static final float TYPE_BOTTOM = 595.28f - 45.35f;

  /**
   * No line of the source's column runs into the gutter: its glyphs end at the column's edge (a
   * closing mark may hang past it by its width, as JLREQ lets a 句点 hang).
   */
  @ParameterizedTest
  @MethodSource("translations")
  void noLineOfTheSourceColumnRunsIntoTheGutter(String lang) throws IOException {
    List<String> overruns = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      for (int page = 3; page <= pdf.getNumberOfPages(); page++) {
        for (PageGlyphs.Glyph glyph : PageGlyphs.of(pdf, page)) {
          boolean inBody = glyph.baseline() > TYPE_TOP && glyph.baseline() < TYPE_BOTTOM;
          boolean hangs = glyph.text().matches("[。、．，」）』]");
          if (inBody
              && !hangs
              && !glyph.text().isBlank()
              && glyph.left() < SOURCE_RIGHT + 5
              && glyph.right() > SOURCE_RIGHT + 1) {
            overruns.add(
                String.format(
                    java.util.Locale.ROOT,
                    "p. %d: %s at %.1f pt",
                    page,
                    glyph.text(),
                    glyph.right()));
          }
        }
      }
    }
    assertEquals(List.of(), overruns, "glyphs past the source column's edge " + SOURCE_RIGHT);
  }

  /** Each column's lines of page {@code page}: the glyphs left or right of the gutter. */
  private static List<List<PageGlyphs.Line>> columns(PDDocument pdf, int page) {
    List<List<PageGlyphs.Line>> columns = List.of(new ArrayList<>(), new ArrayList<>());
    for (PageGlyphs.Line line : PageGlyphs.lines(pdf, page)) {
      if (line.baseline() < TYPE_TOP || line.baseline() > TYPE_BOTTOM + 2) {
        continue; // the running heads, the page number
      }
      List<PageGlyphs.Glyph> left = new ArrayList<>();
      List<PageGlyphs.Glyph> right = new ArrayList<>();
      for (PageGlyphs.Glyph glyph : line.glyphs()) {
        (glyph.left() < SOURCE_RIGHT + 10 ? left : right).add(glyph);
      }
      if (!left.isEmpty()) {
        columns.get(0).add(new PageGlyphs.Line(line.baseline(), left));
      }
      if (!right.isEmpty()) {
        columns.get(1).add(new PageGlyphs.Line(line.baseline(), right));
      }
    }
    return columns;
  }

  /**
   * No page is more than a fifth empty at its foot: a pair breaks across pages rather than leave a
   * hole before it, and a figure lets the text after it go ahead. Not counted, as in the books: the
   * colophon's pages and the page before it (the colophon starts a page), and the page before a
   * figure that ends its section (a figure never leaves its section, and a heading follows it).
   */
  @ParameterizedTest
  @MethodSource("translations")
  void noPageIsMoreThanAFifthEmptyButBeforeTheColophonOrASectionsLastFigure(String lang)
      throws IOException {
    Document print = ParallelPage.printCopy(page(lang));
    List<String> lastFigures = new ArrayList<>();
    for (Element figure : print.select("#content .pair.figure-pair")) {
      Element next = figure.nextElementSibling();
      if (next == null || !next.is(".pair")) {
        String caption = letters(figure.selectFirst(".side.source .title").text());
        lastFigures.add(caption.substring(0, caption.offsetByCodePoints(0, 8)));
      }
    }
    String colophon = letters(print.selectFirst("#colophon .heading-pair .side.source").text());
    List<String> holes = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      int pages = pdf.getNumberOfPages();
      Set<Integer> exempt = new HashSet<>();
      for (int page = 3; page <= pages; page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = letters(stripper.getText(pdf));
        if (lastFigures.stream().anyMatch(text::contains)) {
          exempt.add(page - 1);
        }
        List<PageGlyphs.Line> source = columns(pdf, page).get(0);
        boolean opensColophon = !source.isEmpty() && letters(source.get(0).text()).equals(colophon);
        if (opensColophon || exempt.contains(-1)) {
          exempt.add(-1); // from the colophon on
          exempt.add(page - 1);
          exempt.add(page);
        }
      }
      for (int page = 3; page < pages; page++) {
        if (exempt.contains(page)) {
          continue;
        }
        double lowest = TYPE_TOP;
        for (List<PageGlyphs.Line> column : columns(pdf, page)) {
          for (PageGlyphs.Line line : column) {
            lowest = Math.max(lowest, line.baseline());
          }
        }
        double empty = (TYPE_BOTTOM - lowest) / (TYPE_BOTTOM - TYPE_TOP);
        if (empty > 0.2) {
          holes.add(
              String.format(java.util.Locale.ROOT, "page %d: %.0f %% empty", page, empty * 100));
        }
      }
    }
    assertEquals(List.of(), holes, "holes at the foot of pages of the ja-" + lang + " edition");
  }

  private static String letters(String text) {
    return text.replaceAll("[\\s\\u3000]", "");
  }

  /** No column of a page ends with a lead-in (「補充説明：」): it stays with what follows. */
  @ParameterizedTest
  @MethodSource("translations")
  void noColumnEndsAPageWithALeadIn(String lang) throws IOException {
    List<String> stranded = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      for (int page = 3; page <= pdf.getNumberOfPages(); page++) {
        for (List<PageGlyphs.Line> column : columns(pdf, page)) {
          String last = column.isEmpty() ? "" : column.get(column.size() - 1).text();
          if (last.matches(".*[:：]$")) {
            stranded.add("p. " + page + ": " + last);
          }
        }
      }
    }
    assertEquals(List.of(), stranded, "pages whose column ends with a lead-in");
  }

  /** Kinsoku: no line of either column starts with a closing mark (、。」）.,:; and the like). */
  @ParameterizedTest
  @MethodSource("translations")
  void noLineOfEitherColumnStartsWithAClosingMark(String lang) throws IOException {
    List<String> found = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        for (List<PageGlyphs.Line> column : columns(pdf, page)) {
          for (PageGlyphs.Line line : column) {
            String text = line.text();
            if (!text.isEmpty()
                && Kinsoku.LINE_START_PROHIBITED.contains(
                    text.substring(0, text.offsetByCodePoints(0, 1)))) {
              found.add("p. " + page + ": " + text);
            }
          }
        }
      }
    }
    assertEquals(List.of(), found, "lines that start with a closing mark");
  }

  /**
   * The pages after the first of the text carry running heads, as the books' do: both titles (the
   * first opens the chapter, which has none, as in the books).
   */
  @ParameterizedTest
  @MethodSource("translations")
  void thePagesAfterTheContentsHaveRunningHeadsOfBothLanguages(String lang) throws IOException {
    String sourceTitle = page(lang).selectFirst("#header h1 .source").text().replace(" ", "");
    List<String> without = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      for (int page = 4; page <= pdf.getNumberOfPages(); page++) {
        String head =
            PageGlyphs.lines(pdf, page).stream()
                .filter(line -> line.baseline() < TYPE_TOP)
                .map(PageGlyphs.Line::text)
                .reduce("", String::concat)
                .replace(" ", "");
        if (!head.contains(sourceTitle) || !head.contains("/")) {
          without.add("p. " + page + ": " + head);
        }
      }
    }
    assertEquals(List.of(), without, "pages without the running heads");
  }

  /** The tagged sides: the structure elements of a side, in the tree's order. */
  private static void sideElements(PDStructureNode node, List<PDStructureElement> found) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if ("Div".equals(element.getStructureType())
            && element.getLanguage() != null
            && isSide(element)) {
          found.add(element);
          continue;
        }
        sideElements(element, found);
      }
    }
  }

  /**
   * Every Link structure element holds something (its annotation, its text): the engine made one of
   * each anchor that links nowhere (the sources' IDs), with nothing in it.
   */
  @ParameterizedTest
  @MethodSource("translations")
  void noLinkElementIsEmpty(String lang) throws IOException {
    List<String> empty;
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      empty = StructureTree.emptyElements(pdf, "Link"::equals);
    }
    assertEquals(List.of(), empty, "Link elements with no kids");
  }

  /** The languages of the tagged sides, in the tree's order. */
  private static void sides(PDStructureNode node, List<String> langs) {
    List<PDStructureElement> found = new ArrayList<>();
    sideElements(node, found);
    found.forEach(side -> langs.add(side.getLanguage()));
  }

  /**
   * A side's Div: one that holds blocks, or nothing but an artifact (a thematic break); not the Div
   * of a line of text in another language (only marked content and spans).
   */
  private static boolean isSide(PDStructureElement element) {
    return element.getKids().isEmpty()
        || element.getKids().stream()
            .anyMatch(
                kid ->
                    kid instanceof PDStructureElement inner
                        && !inner.getStructureType().equals("Span"));
  }

  /** Each section's leaves in the model, in order, keyed "source ID" or "translation ID". */
  private static Map<String, List<String>> leaves(SourceModels models, String lang, String side) {
    Path root = Book.root();
    Path top = root.resolve("content-" + lang).resolve("src/docs/asciidoc/index.adoc");
    SourceModel model =
        models.load(
            root,
            top,
            Map.of(
                "book-source-dir",
                top.getParent().toString(),
                "book-glossary",
                root.resolve("content-" + lang)
                    .resolve("target/terminology/glossary-" + lang + ".adoc")
                    .toString()));
    Map<String, List<String>> leaves = new LinkedHashMap<>();
    for (SourceModel.Section section : model.sections()) {
      leaves.put(side + " " + section.id(), new ArrayList<>());
    }
    for (SourceModel.Block block : model.blocks()) {
      if (SHOWN_AS.containsKey(block.context())
          && leaves.containsKey(side + " " + block.sectionId())) {
        leaves.get(side + " " + block.sectionId()).add(block.context());
      }
    }
    return leaves;
  }

  /** The leaves the edition shows in one column of a section (not of its subsections), in order. */
  private static List<String> shownLeaves(Element section, String side) {
    String all = String.join(", ", SHOWN_AS.values());
    List<String> shown = new ArrayList<>();
    for (Element column : section.select("> .pair > .side." + side)) {
      for (Element leaf : column.select(all)) {
        SHOWN_AS.entrySet().stream()
            .filter(entry -> leaf.is(entry.getValue()))
            .findFirst()
            .ifPresent(entry -> shown.add(entry.getKey()));
      }
    }
    return shown;
  }

  private static Document page(String lang) throws IOException {
    Path page = bundle().resolve(Book.source().lang() + "-" + lang).resolve("index.html");
    assertTrue(Files.isRegularFile(page), "no parallel edition at " + page + "; run mvn package");
    return Jsoup.parse(page.toFile(), "UTF-8");
  }

  private static Path pdf(String lang) {
    String suffix = "-" + Book.source().lang() + "-" + lang + ".pdf";
    try (Stream<Path> files = Files.list(bundle())) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(suffix))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no *" + suffix + " in " + bundle()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The handout bundle's folder, {@code target/<name>-handouts/} of the repository: the handouts
   * module, built before these tests, made it.
   */
  static Path bundle() {
    try (Stream<Path> folders = Files.list(Book.root().resolve("target"))) {
      return folders
          .filter(Files::isDirectory)
          .filter(folder -> folder.getFileName().toString().endsWith("-handouts"))
          .findFirst()
          .orElseThrow(
              () -> new AssertionError("no handout bundle in target/; run mvn package first"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
