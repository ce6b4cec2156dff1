package io.github.awsnetbook.tools.publishing;

import io.github.awsnetbook.tools.locales.LocaleLinks;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inserts what the build adds to Asciidoctor's HTML page, at the places Asciidoctor leaves. */
final class HtmlPage {

  private static final String HEAD_END = "</head>";
  private static final String HEADER_START = "<div id=\"header\">";

  private static final Pattern TABLE_START =
      Pattern.compile("<table\\b[^>]*\\bclass=\"tableblock\\b");
  private static final String SCROLL_START = "<div class=\"table-scroll\" ";

  private static final Pattern SVG_IMAGE =
      Pattern.compile("<img src=\"images/([\\w.-]+\\.svg)\" alt=\"([^\"]*)\"[^>]*>");
  private static final Pattern CAPTION = Pattern.compile("<caption\\b[^>]*>(.*?)</caption>");
  private static final Pattern HEADING_ID = Pattern.compile("<h[1-6] id=\"([^\"]+)\"");
  private static final Pattern SECTION =
      Pattern.compile("(<div class=\"sect[12]\">\\s*)(?=<h[23] id=\"([^\"]+)\")");
  private static final Pattern FIGURE =
      Pattern.compile(
          "<div (?:id=\"[^\"]*\" )?class=\"imageblock\\b[^\"]*\">\\s*<div class=\"content\"");
  private static final Pattern FIGURE_TITLE =
      Pattern.compile("\\G\\s*<div class=\"title\">(.*?)</div>", Pattern.DOTALL);
  private static final Pattern ALT_TEXT = Pattern.compile("(?:aria-label|alt)=\"([^\"]*)\"");
  private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
  private static final Pattern DESCRIPTION =
      Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\">");

  private HtmlPage() {}

  static String finish(
      String html,
      LocaleLinks links,
      String headExtras,
      Function<String, Optional<String>> svgSource) {
    String linked =
        insertLinks(screenOnlyDefaultStylesheet(html), links, openGraph(html, links) + headExtras);
    String sections = sectionSwitchers(linked, links);
    String figures = scrollableFigures(inlineSvgImages(sections, svgSource));
    return landmarks(wrapTables(figures));
  }

  /**
   * Asciidoctor's default stylesheet is for screens; printed, the page follows the book's own
   * stylesheet alone, as the PDF handout does.
   */
  static String screenOnlyDefaultStylesheet(String html) {
    return html.replace(
        "<link rel=\"stylesheet\" href=\"css/asciidoctor.css\">",
        "<link rel=\"stylesheet\" href=\"css/asciidoctor.css\" media=\"screen\">");
  }

  /**
   * Replaces each SVG image of the page with the SVG itself, labelled with the image's alt text.
   * Inline, the figure's text is drawn with the page's own web font (an SVG behind an img element
   * cannot load it, and a reader without Japanese fonts would see boxes), and it can be selected
   * and found with the browser's search.
   */
  static String inlineSvgImages(String html, Function<String, Optional<String>> svgSource) {
    Matcher image = SVG_IMAGE.matcher(html);
    StringBuilder out = new StringBuilder(html.length() * 2);
    while (image.find()) {
      String alt = image.group(2);
      String replacement =
          svgSource.apply(image.group(1)).map(svg -> labelled(svg, alt)).orElse(image.group());
      image.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return image.appendTail(out).toString();
  }

  private static String labelled(String svg, String alt) {
    String body = svg.replaceFirst("^\\s*<\\?xml[^>]*\\?>\\s*", "").strip();
    return body.replaceFirst(
        "<svg\\b([^>]*?)\\s+width=\"[^\"]*\"\\s+height=\"[^\"]*\"",
        "<svg$1 role=\"img\" aria-label=\"" + Matcher.quoteReplacement(alt) + "\"");
  }

  /**
   * Puts each table in a container that scrolls sideways, so that on a narrow screen a wide table
   * keeps readable columns instead of overflowing the page or squeezing its cells. The container
   * can be reached with the keyboard (and so scrolled with the arrow keys) and is named after the
   * table's caption, or the heading above a table without one.
   */
  static String wrapTables(String html) {
    StringBuilder out = new StringBuilder(html.length() + 256);
    int from = 0;
    Matcher table = TABLE_START.matcher(html);
    while (table.find(from)) {
      int start = table.start();
      int end = matchingTableEnd(html, start);
      String label = scrollLabel(html.substring(start, end), html.substring(0, start));
      out.append(html, from, start)
          .append(SCROLL_START)
          .append(label)
          .append(">")
          .append(html, start, end)
          .append("</div>");
      from = end;
    }
    return out.append(html, from, html.length()).toString();
  }

  private static String scrollLabel(String table, String before) {
    Matcher caption = CAPTION.matcher(table);
    if (caption.find()) {
      return scrollRegion("aria-label=\"" + attributeText(caption.group(1)) + "\"");
    }
    Matcher heading = HEADING_ID.matcher(before);
    String id = null;
    while (heading.find()) {
      id = heading.group(1);
    }
    // A table above every heading has no name to take: it is still reachable with the keyboard.
    return id == null ? "tabindex=\"0\"" : scrollRegion("aria-labelledby=\"" + id + "\"");
  }

  private static String scrollRegion(String name) {
    return "role=\"region\" tabindex=\"0\" " + name;
  }

  /**
   * Makes each figure's box (which scrolls sideways on a phone) reachable with the keyboard, named
   * after the figure's title.
   */
  static String scrollableFigures(String html) {
    Matcher figure = FIGURE.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 1024);
    int from = 0;
    while (figure.find(from)) {
      int contentEnd = html.indexOf("</div>", figure.end());
      Optional<String> name = figureName(html, figure.end(), contentEnd);
      out.append(html, from, figure.end());
      name.ifPresent(
          label ->
              out.append(' ').append(scrollRegion("aria-label=\"" + attributeText(label) + "\"")));
      from = figure.end();
    }
    return out.append(html, from, html.length()).toString();
  }

  /** The figure's title, or the alt text of an untitled figure's image. */
  private static Optional<String> figureName(String html, int contentStart, int contentEnd) {
    if (contentEnd < 0) {
      return Optional.empty();
    }
    Matcher title = FIGURE_TITLE.matcher(html);
    if (title.find(contentEnd + "</div>".length())) {
      return Optional.of(title.group(1));
    }
    Matcher alt = ALT_TEXT.matcher(html.substring(contentStart, contentEnd));
    return alt.find() ? Optional.of(alt.group(1)) : Optional.empty();
  }

  /**
   * Gives each section of the first two levels the links to the same section in the other locales,
   * first in the section so that the stylesheet can keep them in view while the section is.
   */
  static String sectionSwitchers(String html, LocaleLinks links) {
    Matcher section = SECTION.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 4096);
    while (section.find()) {
      String replacement = section.group(1) + links.sectionSwitcher(section.group(2));
      section.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return section.appendTail(out).toString();
  }

  /**
   * Names the page's parts as landmarks (banner, navigation, main, contentinfo), so that every
   * piece of the page is inside one and a screen reader can jump between them.
   */
  static String landmarks(String html) {
    String toc =
        html.contains("<div id=\"toctitle\">")
            ? " role=\"navigation\" aria-labelledby=\"toctitle\""
            : " role=\"navigation\"";
    return html.replace(HEADER_START, "<div id=\"header\" role=\"banner\">")
        .replaceFirst(
            "<div id=\"toc\" class=\"(toc2?)\">", "<div id=\"toc\" class=\"$1\"" + toc + ">")
        .replace("<div id=\"content\">", "<div id=\"content\" role=\"main\">")
        .replace("<div id=\"footer\">", "<div id=\"footer\" role=\"contentinfo\">");
  }

  /** The Open Graph title, description and locales, from the page's own title and description. */
  private static String openGraph(String html, LocaleLinks links) {
    StringBuilder meta = new StringBuilder();
    Matcher title = TITLE.matcher(html);
    if (title.find()) {
      meta.append(openGraphHtml("og:title", title.group(1)));
    }
    Matcher description = DESCRIPTION.matcher(html);
    if (description.find()) {
      meta.append(openGraphHtml("og:description", description.group(1)));
    }
    return meta.append("<meta property=\"og:type\" content=\"book\">\n")
        .append(links.openGraphLocales())
        .toString();
  }

  /** An Open Graph element whose content is already HTML text (entities kept as they are). */
  private static String openGraphHtml(String property, String html) {
    return "<meta property=\"" + property + "\" content=\"" + attributeText(html) + "\">\n";
  }

  /** HTML content as an attribute value: without its tags, its entities kept, quotes escaped. */
  static String attributeText(String html) {
    return html.replaceAll("<[^>]*>", "").replace("\"", "&quot;").strip();
  }

  private static int matchingTableEnd(String html, int start) {
    int depth = 0;
    int at = start;
    while (true) {
      int open = html.indexOf("<table", at + 1);
      int close = html.indexOf("</table>", at + 1);
      if (close < 0) {
        throw new IllegalStateException("a table of the converted page is not closed");
      }
      if (open >= 0 && open < close) {
        depth++;
        at = open;
      } else if (depth == 0) {
        return close + "</table>".length();
      } else {
        depth--;
        at = close;
      }
    }
  }

  private static String insertLinks(String html, LocaleLinks links, String headExtras) {
    int headEnd = html.indexOf(HEAD_END);
    int header = html.indexOf(HEADER_START);
    if (headEnd < 0 || header < headEnd) {
      throw new IllegalStateException(
          "the converted page has no </head> followed by <div id=\"header\">; cannot finish it");
    }
    int afterHeader = header + HEADER_START.length();
    return html.substring(0, headEnd)
        + links.headLinks()
        + headExtras
        + html.substring(headEnd, afterHeader)
        + "\n"
        + links.switcher()
        + html.substring(afterHeader);
  }
}
