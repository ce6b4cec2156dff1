package io.github.awsnetbook.tools.locales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.markup.Markup;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocaleLinksTest {

  @Test
  void everyLocaleAndTheLandingPageGetAnAlternateLink() {
    LocaleLinks links = LocaleLinks.of("ja", "ja en ko", "index.html");
    assertEquals(
        "<link rel=\"alternate\" hreflang=\"ja\" href=\"../ja/index.html\">\n"
            + "<link rel=\"alternate\" hreflang=\"en\" href=\"../en/index.html\">\n"
            + "<link rel=\"alternate\" hreflang=\"ko\" href=\"../ko/index.html\">\n"
            + "<link rel=\"alternate\" hreflang=\"x-default\" href=\"../index.html\">\n",
        html(links.headLinks()));
  }

  @Test
  void openGraphNamesThisLocaleAndTheOthersWithTheirLikelyTerritory() {
    assertEquals(
        "<meta property=\"og:locale\" content=\"en_US\">\n"
            + "<meta property=\"og:locale:alternate\" content=\"ja_JP\">\n",
        html(LocaleLinks.of("en", "ja en", "index.html").openGraphLocales()));
  }

  @Test
  void aSectionLinksTheSameSectionInEachOtherLocale() {
    assertEquals(
        "<p class=\"section-locales\"><a href=\"../ja/index.html#direct-connect\" hreflang=\"ja\""
            + " lang=\"ja\">日本語</a></p>",
        LocaleLinks.of("en", "ja en", "index.html").sectionSwitcher("direct-connect").outerHtml());
  }

  @Test
  void theSwitcherNamesEachLanguageInItself() {
    String nav = LocaleLinks.of("en", "ja,en", "index.html").switcher(Optional.empty()).outerHtml();
    assertTrue(nav.contains(">日本語</a>"), nav);
    assertTrue(nav.contains("lang=\"ja\""), nav);
    assertFalse(nav.contains("../en/"), "links to itself: " + nav);
  }

  @Test
  void theSwitcherIsNamedForWhatItIsInThePagesLanguageNotByTheLanguage() {
    Element nav = LocaleLinks.of("ja", "ja en", "index.html").switcher(Optional.of("言語"));
    assertEquals("言語", nav.attr("aria-label"));
    assertEquals(
        "日本語",
        LocaleLinks.of("ja", "ja en", "index.html").switcher(Optional.empty()).attr("aria-label"),
        "a book without the label keeps the name of its language");
  }

  @Test
  void aLinkToAPageWithMarkupCharactersInItsNameIsEscapedByJsoup() {
    Element link =
        LocaleLinks.of("ja", "ja en", "a&b\"<c>.html").switcher(Optional.empty()).selectFirst("a");
    Document page = Markup.parseHtml(link.outerHtml(), "");
    assertEquals("../en/a&b\"<c>.html", page.selectFirst("a").attr("href"));
  }

  /** Elements as the page writes them, one a line. */
  private static String html(List<Element> elements) {
    StringBuilder html = new StringBuilder();
    elements.forEach(element -> html.append(element.outerHtml()).append('\n'));
    return html.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja-JP", "en", "tr"})
  void nativeNamesDoNotDependOnTheDefaultLocale(String defaultLocale) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(defaultLocale));
      assertEquals("日本語", LocaleLinks.nativeName("ja"));
      assertEquals("English", LocaleLinks.nativeName("en"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aLocaleOutsideTheBookIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> LocaleLinks.of("fr", "ja en", "index.html"));
  }
}
