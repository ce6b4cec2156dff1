package io.github.awsnetbook.tools.epub;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Puts a page break marker ({@code epub:type="pagebreak"}) into the EPUB's documents where each
 * page of the printed book begins, so that "page 5" of the PDF is a place in the EPUB too. A page
 * begins where the EPUB's text, read from the previous page's start on, first reads as that page's
 * text does: a page's first text may be a list's number or a glossary entry as the print copy sets
 * it, which the page does not have, so the first stretch of the page's text that the EPUB's text
 * has decides.
 */
final class PageBreaks {

  /** How many characters of a page's text (white space left out) must read as the EPUB's do. */
  static final int KEY_LENGTH = 16;

  /** How many characters a shorter stretch has, looked for only where the previous page ends. */
  static final int SHORT_KEY_LENGTH = 6;

  /** How far into a page's text a stretch that the EPUB has is looked for. */
  private static final int FURTHEST_START = 600;

  /** How much further than the previous page's length a page may start, for a shorter stretch. */
  private static final int SLACK = 100;

  /** One marker put in: the document it is in and the page it marks (1 for the first). */
  record Marker(Document document, int page, String id) {}

  private PageBreaks() {}

  /**
   * Marks the start of each page of {@code pages} (the printed text of each page) in {@code
   * documents}, in reading order; the first page starts the first document.
   *
   * @throws IllegalStateException if a page's text is not found after the previous page's start
   */
  static List<Marker> mark(List<Document> documents, List<String> pages) {
    List<Place> text = places(documents);
    StringBuilder squeezed = new StringBuilder();
    text.forEach(place -> squeezed.appendCodePoint(place.codePoint()));
    String all = squeezed.toString();
    List<Place> starts = new ArrayList<>();
    int cursor = 0;
    for (int page = 1; page <= pages.size(); page++) {
      if (page == 1) {
        starts.add(null);
        continue;
      }
      String previous = squeeze(pages.get(page - 2));
      int previousEnd = endOf(all, previous, Math.max(0, cursor - 1));
      int found = find(all, squeeze(pages.get(page - 1)), cursor, previous.length(), previousEnd);
      if (found < 0) {
        throw new IllegalStateException(
            "the text of printed page "
                + page
                + " is not in the EPUB after page "
                + (page - 1)
                + "'s start: "
                + abbreviated(pages.get(page - 1)));
      }
      starts.add(text.get(all.codePointCount(0, found)));
      cursor = found + 1;
    }
    List<Marker> markers = new ArrayList<>();
    // Last page first: a text node split for a page keeps the earlier pages' places in it.
    for (int page = starts.size(); page >= 1; page--) {
      Element marker = marker(page);
      Place start = starts.get(page - 1);
      Document document;
      if (start == null) {
        document = documents.get(0);
        document.body().prependChild(marker);
      } else {
        document = start.node().ownerDocument();
        insertBefore(start, marker);
      }
      markers.add(0, new Marker(document, page, marker.id()));
    }
    return markers;
  }

  /** The id of the marker of a page. */
  static String id(int page) {
    return "page-" + page;
  }

  private static Element marker(int page) {
    Element marker = new Element("span");
    marker.attr("id", id(page));
    marker.attr("epub:type", "pagebreak");
    marker.attr("role", "doc-pagebreak");
    marker.attr("aria-label", Integer.toString(page));
    return marker;
  }

  /**
   * Where in the EPUB's text, read from {@code from} on, the last stretch of {@link #KEY_LENGTH}
   * characters of the previous page's text that the EPUB has ends; -1 if none does. The EPUB reads
   * more there than the page prints when a figure of it was set on an earlier page (above the note
   * before it): its caption comes in between.
   */
  private static int endOf(String all, String previous, int from) {
    for (int end = previous.length();
        end >= KEY_LENGTH && end >= previous.length() - FURTHEST_START;
        end--) {
      if (Character.isHighSurrogate(previous.charAt(end - 1))) {
        continue;
      }
      int found = all.indexOf(previous.substring(end - KEY_LENGTH, end), from);
      if (found >= 0) {
        return found + KEY_LENGTH;
      }
    }
    return -1;
  }

  /**
   * The first place at or after {@code cursor} where a stretch of the page's first characters reads
   * as the EPUB's text; -1 if there is none. A stretch of {@link #KEY_LENGTH} characters is looked
   * for anywhere after the cursor; a shorter one (the contents' entries, cut by their leaders and
   * page numbers) only where the previous page ({@code previousLength} characters as printed) ends:
   * from half its length after the cursor to {@link #SLACK} past its end, or past where the EPUB
   * reads its last text ({@code previousEnd}, -1 if unknown), since a few words of a page often
   * stand earlier on the page before it too.
   */
  private static int find(
      String all, String page, int cursor, int previousLength, int previousEnd) {
    if (page.isEmpty()) {
      return -1;
    }
    int length = Math.min(KEY_LENGTH, page.length());
    for (int start = 0;
        start + SHORT_KEY_LENGTH <= page.length() && start <= FURTHEST_START;
        start++) {
      if (Character.isLowSurrogate(page.charAt(start))) {
        continue;
      }
      if (start + length <= page.length()) {
        int found = all.indexOf(page.substring(start, start + length), cursor);
        if (found >= 0) {
          return found;
        }
      }
      int nearby =
          all.indexOf(page.substring(start, start + SHORT_KEY_LENGTH), cursor + previousLength / 2);
      if (nearby >= 0
          && (nearby - cursor <= previousLength + SLACK
              || (previousEnd >= 0 && nearby >= previousEnd && nearby - previousEnd <= SLACK))) {
        return nearby;
      }
    }
    return -1;
  }

  /** A character of the EPUB's text: the text node it is in, and where in that node's text. */
  private record Place(TextNode node, int offset, int codePoint) {}

  /**
   * Every character of the documents' bodies that is read as text (not white space, not a drawing's
   * labels), in reading order.
   */
  private static List<Place> places(List<Document> documents) {
    List<Place> places = new ArrayList<>();
    for (Document document : documents) {
      NodeTraversor.traverse(
          (node, depth) -> {
            if (node instanceof TextNode text && read(text)) {
              String whole = text.getWholeText();
              for (int i = 0; i < whole.length(); i += Character.charCount(whole.codePointAt(i))) {
                int codePoint = whole.codePointAt(i);
                if (!skipped(codePoint)) {
                  places.add(new Place(text, i, codePoint));
                }
              }
            }
          },
          document.body());
    }
    return places;
  }

  private static boolean read(TextNode text) {
    for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
      if (parent instanceof Element element
          && (element.nameIs("svg") || element.hasAttr("hidden"))) {
        return false;
      }
    }
    return true;
  }

  /** The text without white space and the invisible characters that are not drawn. */
  static String squeeze(String text) {
    StringBuilder squeezed = new StringBuilder();
    text.codePoints().filter(c -> !skipped(c)).forEach(squeezed::appendCodePoint);
    return squeezed.toString();
  }

  private static boolean skipped(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == 0x00AD
        || codePoint == 0x200B
        || codePoint == 0x2060;
  }

  /**
   * Puts the marker right before the character at {@code place}, splitting its text node; a page
   * that begins with a figure (its caption, the first text the page reads, comes after the drawing)
   * begins before the drawing.
   */
  private static void insertBefore(Place place, Element marker) {
    TextNode node = place.node();
    Element figure = figureCaptioned(node);
    if (place.offset() == 0 && figure != null) {
      figure.prependChild(marker);
    } else if (place.offset() == 0) {
      node.before(marker);
    } else {
      node.splitText(place.offset()).before(marker);
    }
  }

  /** The figure whose caption starts with {@code text}, if it does. */
  private static Element figureCaptioned(TextNode text) {
    Element caption = text.parentElement();
    if (caption == null
        || !caption.hasClass("title")
        || caption.parent() == null
        || !caption.parent().hasClass("imageblock")
        || text.previousSibling() != null) {
      return null;
    }
    return caption.parent();
  }

  private static String abbreviated(String text) {
    String squeezed = squeeze(text);
    return squeezed.length() <= 40 ? squeezed : squeezed.substring(0, 40) + "…";
  }
}
