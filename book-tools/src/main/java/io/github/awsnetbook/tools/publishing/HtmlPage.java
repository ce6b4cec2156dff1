package io.github.awsnetbook.tools.publishing;

import io.github.awsnetbook.tools.citations.CitationGroups;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.markup.Markup;
import io.github.awsnetbook.tools.printing.PdfPrinter;
import io.github.awsnetbook.tools.typography.JapaneseCitations;
import io.github.awsnetbook.tools.typography.SignSpacing;
import io.github.awsnetbook.tools.typography.SpaceAfterMarks;
import io.github.awsnetbook.tools.typography.WebAddresses;
import io.github.awsnetbook.tools.typography.WholeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Adds to Asciidoctor's HTML page, parsed once, what the build adds: at the places Asciidoctor
 * leaves, and only to the elements it writes in its own shape (a block with a role of its own keeps
 * Asciidoctor's markup as it is).
 */
final class HtmlPage {

  /** Where a drawing of the page's folder comes from: its file name to its parsed SVG. */
  interface Drawings extends Function<String, Optional<Document>> {}

  private HtmlPage() {}

  /**
   * Finishes {@code page} in place: the head's links ({@code headExtras} after the locales' and
   * Open Graph's), the locale switchers (the page's own named {@code switcherLabel}), inline
   * figures, their credit lines, scroll regions, the tables' cells labelled with their column's
   * header, the glossary's terms named alike, and landmarks.
   */
  static void finish(
      Document page,
      LocaleLinks links,
      Optional<String> switcherLabel,
      List<Element> headExtras,
      Drawings drawings) {
    Element header = frameHeader(page);
    List<Element> head = new ArrayList<>(links.headLinks());
    head.addAll(openGraph(page, links));
    head.addAll(headExtras);
    screenOnlyDefaultStylesheet(page);
    head.forEach(element -> appendLine(page.head(), element));
    insertFirst(header, links.switcher(switcherLabel));
    sectionSwitchers(page, links);
    inlineSvgImages(page, drawings);
    figureCredits(page);
    scrollableFigures(page);
    wrapTables(page);
    labelCellsWithTheirHeader(page);
    markTermsNamedAlike(page);
    markOtherLanguageTerms(page);
    landmarks(page);
    JapaneseCitations.apply(page);
    CitationGroups.apply(page);
    SpaceAfterMarks.apply(page);
    SignSpacing.apply(page);
    WebAddresses.markBreaks(page);
    keepFigureReferencesWhole(page);
  }

  /**
   * A cross-reference to a figure or a table ("図2", "Table 1") in a {@code .nobreak}: a browser
   * broke 「図」 / 「2）」 between the two lines of a phone's column, where a book keeps a label with its
   * number.
   */
  static void keepFigureReferencesWhole(Document page) {
    for (Element link : page.select("#content a[href^=#]")) {
      Element target = page.getElementById(link.attr("href").substring(1));
      if (target != null && (target.hasClass("imageblock") || target.hasClass("tableblock"))) {
        link.addClass(WholeNames.NOBREAK);
      }
    }
  }

  private static Element frameHeader(Document page) {
    Element header = page.getElementById("header");
    if (header == null || !header.nameIs("div") || !onlyAttributes(header, "id")) {
      throw new IllegalStateException(
          "the converted page has no <div id=\"header\"> after its head; cannot finish it");
    }
    return header;
  }

  /**
   * Asciidoctor's default stylesheet is for screens; printed, the page follows the book's own
   * stylesheet alone, as the PDF handout does.
   */
  static void screenOnlyDefaultStylesheet(Document page) {
    for (Element link : page.select("link[rel=stylesheet][href=css/asciidoctor.css]")) {
      if (onlyAttributes(link, "rel", "href")) {
        link.attr("media", "screen");
      }
    }
  }

  /**
   * Replaces each SVG image of the page with the SVG itself, labelled with the image's alt text.
   * Inline, the figure's text is drawn with the page's own web font (an SVG behind an img element
   * cannot load it, and a reader without Japanese fonts would see boxes), and it can be selected
   * and found with the browser's search.
   */
  static void inlineSvgImages(Document page, Drawings drawings) {
    for (Element image : page.select("img[src^=images/][src$=.svg]")) {
      List<Attribute> attributes = image.attributes().asList();
      String name = image.attr("src").substring("images/".length());
      if (attributes.size() < 2
          || !attributes.get(0).getKey().equals("src")
          || !attributes.get(1).getKey().equals("alt")
          || !name.matches("[\\w.-]+")) {
        continue;
      }
      Optional<Document> svg = drawings.apply(name);
      if (svg.isPresent()) {
        List<Node> drawing = Markup.content(svg.get().clone());
        drawing.stream()
            .filter(Element.class::isInstance)
            .map(Element.class::cast)
            .filter(element -> element.nameIs("svg"))
            .findFirst()
            .ifPresent(root -> labelled(root, image.attr("alt")));
        image.parent().insertChildren(image.siblingIndex(), drawing);
        image.remove();
      }
    }
  }

  /**
   * The drawing's own size gives way to the page's (its view box keeps its proportions); its name
   * is the image's alt text.
   */
  private static void labelled(Element svg, String alt) {
    List<Attribute> attributes = svg.attributes().asList();
    for (int i = 0; i + 1 < attributes.size(); i++) {
      if (attributes.get(i).getKey().equals("width")
          && attributes.get(i + 1).getKey().equals("height")) {
        Attributes labelled = new Attributes();
        for (int j = 0; j < attributes.size(); j++) {
          if (j == i) {
            labelled.put("role", "img").put("aria-label", alt);
          } else if (j != i + 1) {
            labelled.put(attributes.get(j).getKey(), attributes.get(j).getValue());
          }
        }
        svg.clearAttributes();
        svg.attributes().addAll(labelled);
        return;
      }
    }
  }

  /**
   * Puts each table in a container that scrolls sideways, so that on a narrow screen a wide table
   * keeps readable columns instead of overflowing the page or squeezing its cells. The container
   * can be reached with the keyboard (and so scrolled with the arrow keys) and is named after the
   * table's caption, or the heading above a table without one.
   */
  static void wrapTables(Document page) {
    String heading = null;
    List<Element> tables = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      if (element.tagName().matches("h[1-6]") && element.hasAttr("id")) {
        heading = element.id();
      } else if (isTableBlock(element)
          && element.parents().stream().noneMatch(HtmlPage::isTableBlock)) {
        tables.add(element);
        headings.add(heading);
      }
    }
    for (int i = 0; i < tables.size(); i++) {
      Element table = tables.get(i);
      Element scroll = new Element("div").addClass("table-scroll");
      Element caption = table.selectFirst("caption");
      if (caption != null) {
        scrollRegion(scroll).attr("aria-label", Markup.textOf(caption).strip());
      } else if (headings.get(i) != null) {
        scrollRegion(scroll).attr("aria-labelledby", headings.get(i));
      } else {
        // A table above every heading has no name to take: it is still reachable with the keyboard.
        scroll.attr("tabindex", "0");
      }
      table.before(scroll);
      scroll.appendChild(table);
    }
  }

  /** The attribute of a table's cell that holds its column's header, as a phone shows it. */
  static final String CELL_LABEL = "data-label";

  /** The class of a glossary's other-language term that says the same as the term. */
  static final String NAMED_ALIKE = PdfPrinter.NAMED_ALIKE;

  /**
   * Gives each body cell of a table with one row of column headers that header's text: on a phone
   * the stylesheet sets each row as a block, each cell under its header's name, instead of a table
   * of four columns that scrolled sideways. A table whose rows do not line up with its header (a
   * cell spanning columns, a nested table, no header) keeps its columns; so does the glossary,
   * which the stylesheet sets as a glossary.
   */
  static void labelCellsWithTheirHeader(Document page) {
    for (Element table : page.select("table.tableblock:not(.glossary)")) {
      List<Element> headers = table.select("> thead > tr > th");
      boolean lined =
          table.select("> thead > tr").size() == 1
              && !headers.isEmpty()
              && table.getElementsByTag("table").size() == 1
              && table.select("[colspan], [rowspan]").isEmpty()
              && table.select("> tbody > tr").stream()
                  .allMatch(row -> row.children().size() == headers.size());
      if (!lined) {
        continue;
      }
      for (Element row : table.select("> tbody > tr")) {
        for (int i = 0; i < headers.size(); i++) {
          row.child(i).attr(CELL_LABEL, Markup.textOf(headers.get(i)).strip());
        }
      }
    }
  }

  /**
   * Marks a glossary entry's other-language term where it is written as the term is ("Amazon EBS",
   * "NAT"): the screen shows each entry as the term with its other name after it, and "NAT NAT"
   * said one name twice. The cell stays in the table (the print copy reads it too).
   */
  static void markTermsNamedAlike(Document page) {
    for (Element row : page.select("table.glossary > tbody > tr")) {
      if (row.childrenSize() >= 2
          && Markup.textOf(row.child(0)).strip().equals(Markup.textOf(row.child(1)).strip())) {
        row.child(1).addClass(NAMED_ALIKE);
      }
    }
  }

  /** The role of a glossary that names the language of its second column ("other-lang-ja"). */
  static final String OTHER_LANGUAGE_ROLE = "other-lang-";

  /**
   * The glossary's other-language terms carry their language ({@code lang} on the second column's
   * cells), so that a screen reader reads 「アベイラビリティーゾーン」 as Japanese and the browser spaces it as
   * Japanese text (design review 6: the English page's Japanese glosses were taken for English).
   */
  static void markOtherLanguageTerms(Document page) {
    for (Element table : page.select("table.glossary")) {
      String language =
          table.classNames().stream()
              .filter(name -> name.startsWith(OTHER_LANGUAGE_ROLE))
              .map(name -> name.substring(OTHER_LANGUAGE_ROLE.length()))
              .findFirst()
              .orElse("");
      if (!language.isEmpty()) {
        for (Element row : table.select("> tbody > tr")) {
          if (row.childrenSize() >= 2) {
            row.child(1).attr("lang", language);
          }
        }
      }
    }
  }

  private static boolean isTableBlock(Element element) {
    return element.nameIs("table") && element.attr("class").matches("tableblock\\b.*");
  }

  private static Element scrollRegion(Element element) {
    return element.attr("role", "region").attr("tabindex", "0");
  }

  /** The role of the part of a figure's title that says who drew it and from what. */
  static final String FIGURE_CREDIT = "figure-credit";

  /**
   * Sets each figure's credit line (the part of its title in a {@value #FIGURE_CREDIT} span, with
   * the citations after it) under its caption, as a line of its own: the caption says what the
   * figure shows in one or two lines, the credit who drew it, from what, and what the editors
   * added, with the sources of those additions. The source keeps both in the block's title, so that
   * the checks of a caption (an editorial figure cites its sources) read them together.
   */
  static void figureCredits(Document page) {
    for (Element span : page.select("div.imageblock > div.title > span." + FIGURE_CREDIT)) {
      Element title = span.parent();
      Element credit = new Element("div").addClass(FIGURE_CREDIT);
      List<Node> moved = new ArrayList<>(span.childNodes());
      Node next = span.nextSibling();
      // No space between a Japanese full stop and the citations after it: the 。 then goes after
      // them (typography.JapaneseCitations), as in the text.
      if (span.wholeText().endsWith("。")
          && next instanceof TextNode gap
          && gap.isBlank()
          && gap.nextSibling() != null) {
        next = gap.nextSibling();
        gap.remove();
      }
      for (; next != null; next = next.nextSibling()) {
        moved.add(next);
      }
      Node before = span.previousSibling();
      span.remove();
      moved.forEach(Node::remove);
      credit.appendChildren(moved);
      if (before instanceof TextNode text) {
        text.text(text.getWholeText().stripTrailing());
      }
      title.after(credit);
    }
  }

  /**
   * Makes each figure's box (which scrolls sideways on a phone) reachable with the keyboard, named
   * after the figure's title.
   */
  static void scrollableFigures(Document page) {
    for (Element figure : page.select("div.imageblock")) {
      boolean asciidoctorShape =
          figure.attr("class").matches("imageblock\\b[^\"]*")
              && (onlyAttributes(figure, "class") || onlyAttributes(figure, "id", "class"));
      Element content = figure.firstElementChild();
      if (asciidoctorShape
          && content != null
          && onlyBlankBefore(content)
          && content.nameIs("div")
          && onlyAttributes(content, "class")
          && content.className().equals("content")) {
        figureName(content).ifPresent(name -> scrollRegion(content).attr("aria-label", name));
      }
    }
  }

  /** The figure's title, or the alt text of an untitled figure's image. */
  private static Optional<String> figureName(Element content) {
    Element title = content.nextElementSibling();
    if (title != null
        && onlyBlankBefore(title, content)
        && title.nameIs("div")
        && onlyAttributes(title, "class")
        && title.className().equals("title")) {
      return Optional.of(Markup.textOf(title).strip());
    }
    return content.select("[aria-label], [alt]").stream()
        .findFirst()
        .map(
            named ->
                named.hasAttr("aria-label") && !firstIs(named, "alt")
                    ? named.attr("aria-label")
                    : named.attr("alt"))
        .map(String::strip);
  }

  /** Whether of an element's naming attributes, {@code key} is written first. */
  private static boolean firstIs(Element element, String key) {
    for (Attribute attribute : element.attributes()) {
      if (attribute.getKey().equals("alt") || attribute.getKey().equals("aria-label")) {
        return attribute.getKey().equals(key);
      }
    }
    return false;
  }

  /**
   * Gives each section of the first two levels the links to the same section in the other locales,
   * first in the section so that the stylesheet can keep them in view while the section is.
   */
  static void sectionSwitchers(Document page, LocaleLinks links) {
    for (Element section : page.select("div.sect1, div.sect2")) {
      Element heading = section.firstElementChild();
      boolean asciidoctorShape =
          onlyAttributes(section, "class")
              && section.className().matches("sect[12]")
              && heading != null
              && heading.tagName().matches("h[23]")
              && onlyBlankBefore(heading)
              && !heading.attributes().isEmpty()
              && heading.attributes().asList().get(0).getKey().equals("id")
              && !heading.id().isEmpty();
      if (asciidoctorShape) {
        heading.before(links.sectionSwitcher(heading.id()));
        heading.before(new TextNode("\n"));
      }
    }
  }

  /**
   * Names the page's parts as landmarks (banner, navigation, main, contentinfo), so that every
   * piece of the page is inside one and a screen reader can jump between them.
   */
  static void landmarks(Document page) {
    landmark(page.getElementById("header"), "banner");
    Element toc = page.getElementById("toc");
    if (toc != null
        && toc.nameIs("div")
        && onlyAttributes(toc, "id", "class")
        && toc.className().matches("toc2?")) {
      toc.attr("role", "navigation");
      if (page.selectFirst("div#toctitle") != null) {
        toc.attr("aria-labelledby", "toctitle");
      }
    }
    landmark(page.getElementById("content"), "main");
    landmark(page.getElementById("footer"), "contentinfo");
  }

  private static void landmark(Element part, String role) {
    if (part != null && part.nameIs("div") && onlyAttributes(part, "id")) {
      part.attr("role", role);
    }
  }

  /** The Open Graph title, description and locales, from the page's own title and description. */
  private static List<Element> openGraph(Document page, LocaleLinks links) {
    List<Element> meta = new ArrayList<>();
    Element title = page.selectFirst("title");
    if (title != null) {
      meta.add(LocaleLinks.openGraph("og:title", Markup.textOf(title).strip()));
    }
    Element description = page.selectFirst("meta[name=description][content]");
    if (description != null && onlyAttributes(description, "name", "content")) {
      meta.add(LocaleLinks.openGraph("og:description", description.attr("content").strip()));
    }
    meta.add(LocaleLinks.openGraph("og:type", "book"));
    meta.addAll(links.openGraphLocales());
    return meta;
  }

  /** Appends an element on a line of its own, as Asciidoctor writes the head. */
  private static void appendLine(Element parent, Element child) {
    parent.appendChild(child);
    parent.appendChild(new TextNode("\n"));
  }

  /** Puts an element first in {@code parent}, on a line of its own. */
  private static void insertFirst(Element parent, Element child) {
    Node first = parent.firstChild();
    parent.prependChild(child);
    child.before(new TextNode("\n"));
    if (first instanceof TextNode text) {
      text.text("\n" + text.getWholeText());
    } else {
      child.after(new TextNode("\n"));
    }
  }

  /** Whether the element has exactly these attributes, in this order. */
  private static boolean onlyAttributes(Element element, String... keys) {
    List<Attribute> attributes = element.attributes().asList();
    if (attributes.size() != keys.length) {
      return false;
    }
    for (int i = 0; i < keys.length; i++) {
      if (!attributes.get(i).getKey().equals(keys[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether only white space comes before the element in its parent. */
  private static boolean onlyBlankBefore(Element element) {
    for (Node node = element.previousSibling(); node != null; node = node.previousSibling()) {
      if (!(node instanceof TextNode text) || !text.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Whether only white space lies between {@code before} and {@code element}. */
  private static boolean onlyBlankBefore(Element element, Element before) {
    for (Node node = element.previousSibling(); node != before; node = node.previousSibling()) {
      if (!(node instanceof TextNode text) || !text.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
