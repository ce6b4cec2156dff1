package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.typography.SourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph's lines (as {@link BookProse} groups them) joined into one segment, so that a term
 * wrapped onto two lines is matched whole. A match inside one line is reported on that line as
 * before; a match across lines is reported where it starts, with the joined lines as its segment.
 */
final class Paragraphs {

  private Paragraphs() {}

  /**
   * One segment for the lines of a paragraph: their sources joined by line breaks, their texts
   * joined by a space, or by nothing where a spaceless script meets the line break.
   */
  static Segment join(List<Segment> lines) {
    if (lines.size() == 1) {
      return lines.get(0);
    }
    StringBuilder source = new StringBuilder();
    StringBuilder text = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    Segment previous = null;
    for (Segment line : lines) {
      if (previous != null) {
        source.append('\n');
        if (!line.text().isEmpty()
            && !SourceLines.joinsWithoutSpace(previous.text(), line.text())) {
          text.append(' ');
          offsets.add(source.length() - 1);
        }
      }
      int base = source.length();
      for (int i = 0; i < line.text().length(); i++) {
        offsets.add(base + line.offsets()[i]);
      }
      text.append(line.text());
      source.append(line.source());
      previous = line;
    }
    Segment last = lines.get(lines.size() - 1);
    offsets.add(source.length() - last.source().length() + last.offsets()[last.text().length()]);
    Segment first = lines.get(0);
    return new Segment(
        first.file(),
        first.line(),
        source.toString(),
        text.toString(),
        offsets.stream().mapToInt(Integer::intValue).toArray(),
        first.sectionId());
  }

  /** The occurrence of a match of the joined paragraph, on its own line where it fits in one. */
  static Occurrence occurrence(List<Segment> lines, Segment whole, Match match, boolean excused) {
    if (lines.size() == 1) {
      return new Occurrence(whole, match, excused);
    }
    int start = whole.sourceStart(match.start());
    int end = whole.sourceEnd(match.end());
    int lineStart = 0;
    for (Segment line : lines) {
      int lineEnd = lineStart + line.source().length();
      if (start >= lineStart && end <= lineEnd) {
        return new Occurrence(line, rebased(line, match, start - lineStart), excused);
      }
      if (start < lineEnd) {
        break;
      }
      lineStart = lineEnd + 1;
    }
    return new Occurrence(whole, match, excused);
  }

  /** The match in the text of its own line, which starts at source offset {@code start}. */
  private static Match rebased(Segment line, Match match, int start) {
    int index = 0;
    while (line.offsets()[index] < start) {
      index++;
    }
    return new Match(match.term(), index, index + match.end() - match.start(), match.text());
  }
}
