package io.github.awsnetbook.tools.typography;

import java.util.BitSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Where a web address set as text (a bare link's text: the list of sources) may break: after a "/"
 * (not between the two of "//"), the place a reader expects an address to go on; never inside a
 * word of it ("docs.aws.amazon.co" / "m/"), nor after a "." of a host or a file name ("docs.aws." /
 * "amazon.com"). The print copy splits the address there (PrintTypesetting); the published page
 * gets a {@code <wbr>} there, as a browser otherwise breaks a long address at any letter on a phone
 * ("privat" / "elink").
 */
public final class WebAddresses {

  private WebAddresses() {}

  /** The offsets in {@code text} where a line may break. */
  static BitSet breaks(String text) {
    BitSet at = new BitSet();
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int codePoint = text.codePointAt(i);
      int after = i + Character.charCount(codePoint);
      if (codePoint == '/' && after < text.length() && text.codePointAt(after) != '/') {
        at.set(after);
      }
    }
    return at;
  }

  /**
   * Puts a {@code <wbr>} at each break of each bare link's address in {@code page}'s content, and
   * one before each hyphen, whose line may not end after it: the hyphen goes on with its next
   * letter in a {@code span.nobreak} (a browser breaks after a hyphen, and "working-" / "with" at a
   * line's end reads as a word hyphenated there, so a reader would leave the hyphen out).
   */
  public static void markBreaks(Document page) {
    for (Element link : page.select("#content a.bare")) {
      if (link.childNodeSize() == 1 && link.childNode(0) instanceof TextNode address) {
        link.empty();
        appendPieces(link, address.getWholeText());
      }
    }
  }

  private static void appendPieces(Element link, String text) {
    BitSet at = breaks(text);
    int start = 0;
    for (int end = at.nextSetBit(0); end >= 0; end = at.nextSetBit(end + 1)) {
      appendPiece(link, text.substring(start, end));
      link.appendElement("wbr");
      start = end;
    }
    appendPiece(link, text.substring(start));
  }

  /** A piece between two slashes, breakable before each of its hyphens but the first letter. */
  private static void appendPiece(Element link, String piece) {
    int start = 0;
    for (int hyphen = piece.indexOf('-', 1);
        hyphen > 0 && hyphen + 1 < piece.length();
        hyphen = piece.indexOf('-', start + 1)) {
      int end = hyphen + 1 + Character.charCount(piece.codePointAt(hyphen + 1));
      link.appendText(piece.substring(start, hyphen)).appendElement("wbr");
      link.appendElement("span").addClass(WholeNames.NOBREAK).text(piece.substring(hyphen, end));
      start = end;
    }
    link.appendText(piece.substring(start));
  }

  /**
   * The published page's {@code <wbr>}s taken out of {@code page}'s addresses again, each address
   * one text: the print copy breaks them by its own pieces, and the engine would take each piece
   * for a word of its own.
   */
  public static void removeBreaks(Document page) {
    for (Element link : page.select("a:has(> wbr)")) {
      link.text(link.text());
    }
  }
}
