package io.github.awsnetbook.tools.typography;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Japanese typesetting for the printed page, where the PDF engine needs the text marked up:
 *
 * <ul>
 *   <li>Headings, captions and the table of contents break between phrases (文節) only: each phrase
 *       is a {@code span.phrase}, which the print stylesheet keeps on one line.
 *   <li>Justified paragraphs take their extra space between Japanese characters and at the
 *       boundaries with Latin text, never inside a Latin word or a number and never in a space
 *       between two Latin words: each run of Latin text with its spaces is a {@code span.latin},
 *       which the print stylesheet sets with an explicit letter spacing; the engine leaves such
 *       text out of justification.
 *   <li>Between Japanese and Latin letters or digits, JLREQ's quarter em (3.2.5) comes from an
 *       empty {@code span.jl-autospace} that the print stylesheet gives that width; the engine's
 *       patched justification widens it up to half an em, before it widens the gaps between
 *       Japanese characters, and lets it take no room at the start or the end of a line.
 *   <li>A pair of full-width punctuation marks is set in one and a half em (JLREQ 3.1.4): an empty
 *       {@code span.jl-trim} between them takes back the blank half of the closing mark before it,
 *       or of the opening mark after it.
 *   <li>A link or a phrase of inline markup stays on one line with the punctuation after it that
 *       may not start a line (a citation's "[2]." or "[2]。"): the engine may break wherever an
 *       element ends, so the two are a {@code span.keep-together}, which the print stylesheet does
 *       not break.
 * </ul>
 *
 * <p>The marks are empty elements, so they add nothing to the text that is drawn, tagged, copied or
 * searched, and they keep the order in which the engine draws a line's text.
 */
public final class PrintTypesetting {

  /** Inline elements that keep the punctuation after them on their line. */
  static final String KEPT_WITH_PUNCTUATION =
      "#content span.citations, #content a, #content strong, #content em, #content code,"
          + " #content mark, #content span.nobreak";

  /**
   * Elements whose text breaks between phrases: headings, captions, the contents, and table cells,
   * whose narrow lines broke words ("サービ" / "ス", "プラ" / "イベート"). Not the colophon's values (a
   * horizontal list's second column): they are running text on most of the measure, and broken
   * between phrases they left lines five characters short.
   */
  static final String PHRASED =
      "h1, h2, h3, h4, h5, h6, .title, caption, #toc li > a, #content td:not(.hdlist2) p,"
          + " #content th p";

  /** Running text: paragraphs, and the credit line under a figure's caption. */
  static final String RUNNING_TEXT = "#content p, #content .figure-credit";

  /** Running heads: their Japanese set apart from their Latin, as in the text. */
  static final String RUNNING_HEADS = ".running-title, .running-section";

  private final BreakOpportunities breaks;
  private final String lang;

  public PrintTypesetting(String lang) {
    this.breaks = new BreakOpportunities(lang);
    this.lang = lang;
  }

  /**
   * Each date of the page's text but the list of sources in a {@code span.keep-together}, which the
   * print stylesheet does not break: its characters stay as they were (a space, not a no-break
   * space, is drawn, tagged and copied), and the engine keeps one text without a break opportunity
   * on one line.
   */
  private static void keepDatesWhole(Document page, Pattern dates) {
    for (TextNode node : textNodes(page.body())) {
      // The list of sources is left as it is in English: its entries end with a date of access
      // after a long address, and a whole date carried over left the line before it 80 pt short.
      // In Japanese a date broken after its month ("2026年12月" / "7日") reads worse.
      if (node.parent().hasClass("keep-together")
          || (dates == ENGLISH_DATE && node.parent().closest("ul.bibliography") != null)
          || (dates == SHORT_COMPOUND
              && node.parent().closest("a, code, ul.bibliography") != null)) {
        continue;
      }
      String text = node.getWholeText();
      Matcher date = dates.matcher(text);
      List<Node> pieces = new ArrayList<>();
      int start = 0;
      while (date.find()) {
        if (date.start() > start) {
          pieces.add(new TextNode(text.substring(start, date.start())));
        }
        pieces.add(span("keep-together", date.group()));
        start = date.end();
      }
      if (start == 0) {
        continue;
      }
      if (start < text.length()) {
        pieces.add(new TextNode(text.substring(start)));
      }
      replace(node, pieces);
    }
  }

  /**
   * An English date ("December 7, 2026") with the opening marks before it and the closing marks
   * after it: set on one line, as a book sets a date, rather than broken after its month or its
   * day, or after the bracket that opens it.
   */
  static final Pattern ENGLISH_DATE =
      Pattern.compile(
          "[(\\[“‘]*(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December) \\d{1,2}, \\d{4}[.,;:)\\]]*");

  /**
   * A compound whose part before its hyphen is one to three letters or digits ("IP-VPN", "SD-WAN"):
   * set whole, as a book does not break "IP-" / "VPN" at a line's end; a longer first part ("Site-"
   * / "to-Site") may still break after its hyphen. Not in addresses or code.
   */
  static final Pattern SHORT_COMPOUND =
      Pattern.compile(
          "(?<![A-Za-z0-9-])[（「『“‘(\\[]*[A-Za-z0-9]{1,3}-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
              + "[）」』”’)\\].,;:、。]*");

  /**
   * A Japanese date ("2026年12月7日") with the opening marks before it and the closing marks after it:
   * an opening bracket left at a line's end, before a date that went on to the next line, would
   * break the line-end rule (行末禁則).
   */
  static final Pattern JAPANESE_DATE =
      Pattern.compile("[（「『［〔【]*\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?[。、）」』.]*");

  /**
   * A Japanese range of numbers ("図1〜3", "⑴〜⑷", "1.〜4.") with the marks around it: set whole, as a
   * book does not leave "図1〜" at a line's end and "3" at the next line's start.
   */
  static final Pattern JAPANESE_RANGE =
      Pattern.compile("[（「『［〔【]*[図表]?[0-9⑴-⒇]+\\.?〜[図表]?[0-9⑴-⒇]+\\.?[。、）」』]*");

  /**
   * How many characters a Japanese paragraph's last line holds at least: JLREQ asks that a
   * paragraph not end on a line of one or two characters ("す。" alone).
   */
  static final int LAST_LINE_CHARACTERS = 3;

  /** The title page's block of author, edition and dates: set as the text is. */
  static final String TITLE_BLOCK = "#header .details";

  /** Marks up the Japanese text of {@code page} for printing. */
  public Document apply(Document page) {
    if ("en".equals(lang)) {
      keepDatesWhole(page, ENGLISH_DATE);
      keepDatesWhole(page, SHORT_COMPOUND);
      EnglishBreaks.mark(page);
    } else if ("ja".equals(lang)) {
      keepDatesWhole(page, JAPANESE_DATE);
      keepDatesWhole(page, JAPANESE_RANGE);
      keepDatesWhole(page, SHORT_COMPOUND);
    }
    // Before the Latin runs, which take an opening bracket before a Latin word into theirs.
    for (Element description : page.select("#content dd > p")) {
      if (isJapanese(description)) {
        JapaneseSpacing.markOpeningBracketAtStart(description);
      }
    }
    for (Element element : page.select(PHRASED)) {
      if (isJapanese(element)) {
        textNodes(element).forEach(this::wrapPhrases);
        // After the phrases: a boundary between two phrases gets its mark at the second's start.
        JapaneseSpacing.insertMarks(textNodesIn(element), breaks);
      }
    }
    for (Element element :
        page.select(RUNNING_HEADS + ", " + TITLE_BLOCK + ", #content [lang=ja]")) {
      if (isJapanese(element) && element.select(PHRASED).isEmpty()) {
        // Not the text of its Japanese paragraphs, which the loop below marks (a side of the
        // parallel edition holds them: marked twice, each boundary took half an em).
        List<TextNode> own =
            textNodesIn(element).stream().filter(node -> !inMarkedParagraph(node)).toList();
        JapaneseSpacing.insertMarks(own, breaks);
      }
    }
    for (Element paragraph : page.select(RUNNING_TEXT)) {
      if (!paragraph.select(PHRASED).isEmpty()) {
        continue;
      }
      if (isJapanese(paragraph)) {
        keepTheLastCharactersTogether(paragraph);
        JapaneseSpacing.mark(paragraph, breaks);
        textNodes(paragraph).forEach(this::wrapLatinRuns);
        JapaneseSpacing.markSpacesBesideSigns(textNodesIn(paragraph));
      }
    }
    for (Element inline : page.select(KEPT_WITH_PUNCTUATION)) {
      boolean kept = keepWithAdjacentPunctuation(inline);
      if (!kept && inline.closest("ul.bibliography") != null) {
        // An address with no full stop after it (the Japanese list) is kept as one too: its last
        // piece whole ("…to-the-aws-" / "cloud/" is no break of an address), its others free.
        inline.wrap("<span class=\"keep-together\"></span>");
        kept = true;
      }
      boolean opened = kept && inline.previousSibling() != null;
      // A name kept whole (WholeNames) stays one text: it has no head that may break.
      if (!inline.hasClass("nobreak")
          && ((kept && !opened) || inline.closest("ul.bibliography") != null)) {
        // An opening mark stays with the inline's first piece: the whole inline is kept then.
        letTheHeadBreak(inline);
      }
      // A citation group's 。 stays a text of its own, which hangs at a line's end (the engine's
      // patched InlineBoxing glues the group to its text and lets its closing marks hang).
      if (kept && !inline.hasClass("citations")) {
        joinClosingMarks(inline);
      }
    }
    return page;
  }

  /**
   * Keeps a Japanese paragraph's last {@link #LAST_LINE_CHARACTERS} characters (more where a line
   * may not break between them, by kinsoku) in a {@code span.keep-together}, so that its last line
   * holds at least that many: the line before gives up one or two characters, which its other gaps
   * take up. The characters stay as they were. Not when the paragraph ends in inline markup (a
   * link, a citation), which is kept with its punctuation already.
   */
  private static void keepTheLastCharactersTogether(Element paragraph) {
    List<TextNode> nodes = textNodes(paragraph);
    if (nodes.isEmpty()) {
      return;
    }
    TextNode last = nodes.get(nodes.size() - 1);
    if (last.parent() != paragraph || !last.text().equals(lastTextOf(paragraph))) {
      return;
    }
    String text = last.getWholeText().stripTrailing();
    int start = text.length();
    int kept = 0;
    while (start > 0 && kept < LAST_LINE_CHARACTERS) {
      start -= Character.charCount(text.codePointBefore(start));
      kept += Character.isWhitespace(text.codePointAt(start)) ? 0 : 1;
    }
    while (start > 0
        && (Kinsoku.mayNotStartALine(text.codePointAt(start))
            || Kinsoku.mayNotEndALine(text.codePointBefore(start)))) {
      start -= Character.charCount(text.codePointBefore(start));
    }
    // Japanese characters only: a Latin run is a span of its own, which a break may follow.
    if (start == 0
        || kept < LAST_LINE_CHARACTERS
        || !text.substring(start).codePoints().allMatch(Scripts::isSpaceless)) {
      return;
    }
    List<Node> pieces = new ArrayList<>();
    pieces.add(new TextNode(last.getWholeText().substring(0, start)));
    pieces.add(span("keep-together", last.getWholeText().substring(start)));
    replace(last, pieces);
  }

  /** The paragraph's text from its last non-blank text on, trimmed: where it ends. */
  private static String lastTextOf(Element paragraph) {
    TextNode found = null;
    for (TextNode node : textNodesIn(paragraph)) {
      if (!node.isBlank()) {
        found = node;
      }
    }
    return found == null ? "" : found.text();
  }

  /**
   * Wraps {@code inline}, the marks right before it that may not end a line (opening brackets and
   * quotes) and those right after it that may not start one (closing brackets and quotes, full
   * stops, commas, 。、 and the like, by their Unicode line-break class) in one span.
   */
  private static boolean keepWithAdjacentPunctuation(Element inline) {
    TextNode opening = openingMarksBefore(inline);
    TextNode closing = closingMarksAfter(inline);
    if (opening == null && closing == null) {
      return false;
    }
    Element keep = new Element("span").addClass("keep-together");
    inline.before(keep);
    if (opening != null) {
      keep.appendChild(opening);
    }
    keep.appendChild(inline);
    if (closing != null) {
      keep.appendChild(closing);
    }
    return true;
  }

  /**
   * Moves the closing marks kept after {@code inline} into its last text: the engine lays out each
   * text of an element on its own and breaks before one that does not fit, however its parent's
   * {@code white-space} reads, so a citation "[31]" that ends a full line left its "." to start the
   * next. In one text the two have no break between them. The characters, and their order in the
   * text drawn, tagged and copied, stay as they were.
   */
  private static void joinClosingMarks(Element inline) {
    if (!(inline.nextSibling() instanceof TextNode closing)) {
      return;
    }
    TextNode last = null;
    for (TextNode node : textNodesIn(inline)) {
      last = node;
    }
    if (last == null) {
      return;
    }
    last.text(last.getWholeText() + closing.getWholeText());
    closing.remove();
  }

  /** The marks that end the text before {@code inline} and may not end a line, split off. */
  private static TextNode openingMarksBefore(Element inline) {
    if (!(inline.previousSibling() instanceof TextNode before)) {
      return null;
    }
    String text = before.getWholeText();
    int start = text.length();
    while (start > 0 && Kinsoku.mayNotEndALine(text.codePointBefore(start))) {
      start -= Character.charCount(text.codePointBefore(start));
    }
    if (start == text.length()) {
      return null;
    }
    return start == 0 ? before : before.splitText(start);
  }

  /** The marks that start the text after {@code inline} and may not start a line, split off. */
  private static TextNode closingMarksAfter(Element inline) {
    TextNode after = textRightAfter(inline);
    if (after == null) {
      return null;
    }
    String text = after.getWholeText();
    int end = 0;
    while (end < text.length() && Kinsoku.mayNotStartALine(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end));
    }
    if (end == 0) {
      return null;
    }
    if (end < text.length()) {
      after.splitText(end);
    }
    return after;
  }

  /**
   * Lets a kept inline break inside its text before its last break opportunity: only its last
   * unbreakable piece need stay with the punctuation, and a long one (a URL in the list of sources)
   * held whole would leave the line before it short. Each piece of the head goes in a {@code
   * span.may-break}; an address of the list of sources is split so, kept or not.
   */
  private void letTheHeadBreak(Element inline) {
    TextNode last = null;
    for (TextNode node : textNodesIn(inline)) {
      last = node;
    }
    if (last == null) {
      return;
    }
    String text = last.getWholeText();
    BitSet at =
        inline.closest("ul.bibliography") != null
            ? WebAddresses.breaks(text)
            : breaks.breaks(text, BreakStyle.EVERY_OPPORTUNITY);
    int tail = at.previousSetBit(text.length() - 1);
    if (tail <= 0) {
      return;
    }
    List<Node> pieces = new ArrayList<>();
    int start = 0;
    for (int end = at.nextSetBit(1); end > 0 && end <= tail; end = at.nextSetBit(end + 1)) {
      pieces.add(span("may-break", text.substring(start, end)));
      start = end;
    }
    last.splitText(tail);
    replace(last, pieces);
  }

  /**
   * The text right after {@code inline}: its next sibling, or the first text of the Latin run the
   * typesetting wrapped around what follows it (in Japanese, ". 2026" after an address is one run).
   */
  private static TextNode textRightAfter(Element inline) {
    Node next = inline.nextSibling();
    if (next instanceof Element run
        && run.nameIs("span")
        && run.hasClass("latin")
        && run.childNodeSize() > 0
        && run.childNode(0) instanceof TextNode first) {
      return first;
    }
    return next instanceof TextNode text ? text : null;
  }

  /** Whether a text is in running text that is marked as a Japanese paragraph of its own. */
  private static boolean inMarkedParagraph(TextNode node) {
    Element paragraph = node.parent() == null ? null : node.parent().closest(RUNNING_TEXT);
    return paragraph != null && paragraph.select(PHRASED).isEmpty() && isJapanese(paragraph);
  }

  private static List<TextNode> textNodesIn(Element element) {
    List<TextNode> nodes = new ArrayList<>();
    element.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text && !text.getWholeText().isEmpty()) {
            nodes.add(text);
          }
        });
    return nodes;
  }

  private void wrapPhrases(TextNode node) {
    String text = node.getWholeText();
    if (text.codePoints().noneMatch(Scripts::isSpaceless)) {
      return;
    }
    BitSet at = breaks.breaks(text, BreakStyle.BETWEEN_PHRASES);
    List<Node> pieces = new ArrayList<>();
    int start = 0;
    for (int end = at.nextSetBit(1); start < text.length(); end = at.nextSetBit(end + 1)) {
      int pieceEnd = end < 0 || end > text.length() ? text.length() : end;
      if (pieceEnd > start) {
        pieces.add(phrase(text.substring(start, pieceEnd)));
      }
      start = pieceEnd;
    }
    replace(node, pieces);
  }

  private static Node phrase(String text) {
    return text.isBlank() ? new TextNode(text) : span("phrase", text);
  }

  /**
   * Puts each Latin run of the text in a {@code span.latin}. The engine may break a line where one
   * element ends and the next begins, so a run's edges are moved to the nearest places where strict
   * kinsoku allows a break: 、 after a Latin word joins its span, so does （ before one.
   */
  private void wrapLatinRuns(TextNode node) {
    String text = node.getWholeText();
    BitSet allowed = breaks.breaks(text, BreakStyle.EVERY_OPPORTUNITY);
    allowed.set(0);
    allowed.set(text.length());
    List<Node> pieces = new ArrayList<>();
    int start = 0;
    int japanese = 0;
    while (start < text.length()) {
      if (!isLatinRun(text.codePointAt(start))) {
        start += Character.charCount(text.codePointAt(start));
        continue;
      }
      int end = start;
      while (end < text.length() && isLatinRun(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      int from = Math.max(japanese, allowed.previousSetBit(start));
      int to = allowed.nextSetBit(end);
      if (from > japanese) {
        pieces.add(new TextNode(text.substring(japanese, from)));
      }
      pieces.add(span("latin", text.substring(from, to)));
      japanese = to;
      start = to;
    }
    if (pieces.isEmpty()) {
      return;
    }
    if (japanese < text.length()) {
      pieces.add(new TextNode(text.substring(japanese)));
    }
    replace(node, pieces);
  }

  /**
   * Whether a character sets its own spacing: Latin letters, digits and their punctuation, and
   * every space, the ideographic one too. Justification then widens only the gaps between Japanese
   * characters; a space would otherwise take most of a line's extra width.
   */
  private static boolean isLatinRun(int codePoint) {
    return !Scripts.isSpaceless(codePoint) || Character.isSpaceChar(codePoint);
  }

  private static Element span(String className, String text) {
    return new Element("span").addClass(className).appendChild(new TextNode(text));
  }

  private static void replace(TextNode node, List<Node> pieces) {
    if (pieces.isEmpty()) {
      return;
    }
    for (Node piece : pieces) {
      node.before(piece);
    }
    node.remove();
  }

  static List<TextNode> textNodes(Element element) {
    List<TextNode> nodes = new ArrayList<>();
    element.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text && !text.isBlank()) {
            Element parent = (Element) text.parent();
            if (!parent.hasClass("phrase")
                && !parent.hasClass("latin")
                && parent.closest("svg, pre") == null) {
              nodes.add(text);
            }
          }
        });
    return nodes;
  }

  private static boolean isJapanese(Element element) {
    return language(element).equals("ja");
  }

  private static String language(Element element) {
    for (Element at = element; at != null; at = at.parent()) {
      if (at.hasAttr("lang")) {
        return at.attr("lang").split("-")[0];
      }
    }
    return "";
  }
}
