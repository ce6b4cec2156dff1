package io.github.awsnetbook.tools.typography;

import org.jsoup.nodes.Element;

/**
 * The language an element of the page is in: the nearest {@code lang} attribute, on it or above.
 */
final class ElementLanguage {

  private ElementLanguage() {}

  /** The primary language subtag in force at {@code element} ("ja" of "ja-JP"), or "". */
  static String of(Element element) {
    for (Element at = element; at != null; at = at.parent()) {
      if (at.hasAttr("lang")) {
        return at.attr("lang").split("-")[0];
      }
    }
    return "";
  }

  static boolean isJapanese(Element element) {
    return of(element).equals("ja");
  }
}
