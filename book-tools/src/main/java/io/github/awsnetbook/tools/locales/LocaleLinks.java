package io.github.awsnetbook.tools.locales;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Element;

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
  public List<Element> headLinks() {
    List<Element> links = new ArrayList<>();
    for (String lang : locales) {
      links.add(alternate(lang, href(lang)));
    }
    links.add(alternate("x-default", LANDING_PAGE));
    return links;
  }

  /** A {@code <link rel="alternate">} to the page of a locale ({@code x-default}: every locale). */
  public static Element alternate(String hreflang, String href) {
    return new Element("link")
        .attr("rel", "alternate")
        .attr("hreflang", hreflang)
        .attr("href", href);
  }

  /**
   * Open Graph {@code og:locale} of this page and {@code og:locale:alternate} of the others, in the
   * {@code language_TERRITORY} form Open Graph asks for (ICU's likely territory: ja_JP, en_US).
   */
  public List<Element> openGraphLocales() {
    List<Element> meta = new ArrayList<>();
    meta.add(openGraph("og:locale", territorial(current)));
    for (String lang : others()) {
      meta.add(openGraph("og:locale:alternate", territorial(lang)));
    }
    return meta;
  }

  /** One Open Graph {@code meta} element. */
  public static Element openGraph(String property, String content) {
    return new Element("meta").attr("property", property).attr("content", content);
  }

  static String territorial(String lang) {
    ULocale likely = ULocale.addLikelySubtags(ULocale.forLanguageTag(lang));
    return likely.getCountry().isEmpty()
        ? likely.getLanguage()
        : likely.getLanguage() + "_" + likely.getCountry();
  }

  /**
   * A navigation element naming each other locale in its own language, itself named {@code label}
   * in the page's language (言語, Language: what a screen reader announces it as), or without one by
   * the page's language.
   */
  public Element switcher(Optional<String> label) {
    Element nav =
        new Element("nav")
            .addClass("locale-switcher")
            .attr("aria-label", label.orElseGet(() -> nativeName(current)));
    Element list = nav.appendElement("ul");
    for (String lang : others()) {
      list.appendElement("li").appendChild(link(lang, href(lang)));
    }
    return nav;
  }

  /**
   * The links of one section to the same section in each other locale: the section IDs are the same
   * in every locale (the translation check enforces it), so a fragment reaches it. The stylesheet
   * keeps the links of the section in view at the top of the window, without a script.
   */
  public Element sectionSwitcher(String sectionId) {
    Element links = new Element("p").addClass("section-locales");
    for (String lang : others()) {
      links.appendChild(link(lang, href(lang) + "#" + sectionId));
    }
    return links;
  }

  private static Element link(String lang, String href) {
    return new Element("a")
        .attr("href", href)
        .attr("hreflang", lang)
        .attr("lang", lang)
        .text(nativeName(lang));
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
}
