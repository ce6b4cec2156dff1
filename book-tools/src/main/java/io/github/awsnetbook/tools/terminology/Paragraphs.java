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

  /**
   * Places the matches of one paragraph joined by {@link #join} on their own lines where each fits
   * in one, and counts their columns: for matches in order, in one pass over the text, so that a
   * paragraph of many lines or of one very long line with many terms costs no more than its length.
   */
  static final class Locator {
    private final List<Segment> lines;
    private final Segment whole;
    private final int[] lineStarts;
    private Segment counted;
    private int countedOffset;
    private int countedCodePoints;

    Locator(List<Segment> lines, Segment whole) {
      this.lines = lines;
      this.whole = whole;
      this.lineStarts = new int[lines.size()];
      int start = 0;
      for (int i = 0; i < lines.size(); i++) {
        lineStarts[i] = start;
        start += lines.get(i).source().length() + 1;
      }
    }

    /** The occurrence of a match of the joined paragraph, on its own line where it fits in one. */
    Occurrence occurrence(Match match, boolean excused) {
      if (lines.size() == 1) {
        return new Occurrence(whole, match, excused, column(whole, match.start()));
      }
      int start = whole.sourceStart(match.start());
      int end = whole.sourceEnd(match.end());
      int index = lineOf(start);
      Segment line = lines.get(index);
      if (end <= lineStarts[index] + line.source().length()) {
        Match rebased = rebased(line, match, start - lineStarts[index]);
        return new Occurrence(line, rebased, excused, column(line, rebased.start()));
      }
      return new Occurrence(whole, match, excused, column(whole, match.start()));
    }

    /** The last line that starts at or before {@code offset} of the joined source. */
    private int lineOf(int offset) {
      int low = 0;
      int high = lineStarts.length - 1;
      while (low < high) {
        int middle = (low + high + 1) >>> 1;
        if (lineStarts[middle] <= offset) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return low;
    }

    /** The column of {@code index} of the segment, counted on from the last one asked for. */
    private int column(Segment segment, int index) {
      int offset = segment.sourceStart(index);
      if (segment != counted || offset < countedOffset) {
        counted = segment;
        countedOffset = 0;
        countedCodePoints = 0;
      }
      countedCodePoints += segment.source().codePointCount(countedOffset, offset);
      countedOffset = offset;
      return countedCodePoints + 1;
    }
  }

  /** The match in the text of its own line, which starts at source offset {@code start}. */
  private static Match rebased(Segment line, Match match, int start) {
    int[] offsets = line.offsets();
    int low = 0;
    int high = line.text().length();
    // The first index whose offset is at or after start: the offsets never decrease.
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (offsets[middle] < start) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return new Match(match.term(), low, low + match.end() - match.start(), match.text());
  }
}
