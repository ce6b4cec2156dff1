package io.github.awsnetbook.tools.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageInjectionTest {

  private static final String CSP =
      "default-src 'self'; script-src 'none'; object-src 'none'; style-src 'self' 'unsafe-inline'";
  private static final String PAGE =
      "<!DOCTYPE html>\n<html><head>\n<meta http-equiv=\"Content-Security-Policy\" content=\""
          + CSP
          + "\">\n</head>\n<body class=\"book\">\n<p>text</p>\n</body></html>";

  @Test
  void onlyTheScriptDirectiveChangesAndOnlyToThePreviewsScript() {
    String served = PageInjection.serve(PAGE, "http://127.0.0.1:8000", List.of());
    assertTrue(
        served.contains(
            "content=\"default-src 'self'; script-src http://127.0.0.1:8000/_preview/reload.js;"
                + " object-src 'none'; style-src 'self' 'unsafe-inline'\""));
    assertEquals(1, served.split("<script", -1).length - 1);
    assertTrue(served.contains("<script src=\"/_preview/reload.js\" defer></script>\n</head>"));
    assertTrue(!served.contains(PageInjection.BANNER_ID));
  }

  @Test
  void theBannerListsEachErrorEscapedRightAfterTheBodyStarts() {
    Diagnostic error =
        Diagnostic.error(Path.of("content-en/src/docs/asciidoc/index.adoc"), 7, 3, "no <b> here");
    String served = PageInjection.serve(PAGE, "http://127.0.0.1:8000", List.of(error));
    assertTrue(served.contains("<body class=\"book\">\n<div id=\"" + PageInjection.BANNER_ID));
    assertTrue(
        served.contains(
            "<code>content-en/src/docs/asciidoc/index.adoc:7:3: error: no &lt;b&gt; here</code>"),
        served);
    assertEquals(
        "content-en/src/docs/asciidoc/index.adoc:7:3: error: no <b> here",
        Jsoup.parse(served).selectFirst("#" + PageInjection.BANNER_ID + " code").text());
    assertTrue(served.contains("The last save has 1 error"));
  }

  @Test
  void warningsAreFoldedBelowTheErrorsAndNeverCountAsErrors() {
    Path chapter = Path.of("content-en/src/docs/asciidoc/chapters/_a.adoc");
    Diagnostic error = Diagnostic.error(chapter, 3, 1, "include file not found");
    Diagnostic warning =
        Diagnostic.warning(chapter, 9, 5, "\"peering connection\" & \"VPC peering\"");

    String onlyWarned = PageInjection.serve(PAGE, "http://127.0.0.1:8000", List.of(warning));
    String both = PageInjection.serve(PAGE, "http://127.0.0.1:8000", List.of(warning, error));

    assertFalse(onlyWarned.contains(PageInjection.BANNER_ID), "a warning is no error banner");
    assertTrue(
        onlyWarned.contains("<body class=\"book\">\n<details id=\"" + PageInjection.WARNINGS_ID));
    assertTrue(onlyWarned.contains("1 warning of the last save"));
    assertTrue(
        onlyWarned.contains(
            "<code>content-en/src/docs/asciidoc/chapters/_a.adoc:9:5: warning: \"peering"
                + " connection\" &amp; \"VPC peering\"</code>"));
    assertTrue(both.contains("The last save has 1 error"));
    assertTrue(
        both.indexOf(PageInjection.BANNER_ID) < both.indexOf(PageInjection.WARNINGS_ID),
        "the errors first");
    assertFalse(
        both.substring(0, both.indexOf(PageInjection.WARNINGS_ID)).contains("warning:"),
        "the error banner lists errors only");
  }

  @Test
  void aPageWhoseCspDoesNotForbidScriptsIsRefused() {
    assertThrows(
        IllegalStateException.class,
        () -> PageInjection.serve(PAGE.replace("script-src 'none'", ""), "http://x", List.of()));
  }
}
