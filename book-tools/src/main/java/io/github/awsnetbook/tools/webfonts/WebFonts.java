package io.github.awsnetbook.tools.webfonts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The files that carry the book's font with an HTML page: a subset of each face, cut to the
 * characters of the page, and a stylesheet declaring them.
 */
public record WebFonts(List<WebFont> faces) {

  /** The stylesheet's path in the page's folder; the subsets sit beside it. */
  public static final String STYLESHEET = "fonts/book-fonts.css";

  public WebFonts {
    faces = List.copyOf(faces);
  }

  /** Returns each file to write, by its path relative to the page's folder. */
  public Map<String, byte[]> filesFor(String html) {
    Set<Integer> codePoints = PageCharacters.of(html);
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder css = new StringBuilder();
    for (WebFont face : faces) {
      files.put("fonts/" + face.subsetFileName(), FontSubsetter.subset(face.source(), codePoints));
      css.append(face.fontFaceRule());
    }
    files.put(STYLESHEET, css.toString().getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** The code points of the page that its subsets carry. */
  public static Set<Integer> characters(String html) {
    return PageCharacters.of(html);
  }

  /**
   * The elements of the page's head that load its fonts: a preload of each subset, then the
   * stylesheet. Preloaded, the subsets are there when the page is first laid out, so a jump to a
   * section at load (a link from another locale, {@code index.html#peering}) lands on it: laid out
   * first in a fallback font (a reader's own CJK font, whose lines wrap differently), the page
   * moved the section 30 to 60 pixels down once the book's font came, and the link of the section
   * before it stayed in view.
   */
  public String headLinks() {
    StringBuilder links = new StringBuilder();
    for (WebFont face : faces) {
      Element preload =
          new Element("link")
              .attr("rel", "preload")
              .attr("href", "fonts/" + face.subsetFileName())
              .attr("as", "font")
              .attr("type", "font/ttf")
              .attr("crossorigin", "anonymous");
      links.append(preload.outerHtml()).append('\n');
    }
    Element stylesheet = new Element("link").attr("rel", "stylesheet").attr("href", STYLESHEET);
    return links.append(stylesheet.outerHtml()).append('\n').toString();
  }
}
