package io.github.awsnetbook.tools.parallel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
   * A side of more characters than this (about a third of a printed column of Japanese, two thirds
   * of English) makes a long pair, which may break across pages.
   */
  static final int LONG = 500;

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
      section.appendChild(
          pair(own(row.source(), sourceLang), own(row.translation(), translationLang)));
    }
    for (Element subsection : subsections(sourceSection)) {
      section.appendChild(section(subsection.selectFirst("> h3[id], > h4[id], > h5[id]")));
      section.appendText("\n");
    }
    return section;
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
    if (pair.children().stream().anyMatch(side -> side.text().length() > LONG)) {
      // Kept whole, a long pair would leave most of a page empty before it (parallel.css).
      pair.addClass("long-pair");
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
