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
    return codePoints;
  }
}
