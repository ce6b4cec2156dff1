package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
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
    for (Element side : page(lang).select("#header .pair > .side, #content .pair > .side")) {
      // A side with nothing to read (a thematic break alone, an artifact) has no element to read.
      boolean readable = !side.text().isBlank() || !side.select("svg, img").isEmpty();
      if (!side.hasClass("empty") && readable) {
        html.add(side.attr("lang") + " " + PdfText.unwrapped(side.text()).replace(" ", ""));
      }
    }
    List<String> tagged = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      sides(pdf.getDocumentCatalog().getStructureTreeRoot(), tagged);
      emptyElements(pdf.getDocumentCatalog().getStructureTreeRoot(), empty);
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
    int paragraphs = 0;
    try (PDDocument pdf = Loader.loadPDF(pdf(lang).toFile())) {
      List<PDStructureElement> sides = new ArrayList<>();
      sideElements(pdf.getDocumentCatalog().getStructureTreeRoot(), sides);
      for (PDStructureElement side : sides) {
        if (!lang.equals(side.getLanguage())) {
          continue;
        }
        for (TaggedText.Block block : TaggedText.blocks(pdf, side)) {
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
              .ifPresent(line -> spaced.add(PdfText.unwrapped(line.toString())));
        }
      }
    }
    assertTrue(paragraphs > 20, "only " + paragraphs + " paragraphs of " + lang + " measured");
    assertEquals(List.of(), indented, "first lines indented in the " + lang + " column");
    assertEquals(
        List.of(), spaced, "lines whose letters are spaced apart in the " + lang + " column");
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

  private static void emptyElements(PDStructureNode node, List<String> empty) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (element.getKids().isEmpty() && !element.getStructureType().equals("Link")) {
          empty.add(element.getStructureType());
        }
        emptyElements(element, empty);
      }
    }
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
