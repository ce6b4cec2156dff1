package io.github.awsnetbook.tools.typography;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the source lines of a paragraph where a line break touches a character of a spaceless
 * script. AsciiDoc turns a line break into a space; in Japanese that space is visible in both the
 * HTML and the PDF, where the author wrote none. This is the rule CSS Text applies to segment
 * breaks next to East Asian wide characters; between two Latin words the break stays a space.
 */
public final class SourceLines {

  private SourceLines() {}

  /** Returns the lines with every such break removed; other breaks stay as they are. */
  public static List<String> join(List<String> lines) {
    List<String> joined = new ArrayList<>(lines.size());
    for (String line : lines) {
      int last = joined.size() - 1;
      if (last >= 0 && joinsWithoutSpace(joined.get(last), line)) {
        joined.set(last, joined.get(last) + line.stripLeading());
      } else {
        joined.add(line);
      }
    }
    return joined;
  }

  /**
   * Whether the book joins these two source lines without a space: a character of a spaceless
   * script on either side of the break, and no hard break ({@code " +"}) asked for. Everything that
   * joins source lines (the fingerprints of translated sections, the terminology check's
   * paragraphs) asks here, so that they join as the book does.
   */
  public static boolean joinsWithoutSpace(String previous, String next) {
    String end = previous.stripTrailing();
    String start = next.stripLeading();
    if (end.isEmpty() || start.isEmpty() || previous.endsWith(" +")) {
      // " +" is a hard line break the author asked for.
      return false;
    }
    return Scripts.isSpaceless(end.codePointBefore(end.length()))
        || Scripts.isSpaceless(start.codePointAt(0));
  }
}
