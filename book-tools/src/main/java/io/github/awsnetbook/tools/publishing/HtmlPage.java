package io.github.awsnetbook.tools.publishing;

import io.github.awsnetbook.tools.locales.LocaleLinks;

/** Inserts what the build adds to Asciidoctor's HTML page, at the places Asciidoctor leaves. */
final class HtmlPage {

  private static final String HEAD_END = "</head>";
  private static final String HEADER_START = "<div id=\"header\">";

  private HtmlPage() {}

  static String finish(String html, LocaleLinks links, String headExtras) {
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
