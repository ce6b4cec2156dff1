package io.github.awsnetbook.tools.locales;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The other locales of a book, as head links and as a visible switcher. */
public record LocaleLinks(String current, List<String> locales, String page) {

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
    List<String> locales =
        Arrays.stream(localesAttribute.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
    return new LocaleLinks(current, locales, page);
  }

  /** {@code <link rel="alternate" hreflang>} elements for the head, one per other locale. */
  public String headLinks() {
    StringBuilder html = new StringBuilder();
    for (String lang : others()) {
      html.append("<link rel=\"alternate\" hreflang=\"")
          .append(lang)
          .append("\" href=\"")
          .append(href(lang))
          .append("\">\n");
    }
    return html.toString();
  }

  /** A navigation element naming each other locale in its own language. */
  public String switcher() {
    StringBuilder html = new StringBuilder("<nav class=\"locale-switcher\" aria-label=\"");
    html.append(
            escape(ULocale.forLanguageTag(current).getDisplayName(ULocale.forLanguageTag(current))))
        .append("\"><ul>");
    for (String lang : others()) {
      html.append("<li><a href=\"")
          .append(href(lang))
          .append("\" hreflang=\"")
          .append(lang)
          .append("\" lang=\"")
          .append(lang)
          .append("\">")
          .append(escape(nativeName(lang)))
          .append("</a></li>");
    }
    return html.append("</ul></nav>\n").toString();
  }

  /** The name of a language in that language, such as 日本語 or English. */
  static String nativeName(String lang) {
    ULocale locale = ULocale.forLanguageTag(lang);
    String name = locale.getDisplayName(locale);
    return name.isEmpty() ? lang : name;
  }

  private List<String> others() {
    return locales.stream().filter(lang -> !lang.equals(current)).toList();
  }

  private String href(String lang) {
    return "../" + lang + "/" + page;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
