package io.github.awsnetbook.tools.printing;

import io.github.awsnetbook.tools.typography.WebAddresses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The print copy of a finished page: the same document, with what the PDF engine needs that a
 * browser does not. Nothing is removed that a reader of the PDF would miss.
 */
final class PrintPage {

  /** Marks the table of contents' list, so that the finisher can tag it as a TOC. */
  static final String TOC_MARK = "book-table-of-contents";

  private static final Pattern OTHER_LOCALE_PAGE =
      Pattern.compile("^\\.\\./([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)/index\\.html(#.*)?$");

  private PrintPage() {}

  /**
   * Prepares the page for printing; {@code pdfName} gives the PDF file of a locale, so that a link
   * to another locale's page becomes a link to its PDF handout.
   */
  static Document prepare(Document page, String fontFamily, UnaryOperator<String> pdfName) {
    // The engine embeds the whole font, subset to what it draws; the page's subsets are for
    // browsers.
    page.select("link[href$=book-fonts.css]").remove();
    // Asciidoctor's default stylesheet is for screens (the page links it so); the book's own
    // stylesheet has the print rules.
    page.select("link[rel=stylesheet][media=screen]").remove();
    // The engine takes the PDF's subject (and PDF/UA's description) from a meta named subject.
    Element subject = page.selectFirst("meta[name=dcterms.subject]");
    if (subject != null) {
      page.head()
          .appendElement("meta")
          .attr("name", "subject")
          .attr("content", subject.attr("content"));
    }
    // Section anchors are a screen affordance: empty links that would be tagged with no text.
    page.select("a.anchor").remove();
    WebAddresses.removeBreaks(page);
    anchorsOntoTheirParagraphs(page);
    String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
    labelFigures(page, fontFamily);
    boldCaptionLabels(page);
    describeLinks(page, pdfName);
    admonitionsAsBlocks(page);
    page.select("thead th").attr("scope", "col");
    glossaryAsList(page);
    page.select("#toc > ul").attr("title", TOC_MARK);
    titleBlock(page);
    keepLeadInsWithWhatFollows(page);
    markBackMatter(page);
    addBookmarks(page);
    addRunningHeaders(page, new HeadingText(lang));
    return page;
  }

  /**
   * The running heads: the book's title on the left, on the right the title of the chapter or
   * section in force at the top of the page, the one its first line of text belongs to (a running
   * element's {@code start}: the last one set before the page), each small, grey and on one line
   * (book.css). A reader looks to the head for where the page begins, not for the last heading on
   * it. The engine has no {@code string-set}; it takes running elements, which it draws in the page
   * margin (as artifacts, not as content). A section's head goes right before its block, after the
   * text of the one before: so it counts from the page after that text ends, and a heading at the
   * top of a page (kept with its lines, moved there) names that page. A page that opens a chapter
   * has none (empty heads are in force there); the chapter's heads follow its heading. A title too
   * long for half the line is shortened, never wrapped.
   */
  private static void addRunningHeaders(Document page, HeadingText heads) {
    // Running elements are CSS Generated Content for Paged Media, which validators of the published
    // stylesheet do not know: they live here, with the elements they place.
    page.head()
        .appendElement("style")
        .appendText(
            "@page { @top-left { content: element(book-title, start); }"
                + " @top-right { content: element(section-title, start); } }"
                + " .running-title { position: running(book-title); }"
                + " ."
                + RUNNING_SECTION
                + " { position: running(section-title); }");
    Element title = page.selectFirst("#header > h1");
    String bookTitle = title == null ? "" : heads.shortened(title.text(), RUNNING_HEAD_EMS);
    boolean soleChapter = page.body().hasClass(SOLE_CHAPTER);
    Element contents = page.selectFirst("#toc");
    for (Element heading : page.select("#content > .sect1 > h2")) {
      Element chapter = heading.parent();
      // A page that opens a chapter has no running heads, as in a book: empty ones are in force
      // at its top (set before the chapter's page break), the chapter's own from the next page.
      Element before =
          chapter.previousElementSibling() == null && contents != null ? contents : null;
      for (Element empty : List.of(runningTitle(""), runningSection(""))) {
        if (before != null) {
          before.appendChild(empty);
        } else {
          chapter.before(empty);
        }
      }
      // The sole chapter's heading is the book's title in the author's words: its pages before
      // its first section carry the book's title once, on the left.
      String chapterHead =
          soleChapter && chapter.previousElementSibling() == null
              ? ""
              : heads.shortened(heading.text(), RUNNING_HEAD_EMS);
      heading.after(runningSection(chapterHead));
      heading.after(runningTitle(bookTitle));
    }
    for (Element heading : page.select("#content > .sect1 .sect2 > h3")) {
      heading.parent().before(runningSection(heads.shortened(heading.text(), RUNNING_HEAD_EMS)));
    }
  }

  /**
   * An anchor that links nowhere (a source's {@code [[src-…]]}, an empty {@code <a id>}) gives its
   * ID to the paragraph it starts: the engine tags every {@code a} as a Link, and these were Link
   * elements with nothing in them (45 a book). Links to the ID land on the paragraph.
   */
  private static void anchorsOntoTheirParagraphs(Document page) {
    for (Element anchor : page.select("a[id]:not([href])")) {
      Element parent = anchor.parent();
      if (anchor.childNodeSize() == 0 && parent != null && parent.id().isEmpty()) {
        parent.attr("id", anchor.id());
        anchor.remove();
      }
    }
  }

  private static Element runningTitle(String text) {
    return new Element("div").addClass("running-title").text(text);
  }

  private static Element runningSection(String text) {
    return new Element("div").addClass(RUNNING_SECTION).text(text);
  }

  /** The class of the page's body in a book of one chapter (titlepage.SoleChapter's role). */
  static final String SOLE_CHAPTER = "sole-chapter";

  /** The class of the running element that names a chapter or section in the head. */
  static final String RUNNING_SECTION = "running-section";

  /**
   * The widest a running head may be, in ems of its 8 pt: each of the two heads has about half of
   * the 170 mm line (the margin boxes share it), 240 pt or 30 em, less a gap between them.
   */
  static final double RUNNING_HEAD_EMS = 26;

  /**
   * The title page lists the author, the edition and its date one under the other, so the comma
   * Asciidoctor puts after the edition (for a line that runs on) goes.
   */
  private static void titleBlock(Document page) {
    Element edition = page.selectFirst("#header .details #revnumber");
    if (edition != null) {
      edition.text(edition.text().replaceAll("[,、，]\\s*$", ""));
    }
  }

  /**
   * A paragraph that leads in to what follows (it ends with a colon, 「：」 or ":") is marked so that
   * it never ends a page (book.css keeps it with the next block); one whose last sentence points to
   * the figure after it ("下図を参照してください") is marked so that no space opens between them
   * (PagePlacement).
   */
  private static void keepLeadInsWithWhatFollows(Document page) {
    for (Element paragraph : page.select("#content .paragraph")) {
      Element next = paragraph.nextElementSibling();
      if (next != null && paragraph.text().strip().matches("(?s).*[:：]$")) {
        paragraph.addClass("lead-in");
      }
      if (next != null && next.is(".imageblock") && pointsBelow(paragraph.text())) {
        paragraph.addClass(PagePlacement.POINTS_BELOW);
      }
    }
  }

  /** The class of a part of the back matter (an appendix, the editors' account, the colophon). */
  static final String BACK_MATTER = "back-matter";

  /**
   * Marks the back matter: every part after the articles' chapters, whose headings carry the
   * article's id ({@code article-NNNN}); the print stylesheet sets its text a step smaller.
   */
  private static void markBackMatter(Document page) {
    for (Element heading : page.select("#content > .sect1 > h2")) {
      if (!heading.id().startsWith("article-")) {
        heading.parent().addClass(BACK_MATTER);
      }
    }
  }

  /** The words of a last sentence that point to a figure below it. */
  private static final Pattern POINTS_BELOW =
      Pattern.compile("(?i)(下図|下の図|次の図|以下の図|\\bbelow\\b|following figure)");

  /** Whether the last sentence of {@code text} points to the figure below it. */
  private static boolean pointsBelow(String text) {
    String[] sentences = text.strip().split("(?<=[。．.!?！？])\\s*(?=\\S)");
    return POINTS_BELOW.matcher(sentences[sentences.length - 1]).find();
  }

  /** The widest and tallest a drawing outside a figure block is printed. */
  static final double PICTURE_WIDTH_MM = 160;

  static final double PICTURE_HEIGHT_MM = 190;

  /**
   * An inline SVG figure is tagged as a Figure with its alt text and drawn in the book's font. A
   * figure's size is the stylesheet's: as wide as the measure where it stands (book.css), as high
   * as its view box's proportions give ({@link SvgTextDrawer}), so that a locale's figures follow
   * its measure. A drawing outside a figure block (the book has none) is sized here in proportion
   * to its view box, 160 mm wide or less, as every drawing was before the figures followed the
   * measure.
   */
  private static void labelFigures(Document page, String fontFamily) {
    for (Element svg : page.select("svg[aria-label]")) {
      svg.attr("alt", svg.attr("aria-label"));
      svg.attr("font-family", fontFamily);
      String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
      if (svg.closest(".imageblock") == null && box.length == 4) {
        double ratio = Double.parseDouble(box[3]) / Double.parseDouble(box[2]);
        double width = Math.min(PICTURE_WIDTH_MM, PICTURE_HEIGHT_MM / ratio);
        svg.attr(
            "style",
            String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", width, width * ratio));
      }
    }
  }

  /**
   * Each link gets a description (PDF/UA wants one on every link annotation): its own text, and for
   * a link that leaves the book, where it goes. Links to another locale's page point to that
   * locale's PDF, which is what a reader of the handout has beside this one.
   */
  private static void describeLinks(Document page, UnaryOperator<String> pdfName) {
    for (Element link : page.select("a[href]")) {
      String href = link.attr("href");
      Matcher otherLocale = OTHER_LOCALE_PAGE.matcher(href);
      if (otherLocale.matches()) {
        String fragment = otherLocale.group(2) == null ? "" : otherLocale.group(2);
        link.attr("href", pdfName.apply(otherLocale.group(1)) + fragment);
      }
      if (!link.hasAttr("title")) {
        String text = link.text().strip();
        boolean external = href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !href.equals(text);
        link.attr("title", text.isEmpty() ? href : external ? text + " (" + href + ")" : text);
      }
    }
  }

  /**
   * Asciidoctor lays out an admonition as a one-row table (icon cell, content cell); in the PDF
   * that would be tagged as a data table. Printed, it is a block: its label, then its content.
   */
  private static void admonitionsAsBlocks(Document page) {
    for (Element table : page.select("div.admonitionblock > table")) {
      Element label = table.selectFirst("td.icon");
      Element content = table.selectFirst("td.content");
      if (content == null) {
        continue;
      }
      Element block = new Element("div").addClass("admonition-body");
      // A note with its own title (編集部注, Editor's note) is labelled by that title alone, not
      // also by its kind (注記, Note).
      Element ownTitle = content.selectFirst("> .title");
      if (ownTitle != null) {
        block.appendElement("p").addClass("admonition-label").text(ownTitle.text());
        ownTitle.remove();
      } else if (label != null) {
        block.appendElement("p").addClass("admonition-label").text(label.text());
      }
      Element body = block.appendElement("div").addClass("admonition-content");
      body.insertChildren(0, content.childNodesCopy());
      table.replaceWith(block);
    }
  }

  /** The printed glossary: a list of entries, each a term line and a definition under it. */
  static final String GLOSSARY = "glossary-list";

  /**
   * The glossary, a table of three columns on the page, is printed as a book's glossary (as the
   * screen shows it at every width): each entry a block, the term with the other language's term
   * after it only where that differs ("Amazon EC2 Amazon EC2" said the same name twice), the
   * definition under them across the measure. The engine tags by element, not by how it is
   * displayed, so a table shown as blocks would be tagged as a broken table: the print copy holds
   * the entries as paragraphs instead. The cells' content moves as it is (links, marks).
   */
  private static void glossaryAsList(Document page) {
    for (Element table : page.select("table.glossary")) {
      Element list = new Element("div").addClass(GLOSSARY);
      for (Element row : table.select("> tbody > tr")) {
        if (row.childrenSize() < 3) {
          continue;
        }
        boolean namedAlike = row.child(1).hasClass(PdfPrinter.NAMED_ALIKE);
        Element entry = list.appendElement("div").addClass("glossary-entry");
        Element term = entry.appendElement("p").addClass("glossary-term");
        term.appendChild(content(row.child(0), "glossary-name"));
        if (!namedAlike) {
          term.appendText(" ");
          Element other = content(row.child(1), "glossary-other-term");
          term.appendChild(other);
          // A Japanese term in another language's book is marked so: it is set (and read) as
          // Japanese, a quarter em between its Japanese and its Latin letters.
          if (JAPANESE.matcher(other.text()).find() && !isJapanesePage(page)) {
            other.attr("lang", "ja");
          }
        }
        Element definition = entry.appendElement("p").addClass("glossary-definition");
        definition.insertChildren(0, cellContent(row.child(2)));
      }
      table.replaceWith(list);
    }
  }

  private static Element content(Element cell, String className) {
    Element span = new Element("span").addClass(className);
    span.insertChildren(0, cellContent(cell));
    return span;
  }

  /** A cell's content: the children of its paragraph (Asciidoctor's p.tableblock), or its own. */
  private static List<Node> cellContent(Element cell) {
    Element paragraph = cell.selectFirst("> p");
    return new ArrayList<>((paragraph == null ? cell : paragraph).childNodes());
  }

  private static final Pattern JAPANESE =
      Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

  private static boolean isJapanesePage(Element anywhere) {
    Element html =
        anywhere.ownerDocument() == null ? null : anywhere.ownerDocument().selectFirst("html");
    return html != null && html.attr("lang").startsWith("ja");
  }

  /**
   * The label of a caption ("図1", "Figure 1.") in a {@code span.caption-label}, which the print
   * stylesheet sets bold, the caption itself regular; the text stays as it was.
   */
  private static void boldCaptionLabels(Document page) {
    for (Element caption :
        page.select("#content .imageblock > .title, #content .tableblock > caption")) {
      if (caption.childNodeSize() == 0
          || !(caption.childNode(0) instanceof org.jsoup.nodes.TextNode first)) {
        continue;
      }
      Matcher label = CAPTION_LABEL.matcher(first.getWholeText());
      if (label.lookingAt()) {
        first.splitText(label.end());
        Element span = new Element("span").addClass("caption-label");
        first.before(span);
        span.appendChild(first);
      }
    }
  }

  /** A caption's label: a word and a number, with its full stop ("図1", "Figure 1."). */
  private static final Pattern CAPTION_LABEL = Pattern.compile("\\p{L}+ ?\\d+\\.?(?=[\\s　])");

  /**
   * The PDF's outline: one bookmark per section, nested as the sections are. A heading that opens
   * no section (a discrete one: the Japanese glossary's あ行, か行 …) is none: ten bookmarks for one
   * appendix of four pages would bury the book's own.
   */
  private static void addBookmarks(Document page) {
    Element bookmarks = page.head().appendElement("bookmarks");
    Deque<Element> open = new ArrayDeque<>();
    Deque<Integer> levels = new ArrayDeque<>();
    for (Element heading :
        page.select(
            "#content h2[id]:not(.discrete), #content h3[id]:not(.discrete),"
                + " #content h4[id]:not(.discrete)")) {
      int level = heading.tagName().charAt(1) - '0';
      while (!levels.isEmpty() && levels.peek() >= level) {
        levels.pop();
        open.pop();
      }
      Element parent = open.isEmpty() ? bookmarks : open.peek();
      Element bookmark =
          parent
              .appendElement("bookmark")
              .attr("name", HeadingText.withoutEmoji(heading.text()))
              .attr("href", "#" + heading.id());
      open.push(bookmark);
      levels.push(level);
    }
  }
}
