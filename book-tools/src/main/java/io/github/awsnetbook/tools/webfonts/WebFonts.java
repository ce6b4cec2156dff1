package io.github.awsnetbook.tools.webfonts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
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
  public Map<String, byte[]> filesFor(Document page) {
    Set<Integer> codePoints = PageCharacters.of(page);
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<WebFont> used = facesFor(page);
    for (WebFont face : used) {
      files.put("fonts/" + face.subsetFileName(), FontSubsetter.subset(face.source(), codePoints));
    }
    files.put(STYLESHEET, stylesheet(used));
    return files;
  }

  /**
   * The faces a page uses: every upright face, and the italic ones only where the page has italic
   * text ({@code em}, {@code i}, {@code cite}): a browser never loads a face that nothing uses, and
   * a page should declare and carry none such.
   */
  public List<WebFont> facesFor(Document page) {
    // Not on a Japanese page (the parallel edition's too, whose English side's titles a browser
    // then slants): there, its browser test found the declared italic never loaded.
    boolean italic =
        !page.select("em, i, cite").isEmpty() && !page.select("html").attr("lang").startsWith("ja");
    return faces.stream().filter(face -> italic || !face.italic()).toList();
  }

  /** The stylesheet that declares each face. */
  public byte[] stylesheet() {
    return stylesheet(faces);
  }

  private static byte[] stylesheet(List<WebFont> faces) {
    StringBuilder css = new StringBuilder();
    faces.forEach(face -> css.append(face.fontFaceRule()));
    return css.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The code points of the page that its subsets carry. */
  public static Set<Integer> characters(Document page) {
    return PageCharacters.of(page);
  }

  /** The element of the page's head that links the fonts' stylesheet. */
  public Element headLink() {
    return new Element("link").attr("rel", "stylesheet").attr("href", STYLESHEET);
  }
}
