package io.github.awsnetbook.tools.locales;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The other locales of a book, as head links and as a visible switcher. */
public record LocaleLinks(String current, List<String> locales, String page) {

  /**
   * Where {@code x-default} points: the handout bundle's landing page, which lets the reader choose
   * a language, beside the locale folders.
   */
  public static final String LANDING_PAGE = "../index.html";

  public LocaleLinks {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(page, "page");
    locales = List.copyOf(locales);
    if (!locales.contains(current)) {
      throw new IllegalArgumentException(
          "locale " + current + " is not one of the book's locales " + locales);
    }
  }

  /** Parses a space- or comma-separated attribute value such as {@code "ja en"}. */
  public static LocaleLinks of(String current, String localesAttribute, String page) {
    return new LocaleLinks(current, parse(localesAttribute), page);
  }

  /** The locales of a space- or comma-separated list, in their order. */
  public static List<String> parse(String localesAttribute) {
    return Arrays.stream(localesAttribute.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * {@code <link rel="alternate" hreflang>} elements for the head: one per locale, this one
   * included (search engines expect the set to name every page of it), and {@code x-default} for
   * the landing page.
   */
  public String headLinks() {
    StringBuilder html = new StringBuilder();
    for (String lang : locales) {
      html.append(alternate(lang, href(lang)));
    }
    return html.append(alternate("x-default", LANDING_PAGE)).toString();
  }

  private static String alternate(String hreflang, String href) {
    return "<link rel=\"alternate\" hreflang=\"" + hreflang + "\" href=\"" + href + "\">\n";
  }

  /**
   * Open Graph {@code og:locale} of this page and {@code og:locale:alternate} of the others, in the
   * {@code language_TERRITORY} form Open Graph asks for (ICU's likely territory: ja_JP, en_US).
   */
  public String openGraphLocales() {
    StringBuilder html = new StringBuilder(openGraph("og:locale", territorial(current)));
    for (String lang : others()) {
      html.append(openGraph("og:locale:alternate", territorial(lang)));
    }
    return html.toString();
  }

  /** One Open Graph {@code meta} element; {@code content} is escaped here. */
  public static String openGraph(String property, String content) {
    return "<meta property=\"" + property + "\" content=\"" + escape(content) + "\">\n";
  }

  static String territorial(String lang) {
    ULocale likely = ULocale.addLikelySubtags(ULocale.forLanguageTag(lang));
    return likely.getCountry().isEmpty()
        ? likely.getLanguage()
        : likely.getLanguage() + "_" + likely.getCountry();
  }

  /** A navigation element naming each other locale in its own language. */
  public String switcher() {
    StringBuilder html = new StringBuilder("<nav class=\"locale-switcher\" aria-label=\"");
    html.append(escape(nativeName(current))).append("\"><ul>");
    for (String lang : others()) {
      html.append("<li>").append(link(lang, href(lang))).append("</li>");
    }
    return html.append("</ul></nav>\n").toString();
  }

  /**
   * The links of one section to the same section in each other locale: the section IDs are the same
   * in every locale (the translation check enforces it), so a fragment reaches it. The stylesheet
   * keeps the links of the section in view at the top of the window, without a script.
   */
  public String sectionSwitcher(String sectionId) {
    StringBuilder html = new StringBuilder("<p class=\"section-locales\">");
    for (String lang : others()) {
      html.append(link(lang, href(lang) + "#" + sectionId));
    }
    return html.append("</p>\n").toString();
  }

  private static String link(String lang, String href) {
    return "<a href=\""
        + escape(href)
        + "\" hreflang=\""
        + lang
        + "\" lang=\""
        + lang
        + "\">"
        + escape(nativeName(lang))
        + "</a>";
  }

  /** The name of a language in that language, such as 日本語 or English, as a heading shows it. */
  public static String nativeName(String lang) {
    ULocale locale = ULocale.forLanguageTag(lang);
    String name =
        LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_STANDALONE)
            .localeDisplayName(locale);
    return name.isEmpty() ? lang : name;
  }

  private List<String> others() {
    return locales.stream().filter(lang -> !lang.equals(current)).toList();
  }

  private String href(String lang) {
    return "../" + lang + "/" + page;
  }

  /** Escapes text for an HTML attribute value or element content. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
