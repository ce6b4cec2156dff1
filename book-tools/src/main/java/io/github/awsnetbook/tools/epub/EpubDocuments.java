package io.github.awsnetbook.tools.epub;

import io.github.awsnetbook.tools.markup.Markup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The EPUB's content documents, made from a copy of the finished page: the title page as the cover,
 * the table of contents as the navigation document, and the book's text with its footer. What only
 * a web page has (the links to the other locales' pages, the headings' own anchor links) is left
 * out; everything else keeps the page's markup, classes and IDs, so that the one stylesheet sets it
 * as it sets the page.
 */
final class EpubDocuments {

  static final String COVER = "cover.xhtml";
  static final String NAV = "nav.xhtml";
  static final String BOOK = "book.xhtml";

  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String OPS = "http://www.idpf.org/2007/ops";

  /** The stylesheets every document links to, in the page's order (the book's, then its font). */
  static final List<String> STYLESHEETS = List.of("css/book.css", "fonts/book-fonts.css");

  /**
   * The three documents, the page's title, language and contents' title, and whether the page has a
   * table of contents: the nav then stands in the reading order where the page has it (after the
   * title page); a page without one has a nav of its headings outside the reading order.
   */
  record Documents(
      Document cover,
      Document nav,
      Document book,
      String title,
      String lang,
      String tocTitle,
      boolean navRead) {

    /** Every document: the cover, the nav, the book. */
    List<Document> all() {
      return List.of(cover, nav, book);
    }

    /** The file of each of {@link #all()}. */
    static List<String> files() {
      return List.of(COVER, NAV, BOOK);
    }

    /** The documents in reading order. */
    List<Document> spine() {
      return navRead ? all() : List.of(cover, book);
    }

    /** The file of a document. */
    String fileOf(Document document) {
      for (int i = 0; i < all().size(); i++) {
        if (all().get(i) == document) {
          return files().get(i);
        }
      }
      throw new IllegalArgumentException("not a document of this EPUB");
    }
  }

  private EpubDocuments() {}

  /**
   * The documents of the finished {@code page}, which is left as it is; {@code contents} names the
   * nav of a page without a table of contents.
   */
  static Documents of(Document page, String contents) {
    Document source = page.clone();
    String lang = source.selectFirst("html").attr("lang");
    String title = source.title();
    source.select("nav.locale-switcher, p.section-locales, a.anchor").remove();
    Element header = required(source.getElementById("header"), "div#header");
    Element toc = source.getElementById("toc");
    Element tocTitle = source.getElementById("toctitle");
    String tocText = tocTitle == null ? contents : Markup.textOf(tocTitle).strip();
    if (toc != null) {
      toc.remove();
    }
    String bodyClass = bookClasses(source.body());

    Document cover = document(lang, title, bodyClass);
    Element titlePage = cover.body().appendElement("div").attr("id", "header").attr("role", "main");
    moveChildren(header, titlePage);

    Document nav = document(lang, tocText, bodyClass);
    Element main = nav.body().appendElement("div").attr("role", "main");
    Document book = document(lang, title, bodyClass);
    for (String part : List.of("content", "footer")) {
      Element element = source.getElementById(part);
      if (element != null) {
        book.body().appendChild(element);
      }
    }
    main.appendChild(tocNav(toc == null ? headings(book) : toc.selectFirst("ul"), tocText));
    Documents documents = new Documents(cover, nav, book, title, lang, tocText, toc != null);
    linkAcrossDocuments(documents);
    return documents;
  }

  private static Element required(Element element, String what) {
    if (element == null) {
      throw new IllegalStateException("the finished page has no " + what + "; cannot make an EPUB");
    }
    return element;
  }

  /**
   * The page's classes but those of its side table of contents, which the EPUB has as its nav, and
   * {@code epub}, for the stylesheet's few rules that the page gets from Asciidoctor's stylesheet.
   */
  private static String bookClasses(Element body) {
    List<String> classes = new ArrayList<>();
    body.classNames().stream()
        .filter(name -> !name.startsWith("toc"))
        .sorted()
        .forEach(classes::add);
    classes.add("epub");
    return String.join(" ", classes);
  }

  /** An empty XHTML document of the book's language, title and stylesheets. */
  static Document document(String lang, String title, String bodyClass) {
    Document document = Markup.newXhtml();
    Element html =
        document
            .appendElement("html")
            .attr("xmlns", XHTML)
            .attr("xmlns:epub", OPS)
            .attr("lang", lang)
            .attr("xml:lang", lang);
    Element head = html.appendElement("head");
    head.appendElement("meta").attr("charset", "UTF-8");
    head.appendElement("title").text(title);
    for (String stylesheet : STYLESHEETS) {
      head.appendElement("link").attr("rel", "stylesheet").attr("href", stylesheet);
    }
    Element body = html.appendElement("body");
    if (!bodyClass.isEmpty()) {
      body.attr("class", bodyClass);
    }
    return document;
  }

  /**
   * The table of contents of the page as an EPUB navigation: its entries, in its words and order,
   * as ordered lists (the nav's form), each leading into the book's text.
   */
  private static Element tocNav(Element list, String tocText) {
    Element nav =
        new Element("nav")
            .attr("epub:type", "toc")
            .attr("role", "doc-toc")
            .attr("id", "toc")
            .attr("aria-labelledby", "toctitle");
    nav.appendElement("h1").attr("id", "toctitle").text(tocText);
    if (list != null) {
      nav.appendChild(orderedList(list));
    }
    return nav;
  }

  /**
   * The headings of the book's text as the page's table of contents lists them ({@code ul} of
   * {@code li} with a link, nested by level), for a page that has none.
   */
  private static Element headings(Document book) {
    Element top = new Element("ul");
    List<Element> lists = new ArrayList<>(List.of(top));
    List<Integer> levels = new ArrayList<>(List.of(0));
    for (Element heading : book.select("h2[id], h3[id], h4[id], h5[id], h6[id]")) {
      int level = heading.tagName().charAt(1) - '0';
      while (levels.size() > 1 && levels.get(levels.size() - 1) >= level) {
        lists.remove(lists.size() - 1);
        levels.remove(levels.size() - 1);
      }
      Element parent = lists.get(lists.size() - 1);
      if (parent.nameIs("li")) {
        Element nested = parent.selectFirst("> ul");
        parent = nested != null ? nested : parent.appendElement("ul");
      }
      Element item = parent.appendElement("li");
      item.appendElement("a").attr("href", "#" + heading.id()).text(Markup.textOf(heading).strip());
      lists.add(item);
      levels.add(level);
    }
    return top;
  }

  private static Element orderedList(Element list) {
    Element ordered = new Element("ol");
    if (!list.className().isEmpty()) {
      ordered.attr("class", list.className());
    }
    for (Element item : list.children()) {
      Element link = item.selectFirst("> a[href]");
      if (!item.nameIs("li") || link == null) {
        continue;
      }
      Element entry = ordered.appendElement("li");
      entry.appendElement("a").attr("href", link.attr("href")).text(Markup.textOf(link).strip());
      Element nested = item.selectFirst("> ul");
      if (nested != null) {
        entry.appendChild(orderedList(nested));
      }
    }
    return ordered;
  }

  /**
   * A link within the page leads to the document that holds its target; a link to another file of
   * the web site (another locale's page) is no link of the EPUB, and keeps its text only.
   */
  private static void linkAcrossDocuments(Documents documents) {
    Map<String, String> fileOfId = new HashMap<>();
    List<String> files = Documents.files();
    List<Document> spine = documents.all();
    for (int i = 0; i < spine.size(); i++) {
      for (Element element : spine.get(i).select("[id]")) {
        fileOfId.putIfAbsent(element.id(), files.get(i));
      }
    }
    for (int i = 0; i < spine.size(); i++) {
      for (Element link : spine.get(i).select("a[href]")) {
        String href = link.attr("href");
        if (href.startsWith("#")) {
          String file = fileOfId.get(href.substring(1));
          if (file == null) {
            link.unwrap();
          } else if (!file.equals(files.get(i))) {
            link.attr("href", file + href);
          }
        } else if (!href.matches("(?i)(https?|mailto):.*")) {
          link.unwrap();
        }
      }
    }
  }

  private static void moveChildren(Element from, Element to) {
    for (Node child : List.copyOf(from.childNodes())) {
      to.appendChild(child);
    }
    // The page's header starts with a line break of the source; the cover's text starts with
    // its title.
    if (to.firstChild() instanceof TextNode text && text.isBlank()) {
      text.remove();
    }
  }
}
