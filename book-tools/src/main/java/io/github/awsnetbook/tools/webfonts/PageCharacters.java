package io.github.awsnetbook.tools.webfonts;

import io.github.awsnetbook.tools.markup.Markup;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Node;

/** The code points a page can draw: everything in its text plus printable ASCII. */
final class PageCharacters {

  private PageCharacters() {}

  /**
   * Returns the code points of the page's text, attribute values, style data and comments that are
   * not controls (a character the markup writes as a reference, such as {@code &#8217;}, is read as
   * the character), together with printable ASCII (so that text a reader types into a search box
   * still has Latin glyphs).
   */
  static Set<Integer> of(Node page) {
    Set<Integer> codePoints = new TreeSet<>();
    for (int c = 0x20; c < 0x7f; c++) {
      codePoints.add(c);
    }
    Markup.allText(page)
        .codePoints()
        .filter(c -> !Character.isISOControl(c))
        .forEach(codePoints::add);
    return codePoints;
  }
}
