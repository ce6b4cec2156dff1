package io.github.awsnetbook.tools.parallel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The page of a parallel edition, made from the two finished book pages: the head of the source's
 * page (its policy, stylesheets, links to every locale) with both titles, a bilingual title block
 * and table of contents, then every section of the source by ID, its heading and blocks each beside
 * the translation's ({@link BlockPairs}). Each side of a pair carries its own language; IDs are
 * prefixed with it ({@code ja-fig-endpoints}), a section's own ID stays on the section, so that the
 * contents and cross references land on the pair.
 */
public final class ParallelPage {

  /** The edition's own stylesheet, after the books'. */
  public static final String STYLESHEET = "css/parallel.css";

  /**
   * What a pair holding it is kept whole for, on one page: a figure (drawn whole), a table's row
   * and a description's entry (a row that ran on would leave its other cells empty). Any other pair
   * may break across pages (parallel.css): kept whole, a pair of a few paragraphs left a third of a
   * page empty before it.
   */
  static final String WHOLE =
      ".imageblock, ." + BlockPairs.ROW + ", ." + BlockPairs.HEAD + ", .hdlist";

  /** The colophon's section ID in every book. */
  static final String COLOPHON = "colophon";

  static final String SOURCE = "source";
  static final String TRANSLATION = "translation";

  private final Document source;
  private final Document translation;
  private final String sourceLang;
  private final String translationLang;
  private final Set<String> untranslated;
  private final Set<String> sectionIds = new HashSet<>();
  private final List<String> coarser = new ArrayList<>();

  /**
   * The edition of {@code translation} beside {@code source}; {@code untranslated} names the
   * sections the translation shows in the source's language under its notice (the notice plan).
   */
  public ParallelPage(Document source, Document translation, Set<String> untranslated) {
    this.source = source;
    this.translation = translation;
    this.sourceLang = langOf(source);
    this.translationLang = langOf(translation);
    this.untranslated = Set.copyOf(untranslated);
  }

  /** The page, in a new document. */
  public Document page() {
    source
        .select("#content h2[id], #content h3[id], #content h4[id]")
        .forEach(h -> sectionIds.add(h.id()));
    Document page = source.shallowClone();
    if (source.documentType() != null) {
      page.appendChild(source.documentType().clone());
      page.appendText("\n");
    }
    page.appendChild(source.selectFirst("html").shallowClone());
    Element html = page.selectFirst("html");
    html.appendChild(head());
    html.appendText("\n");
    Element body = html.appendElement("body").addClass("book").addClass("parallel");
    body.appendText("\n");
    body.appendChild(header());
    body.appendText("\n");
    Element content = body.appendElement("div").attr("id", "content").attr("role", "main");
    content.appendText("\n");
    for (Element heading : topHeadings(source)) {
      content.appendChild(section(heading));
      content.appendText("\n");
    }
    for (Element heading :
        translation.select("#content h2[id], #content h3[id], #content h4[id]")) {
      if (!sectionIds.contains(heading.id())) {
        // A section the source no longer has (orphaned): shown after the others, in the
        // translated column, so that no text of the translation is left out.
        content.appendChild(orphan(heading));
        content.appendText("\n");
      }
    }
    body.appendText("\n");
    body.appendChild(footer());
    body.appendText("\n");
    return page;
  }

  /**
   * The copy of {@code page} the PDF is printed from. A heading and a lead-in (「補充説明：」) are each
   * one pair with the pair of text after them: the engine keeps a block with the next only by
   * moving both to a new page when the next runs over the page's foot, which left half a page empty
   * before a heading and its long paragraph. It has running heads, as the books have: the edition's
   * two titles on the left, the two headings of the section in force on the right, as running
   * elements (printing.PrintPage's classes; the books' stylesheet draws them small and grey in the
   * page's head), each right before the section it names. The page itself has neither: the screen
   * would show the heads, and lays out each pair in its grid.
   */
  public static Document printCopy(Document page) {
    Document copy = withRunningHeads(page);
    for (Element pair : copy.select(".pair.heading-pair, .pair." + LEAD_IN)) {
      Element next = pair.nextElementSibling();
      if (next != null && next.is(".pair.text-pair, .pair.flow-pair")) {
        for (int side = 0; side < 2; side++) {
          Element into = pair.child(side);
          List.copyOf(next.child(side).children()).forEach(into::appendChild);
          if (into.childrenSize() > 0) {
            into.removeClass("empty");
          }
        }
        pair.removeClass(LEAD_IN).addClass(next.hasClass("text-pair") ? "text-pair" : "flow-pair");
        next.remove();
      }
    }
    return copy;
  }

  private static Document withRunningHeads(Document page) {
    Document copy = page.clone();
    Element content = copy.getElementById("content");
    if (content == null) {
      return copy;
    }
    content.prependChild(running("running-title", bothTexts(copy.selectFirst("#header > h1"))));
    for (Element section : content.select("section.parallel-section")) {
      Element headings = section.selectFirst("> .heading-pair");
      section.before(running("running-section", headings == null ? "" : bothTexts(headings)));
    }
    return copy;
  }

  private static Element running(String role, String text) {
    return new Element("div").addClass(role).text(text);
  }

  /** The source's and the translation's text of an element, "source / translation". */
  private static String bothTexts(Element element) {
    if (element == null) {
      return "";
    }
    String source = element.select("." + SOURCE).text().strip();
    String translation = element.select("." + TRANSLATION).text().strip();
    return translation.isEmpty() ? source : source + " / " + translation;
  }

  /** Where the pairing fell back to a coarser level, one line per place ("" if nowhere). */
  public List<String> coarserPairings() {
    return List.copyOf(coarser);
  }

  private Element head() {
    Element head = source.head().clone();
    String title = source.title() + " / " + translation.title();
    head.selectFirst("title").text(title);
    String description =
        source.select("meta[name=description]").attr("content")
            + " / "
            + translation.select("meta[name=description]").attr("content");
    head.select("meta[name=description]").attr("content", description);
    head.select("meta[property=og:title]").attr("content", title);
    head.select("meta[property=og:description]").attr("content", description);
    head.select("meta[name=dcterms.subject]")
        .attr(
            "content",
            source.select("meta[name=dcterms.subject]").attr("content")
                + " / "
                + translation.select("meta[name=dcterms.subject]").attr("content"));
    Element bookCss = head.selectFirst("link[rel=stylesheet][href=css/book.css]");
    Element own = new Element("link").attr("rel", "stylesheet").attr("href", STYLESHEET);
    if (bookCss != null) {
      bookCss.after(own);
      bookCss.after(new TextNode("\n"));
    } else {
      head.appendChild(own);
    }
    return head;
  }

  /** Both titles as the one heading, then each book's author and edition lines side by side. */
  private Element header() {
    Element header = new Element("div").attr("id", "header").attr("role", "banner");
    header.appendText("\n");
    Element title = header.appendElement("h1");
    title
        .appendElement("span")
        .attr("lang", sourceLang)
        .addClass(SOURCE)
        .text(source.selectFirst("#header > h1").text());
    title.appendText(" ");
    title
        .appendElement("span")
        .attr("lang", translationLang)
        .addClass(TRANSLATION)
        .text(translation.selectFirst("#header > h1").text());
    header.appendText("\n");
    Element details =
        pair(
            copies(source.select("#header > .details"), sourceLang),
            copies(translation.select("#header > .details"), translationLang));
    details.addClass("title-pair");
    header.appendChild(details);
    header.appendText("\n");
    header.appendChild(contents());
    header.appendText("\n");
    return header;
  }

  /** The source's table of contents, each entry giving both titles, each in its language. */
  private Element contents() {
    Element toc =
        new Element("nav").attr("id", "toc").addClass("toc").attr("aria-labelledby", "toctitle");
    Element title = toc.appendElement("div").attr("id", "toctitle");
    bilingual(title, text(source, "#toctitle"), text(translation, "#toctitle"));
    Element list = source.selectFirst("#toc > ul");
    if (list != null) {
      Element copy = list.clone();
      for (Element link : copy.select("a[href^=#]")) {
        String id = link.attr("href").substring(1);
        Element other =
            untranslated.contains(id) ? null : translation.selectFirst("#toc a[href=#" + id + "]");
        String sourceTitle = link.text();
        link.empty();
        bilingual(link, sourceTitle, other == null ? "" : other.text());
      }
      toc.appendChild(copy);
    }
    return toc;
  }

  private void bilingual(Element into, String sourceText, String translationText) {
    into.appendElement("span").attr("lang", sourceLang).addClass(SOURCE).text(sourceText);
    if (!translationText.isEmpty()) {
      into.appendText(" ");
      into.appendElement("span")
          .attr("lang", translationLang)
          .addClass(TRANSLATION)
          .text(translationText);
    }
  }

  private static String text(Document page, String selector) {
    Element element = page.selectFirst(selector);
    return element == null ? "" : element.text();
  }

  /** The headings of the top sections of a page, in order. */
  private static List<Element> topHeadings(Document page) {
    return page.select("#content > .sect1 > h2[id]");
  }

  /** One section: its headings side by side, its own blocks paired, then its subsections. */
  private Element section(Element sourceHeading) {
    String id = sourceHeading.id();
    Element sourceSection = sourceHeading.parent();
    Optional<Element> translationHeading =
        Optional.ofNullable(translation.getElementById(id))
            .filter(h -> h.is("h2, h3, h4, h5"))
            // An untranslated section is headed in the source's language in the translated book.
            .filter(h -> !untranslated.contains(id));
    Element section = new Element("section").addClass("parallel-section").attr("id", id);
    section.appendText("\n");
    Element headingPair =
        pair(
            copies(List.of(sourceHeading), sourceLang),
            translationHeading.map(h -> copies(List.of(h), translationLang)).orElse(List.of()));
    headingPair.addClass("heading-pair");
    if (id.equals(COLOPHON)) {
      // The colophon is a page of its own, as a book's 奥付 is (parallel.css).
      headingPair.addClass("chapter-start");
    }
    section.appendChild(headingPair);
    section.appendText("\n");
    List<Element> translationBlocks =
        Optional.ofNullable(translation.getElementById(id))
            .map(h -> ownBlocks(h.parent()))
            .orElse(List.of());
    List<Element> notices =
        translationBlocks.stream()
            .filter(b -> b.is(".admonitionblock.translation-notice"))
            .toList();
    translationBlocks = new ArrayList<>(translationBlocks);
    translationBlocks.removeAll(notices);
    if (!notices.isEmpty()) {
      section.appendChild(
          pair(List.of(), copies(notices, translationLang)).addClass("notice-pair"));
      section.appendText("\n");
    }
    if (untranslated.contains(id)) {
      // The translated book shows the source's text here, which the source column already shows:
      // the translated column shows the notice alone.
      translationBlocks = List.of();
    }
    for (Row row : BlockPairs.of(ownBlocks(sourceSection), translationBlocks)) {
      if (!row.coarser().isEmpty()) {
        coarser.add(id + ": " + row.coarser());
      }
      // No white space between pairs: in print, each would be a line of its own between the
      // floating sides.
      Element pair = pair(own(row.source(), sourceLang), own(row.translation(), translationLang));
      if (leadsIn(row.source()) || leadsIn(row.translation())) {
        // 「補充説明：」 ends a page no more than in the books: kept with the next pair (parallel.css).
        pair.addClass(LEAD_IN);
      } else if (!pair.hasClass("figure-pair") && !pair.hasClass("row-pair")) {
        // Text that may go ahead of a figure to fill a page (printing.PagePlacement): paragraphs
        // alone (a figure's own paragraph group), or also list items, notes, descriptions.
        boolean paragraphs =
            Stream.concat(row.source().stream(), row.translation().stream())
                .allMatch(block -> block.is(".paragraph"));
        pair.addClass(paragraphs ? "text-pair" : "flow-pair");
      }
      section.appendChild(pair);
    }
    for (Element subsection : subsections(sourceSection)) {
      section.appendChild(section(subsection.selectFirst("> h3[id], > h4[id], > h5[id]")));
      section.appendText("\n");
    }
    return section;
  }

  /**
   * The class of a pair that leads in to the next: a side ends with a paragraph ending in a colon.
   */
  static final String LEAD_IN = "lead-in";

  /** Whether the blocks end with a paragraph that leads in to what follows (「：」 or ":"). */
  static boolean leadsIn(List<Element> blocks) {
    if (blocks.isEmpty()) {
      return false;
    }
    Element last = blocks.get(blocks.size() - 1);
    return last.is(".paragraph") && last.text().strip().matches("(?s).*[:：]$");
  }

  /** A section of the translation only: its heading and its own blocks, beside nothing. */
  private Element orphan(Element heading) {
    String id = heading.id();
    Element section = new Element("section").addClass("parallel-section").attr("id", id);
    section.appendChild(
        pair(List.of(), copies(List.of(heading), translationLang)).addClass("heading-pair"));
    for (Row row : BlockPairs.of(List.of(), ownBlocks(heading.parent()))) {
      section.appendChild(pair(List.of(), own(row.translation(), translationLang)));
    }
    return section;
  }

  /**
   * The blocks of a section before its subsections; a glossary's groups (the Japanese one's 英数字, あ行
   * …, each a heading and a table) as one table, as it pairs term by term with the other book's
   * glossary, which is grouped otherwise or not at all.
   */
  private static List<Element> ownBlocks(Element section) {
    Element body = section.selectFirst("> .sectionbody");
    Element holder = body == null ? section : body;
    List<Element> blocks = new ArrayList<>();
    for (Element child : holder.children()) {
      if (child.is("h2, h3, h4, h5, .section-locales, .sect2, .sect3, .sect4")) {
        continue;
      }
      blocks.add(child);
    }
    return GlossaryRows.oneTable(blocks);
  }

  private static List<Element> subsections(Element section) {
    Element body = section.selectFirst("> .sectionbody");
    Element holder = body == null ? section : body;
    return holder.select("> .sect2, > .sect3, > .sect4").stream()
        .filter(s -> s.selectFirst("> h3[id], > h4[id], > h5[id]") != null)
        .toList();
  }

  private Element footer() {
    Element footer = new Element("div").attr("id", "footer").attr("role", "contentinfo");
    footer.appendChild(
        pair(
            copies(source.select("#footer-text"), sourceLang),
            copies(translation.select("#footer-text"), translationLang)));
    return footer;
  }

  /** A pair of two sides, each in its language (a side may be empty). */
  private Element pair(List<Element> sourceSide, List<Element> translationSide) {
    Element pair = new Element("div").addClass("pair");
    pair.appendChild(side(SOURCE, sourceLang, sourceSide));
    pair.appendChild(side(TRANSLATION, translationLang, translationSide));
    if (pair.selectFirst(WHOLE) != null) {
      pair.addClass("whole-pair");
    }
    if (pair.selectFirst(".imageblock") != null) {
      // A float to the print's placement (printing.PagePlacement): the pairs after it may go
      // ahead of it, rather than leave a hole before it.
      pair.addClass("figure-pair");
    }
    if (pair.selectFirst("." + BlockPairs.ROW + ", ." + BlockPairs.HEAD) != null) {
      // A table's rows, each a pair: drawn as one table on each side (parallel.css).
      pair.addClass("row-pair");
    }
    return pair;
  }

  private static Element side(String role, String lang, List<Element> blocks) {
    Element side = new Element("div").addClass("side").addClass(role).attr("lang", lang);
    if (blocks.isEmpty()) {
      side.addClass("empty");
    }
    blocks.forEach(side::appendChild);
    return side;
  }

  /** Copies of a page's elements, made the edition's own. */
  private List<Element> copies(List<Element> elements, String lang) {
    return own(elements.stream().map(Element::clone).toList(), lang);
  }

  /**
   * Copies made the edition's own: IDs prefixed with the language (a section's heading too: the
   * section holds the ID), references to them likewise, the books' screen affordances left out.
   */
  private List<Element> own(List<Element> copies, String lang) {
    Set<String> seen = new LinkedHashSet<>();
    for (Element copy : copies) {
      copy.select("a.anchor, .section-locales").remove();
      for (Element named : copy.select("[id]")) {
        seen.add(named.id());
        named.attr("id", lang + "-" + named.id());
      }
      for (Element link : copy.select("a[href^=#]")) {
        String target = link.attr("href").substring(1);
        if (!sectionIds.contains(target)) {
          link.attr("href", "#" + lang + "-" + target);
        }
      }
      for (String attribute : List.of("aria-labelledby", "aria-describedby")) {
        for (Element labelled : copy.select("[" + attribute + "]")) {
          List<String> ids = List.of(labelled.attr(attribute).split("\\s+"));
          labelled.attr(
              attribute, String.join(" ", ids.stream().map(i -> lang + "-" + i).toList()));
        }
      }
    }
    return copies;
  }

  private static String langOf(Document page) {
    Element html = page.selectFirst("html");
    return html == null ? "" : html.attr("lang");
  }
}
