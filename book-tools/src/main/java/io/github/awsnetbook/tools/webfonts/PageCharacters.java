package io.github.awsnetbook.tools.webfonts;

import java.util.Set;
import java.util.TreeSet;

/** The code points a page can draw: everything in its markup plus printable ASCII. */
final class PageCharacters {

  private PageCharacters() {}

  /**
   * Returns the code points of {@code html} that are not controls, together with printable ASCII
   * (so that text a reader types into a search box still has Latin glyphs).
   */
  static Set<Integer> of(String html) {
    Set<Integer> codePoints = new TreeSet<>();
    for (int c = 0x20; c < 0x7f; c++) {
      codePoints.add(c);
    }
    html.codePoints().filter(c -> !Character.isISOControl(c)).forEach(codePoints::add);
    codePoints.addAll(referencedCharacters(html));
    return codePoints;
  }

  /**
   * Characters the page writes as references, such as Asciidoctor's {@code &#8217;} for a
   * typographic apostrophe, which the markup itself does not contain.
   */
  static Set<Integer> referencedCharacters(String html) {
    Set<Integer> codePoints = new TreeSet<>();
    java.util.regex.Matcher reference = CHARACTER_REFERENCE.matcher(html);
    while (reference.find()) {
      String decimal = reference.group(1);
      String hex = reference.group(2);
      int codePoint = decimal != null ? Integer.parseInt(decimal) : Integer.parseInt(hex, 16);
      if (Character.isValidCodePoint(codePoint) && !Character.isISOControl(codePoint)) {
        codePoints.add(codePoint);
      }
    }
    // Named references decode to ASCII (already included) or to the no-break space.
    if (html.contains("&nbsp;")) {
      codePoints.add(0xa0);
    }
    return codePoints;
  }

  private static final java.util.regex.Pattern CHARACTER_REFERENCE =
      java.util.regex.Pattern.compile("&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));");
}
