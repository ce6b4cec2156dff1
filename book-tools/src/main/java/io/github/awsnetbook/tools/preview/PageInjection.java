package io.github.awsnetbook.tools.preview;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.markup.Markup;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * What the preview changes in the copy of a page it serves, and nowhere else: the reload script,
 * the Content-Security-Policy relaxed for that one script and nothing more, the banner of the last
 * save's errors and the folded list of its warnings. The page on disk is the published page, with
 * its CSP that forbids scripts.
 */
final class PageInjection {

  static final String SCRIPT_PATH = "/_preview/reload.js";
  static final String EVENTS_PATH = "/_preview/events";
  static final String BANNER_ID = "book-preview-problems";
  static final String WARNINGS_ID = "book-preview-warnings";

  /** Listens for the server's events and reloads the page on each rebuild. */
  static final String SCRIPT =
      """
      'use strict';
      // Injected by the live preview only; the published page has no script.
      new EventSource('%s').addEventListener('reload', function () {
        window.location.reload();
      });
      """
          .formatted(EVENTS_PATH);

  private static final String FORBIDDEN_SCRIPTS = "script-src 'none'";
  private static final String CSP = "meta[http-equiv=Content-Security-Policy]";

  private PageInjection() {}

  /**
   * The served copy of {@code html}: its CSP allows the script at {@code origin + SCRIPT_PATH}
   * alone (a source with a path matches that one URL), the script is linked in the head, the banner
   * lists the errors of {@code problems} where there are any, and a folded list their warnings (the
   * build passes with them; a translator should still see them where they read).
   */
  static String serve(String html, String origin, List<Diagnostic> problems) {
    Document page = Markup.parseHtml(html, "");
    Element csp = page.selectFirst(CSP);
    if (csp == null || !csp.attr("content").contains(FORBIDDEN_SCRIPTS)) {
      throw new IllegalStateException(
          "the page has no \"" + FORBIDDEN_SCRIPTS + "\" in its CSP: theme/html/docinfo.html");
    }
    csp.attr(
        "content",
        csp.attr("content").replace(FORBIDDEN_SCRIPTS, "script-src " + origin + SCRIPT_PATH));
    page.head().appendElement("script").attr("src", SCRIPT_PATH).attr("defer", true);
    page.head().appendText("\n");
    List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
    List<Diagnostic> warnings = problems.stream().filter(p -> !p.isError()).toList();
    if (!warnings.isEmpty()) {
      page.body().prependChild(warnings(warnings));
    }
    if (!errors.isEmpty()) {
      page.body().prependChild(banner(errors));
    }
    if (!problems.isEmpty()) {
      page.body().prependChild(new TextNode("\n"));
    }
    return new String(Markup.bytes(page), StandardCharsets.UTF_8);
  }

  /** A page for when no build has succeeded yet: the banner alone, with the book's CSP. */
  static String emptyPage(String lang) {
    Document page = Markup.newHtml();
    page.selectFirst("html").attr("lang", lang);
    Element head = page.head();
    head.appendElement("meta").attr("charset", "UTF-8");
    head.appendElement("meta")
        .attr("http-equiv", "Content-Security-Policy")
        .attr("content", "default-src 'self'; " + FORBIDDEN_SCRIPTS);
    head.appendElement("title").text("Preview");
    page.body().appendElement("p").text("No page yet: the first build of the preview has failed.");
    return new String(Markup.bytes(page), StandardCharsets.UTF_8);
  }

  /** The errors, fixed at the top of the window, each as the terminal shows it. */
  static Element banner(List<Diagnostic> errors) {
    Element banner =
        new Element("div")
            .id(BANNER_ID)
            .attr("role", "alert")
            .attr(
                "style",
                "position:sticky;top:0;z-index:1000;margin:0;"
                    + "padding:0.75em 1em;background:#fdecea;color:#611a15;"
                    + "border-bottom:3px solid #b3261e;font-family:monospace;font-size:14px");
    banner
        .appendElement("p")
        .attr("style", "margin:0 0 0.5em;font-weight:bold")
        .text(
            "The last save has "
                + errors.size()
                + (errors.size() == 1 ? " error" : " errors")
                + ": this is the last good page (the terminal shows the same).");
    return items(banner.appendElement("ul").attr("style", "margin:0;padding-left:1.2em"), errors)
        .parent();
  }

  /**
   * The warnings, folded under one line at the top of the page: they do not stop the build, so they
   * must not hide the page, but a translator should not have to watch the terminal for them.
   */
  static Element warnings(List<Diagnostic> warnings) {
    Element list =
        new Element("details")
            .id(WARNINGS_ID)
            .attr("role", "status")
            .attr(
                "style",
                "position:relative;z-index:1000;margin:0;"
                    // The page's stylesheet draws a summary's marker 1.25rem left of it, in the
                    // margin it gives details elements: the panel's padding makes that room.
                    + "padding:0.5em 1em 0.5em 2.25rem;background:#fff8e1;color:#5d4200;"
                    + "border-bottom:2px solid #c79100;font-family:monospace;font-size:14px");
    list.appendElement("summary")
        .attr("style", "cursor:pointer;font-weight:bold;margin:0")
        .text(
            warnings.size()
                + (warnings.size() == 1 ? " warning" : " warnings")
                + " of the last save (the build passes with them; the terminal shows the same)");
    return items(
            list.appendElement("ul").attr("style", "margin:0.5em 0 0;padding-left:1.2em"), warnings)
        .parent();
  }

  /** Each problem as a list item, in the terminal's words. */
  private static Element items(Element list, List<Diagnostic> problems) {
    for (Diagnostic problem : problems) {
      list.appendElement("li").appendElement("code").text(problem.toString());
    }
    return list;
  }
}
