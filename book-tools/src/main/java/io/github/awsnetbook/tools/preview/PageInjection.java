package io.github.awsnetbook.tools.preview;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>");

  private PageInjection() {}

  /**
   * The served copy of {@code html}: its CSP allows the script at {@code origin + SCRIPT_PATH}
   * alone (a source with a path matches that one URL), the script is linked in the head, the banner
   * lists the errors of {@code problems} where there are any, and a folded list their warnings (the
   * build passes with them; a translator should still see them where they read).
   */
  static String serve(String html, String origin, List<Diagnostic> problems) {
    if (!html.contains(FORBIDDEN_SCRIPTS)) {
      throw new IllegalStateException(
          "the page has no \"" + FORBIDDEN_SCRIPTS + "\" in its CSP: theme/html/docinfo.html");
    }
    String relaxed = html.replace(FORBIDDEN_SCRIPTS, "script-src " + origin + SCRIPT_PATH);
    String scripted =
        relaxed.replaceFirst(
            "</head>", "<script src=\"" + SCRIPT_PATH + "\" defer></script>\n</head>");
    Matcher body = BODY.matcher(scripted);
    List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
    List<Diagnostic> warnings = problems.stream().filter(p -> !p.isError()).toList();
    if (problems.isEmpty() || !body.find()) {
      return scripted;
    }
    return scripted.substring(0, body.end())
        + "\n"
        + (errors.isEmpty() ? "" : banner(errors))
        + (warnings.isEmpty() ? "" : warnings(warnings))
        + scripted.substring(body.end());
  }

  /** A page for when no build has succeeded yet: the banner alone, with the book's CSP. */
  static String emptyPage(String lang) {
    return """
    <!DOCTYPE html>
    <html lang="%s">
    <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; %s">
    <title>Preview</title>
    </head>
    <body>
    <p>No page yet: the first build of the preview has failed.</p>
    </body>
    </html>
    """
        .formatted(LocaleLinks.escape(lang), FORBIDDEN_SCRIPTS);
  }

  /** The errors, fixed at the top of the window, each as the terminal shows it. */
  static String banner(List<Diagnostic> errors) {
    StringBuilder banner = new StringBuilder();
    banner
        .append("<div id=\"")
        .append(BANNER_ID)
        .append("\" role=\"alert\" style=\"position:sticky;top:0;z-index:1000;margin:0;")
        .append("padding:0.75em 1em;background:#fdecea;color:#611a15;")
        .append("border-bottom:3px solid #b3261e;font-family:monospace;font-size:14px\">")
        .append("<p style=\"margin:0 0 0.5em;font-weight:bold\">")
        .append("The last save has ")
        .append(errors.size())
        .append(errors.size() == 1 ? " error" : " errors")
        .append(": this is the last good page (the terminal shows the same).")
        .append("</p><ul style=\"margin:0;padding-left:1.2em\">");
    return appendItems(banner, errors).append("</ul></div>").toString();
  }

  /**
   * The warnings, folded under one line at the top of the page: they do not stop the build, so they
   * must not hide the page, but a translator should not have to watch the terminal for them.
   */
  static String warnings(List<Diagnostic> warnings) {
    StringBuilder list = new StringBuilder();
    list.append("<details id=\"")
        .append(WARNINGS_ID)
        .append("\" role=\"status\" style=\"position:relative;z-index:1000;margin:0;")
        // The page's stylesheet draws a summary's marker 1.25rem left of it, in the margin it gives
        // details elements: the panel's padding makes that room.
        .append("padding:0.5em 1em 0.5em 2.25rem;background:#fff8e1;color:#5d4200;")
        .append("border-bottom:2px solid #c79100;font-family:monospace;font-size:14px\">")
        .append("<summary style=\"cursor:pointer;font-weight:bold;margin:0\">")
        .append(warnings.size())
        .append(warnings.size() == 1 ? " warning" : " warnings")
        .append(" of the last save (the build passes with them; the terminal shows the same)")
        .append("</summary><ul style=\"margin:0.5em 0 0;padding-left:1.2em\">");
    return appendItems(list, warnings).append("</ul></details>").toString();
  }

  /** Each problem as a list item, in the terminal's words, escaped. */
  private static StringBuilder appendItems(StringBuilder list, List<Diagnostic> problems) {
    for (Diagnostic problem : problems) {
      list.append("<li><code>")
          .append(LocaleLinks.escape(problem.toString()))
          .append("</code></li>");
    }
    return list;
  }
}
