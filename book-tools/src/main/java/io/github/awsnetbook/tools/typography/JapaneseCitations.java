package io.github.awsnetbook.tools.typography;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Sets the reference marks of Japanese text as a Japanese book sets them (合印): a citation that the
 * editors wrote after a sentence's 句点 (「持ちます。[8][9]」) goes before it, so that the mark belongs to
 * its sentence and the next sentence starts after the 。 (「持ちます[8][9]。表の」), and every citation of
 * Japanese text is a {@code a.citation} that the stylesheet sets as a small superscript, in the
 * HTML and in the PDF printed from it. The words are not changed, only where the 句点 stands among
 * the marks; English keeps its citations where the editors put them (before the full stop).
 */
public final class JapaneseCitations {

  /** The class of a citation of Japanese text: a small superscript (book.css). */
  public static final String CITATION = "citation";

  /** A citation: a link to an entry of the list of sources. */
  static final String CITATION_LINK = "a[href^=#src-]";

  private static final String FULL_STOP = "。";

  private JapaneseCitations() {}

  /** Applies the rule to every citation of {@code page} whose text is Japanese. */
  public static void apply(Document page) {
    for (Element link : page.select(CITATION_LINK)) {
      if (ElementLanguage.isJapanese(link)) {
        link.addClass(CITATION);
      }
    }
    for (Element first : firstsOfRuns(page)) {
      moveFullStopAfter(first);
    }
  }

  /** The first citation of each run of citations side by side. */
  private static List<Element> firstsOfRuns(Document page) {
    List<Element> firsts = new ArrayList<>();
    for (Element link : page.select("a." + CITATION)) {
      Node before = link.previousSibling();
      if (!(before instanceof Element previous && previous.is("a." + CITATION))) {
        firsts.add(link);
      }
    }
    return firsts;
  }

  /**
   * When the text right before the run that {@code first} begins ends with 。, that 。 goes right
   * after the run's last citation.
   */
  private static void moveFullStopAfter(Element first) {
    if (!(first.previousSibling() instanceof TextNode before)) {
      return;
    }
    // No space before a superscript mark: it sits on the character it belongs to.
    String text = before.getWholeText().stripTrailing();
    if (!text.endsWith(FULL_STOP)) {
      before.text(text);
      return;
    }
    Element last = first;
    while (last.nextSibling() instanceof Element next && next.is("a." + CITATION)) {
      last = next;
    }
    before.text(text.substring(0, text.length() - FULL_STOP.length()));
    // The source's line break after the marks was one after the 。: nothing in Japanese text.
    if (last.nextSibling() instanceof TextNode after) {
      after.text(FULL_STOP + after.getWholeText().stripLeading());
    } else {
      last.after(new TextNode(FULL_STOP));
    }
  }
}
