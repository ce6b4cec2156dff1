package io.github.awsnetbook.tools.publishing;

import io.github.awsnetbook.tools.locales.LocaleLinks;

/** Inserts what the build adds to Asciidoctor's HTML page, at the places Asciidoctor leaves. */
final class HtmlPage {

  private static final String HEAD_END = "</head>";
  private static final String HEADER_START = "<div id=\"header\">";

  private HtmlPage() {}

  private static final java.util.regex.Pattern TABLE_START =
      java.util.regex.Pattern.compile("<table\\b[^>]*\\bclass=\"tableblock\\b");
  private static final String SCROLL_START = "<div class=\"table-scroll\">";

  private static final java.util.regex.Pattern SVG_IMAGE =
      java.util.regex.Pattern.compile(
          "<img src=\"images/([\\w.-]+\\.svg)\" alt=\"([^\"]*)\"[^>]*>");

  static String finish(
      String html,
      LocaleLinks links,
      String headExtras,
      java.util.function.Function<String, java.util.Optional<String>> svgSource) {
    return inlineSvgImages(
        wrapTables(insertLinks(screenOnlyDefaultStylesheet(html), links, headExtras)), svgSource);
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
  static String inlineSvgImages(
      String html, java.util.function.Function<String, java.util.Optional<String>> svgSource) {
    java.util.regex.Matcher image = SVG_IMAGE.matcher(html);
    StringBuilder out = new StringBuilder(html.length() * 2);
    while (image.find()) {
      String alt = image.group(2);
      String replacement =
          svgSource.apply(image.group(1)).map(svg -> labelled(svg, alt)).orElse(image.group());
      image.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    return image.appendTail(out).toString();
  }

  private static String labelled(String svg, String alt) {
    String body = svg.replaceFirst("^\\s*<\\?xml[^>]*\\?>\\s*", "").strip();
    return body.replaceFirst(
        "<svg\\b([^>]*?)\\s+width=\"[^\"]*\"\\s+height=\"[^\"]*\"",
        "<svg$1 role=\"img\" aria-label=\"" + java.util.regex.Matcher.quoteReplacement(alt) + "\"");
  }

  /**
   * Puts each table in a container that scrolls sideways, so that on a narrow screen a wide table
   * keeps readable columns instead of overflowing the page or squeezing its cells.
   */
  static String wrapTables(String html) {
    StringBuilder out = new StringBuilder(html.length() + 256);
    int from = 0;
    java.util.regex.Matcher table = TABLE_START.matcher(html);
    while (table.find(from)) {
      int start = table.start();
      int end = matchingTableEnd(html, start);
      out.append(html, from, start).append(SCROLL_START).append(html, start, end).append("</div>");
      from = end;
    }
    return out.append(html, from, html.length()).toString();
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
