package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.typography.SourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a book grouped into paragraphs, and a paragraph's lines joined into one segment, so
 * that a term wrapped onto two lines is matched whole. A match inside one line is reported on that
 * line as before; a match across lines is reported where it starts, with the joined lines as its
 * segment.
 */
final class Paragraphs {

  /** A line that starts a block of its own: a list item, a table cell, attributes, a title. */
  private static final Pattern STARTS_BLOCK =
      Pattern.compile("^\\s*(?:[*.-]+\\s|\\d+\\.\\s|\\||\\[|=|\\.\\S|[^\\s:]+::|[A-Z]+:\\s)");

  private Paragraphs() {}

  /** Consecutive lines of one file and section, none of them starting a block of its own. */
  static List<List<Segment>> of(List<Segment> segments) {
    List<List<Segment>> paragraphs = new ArrayList<>();
    List<Segment> current = new ArrayList<>();
    for (Segment segment : segments) {
      if (!current.isEmpty() && !continues(current.get(current.size() - 1), segment)) {
        paragraphs.add(current);
        current = new ArrayList<>();
      }
      current.add(segment);
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    return paragraphs;
  }

  private static boolean continues(Segment previous, Segment next) {
    return previous.file().equals(next.file())
        && next.line() == previous.line() + 1
        && previous.sectionId().equals(next.sectionId())
        && !previous.text().isBlank()
        && !next.text().isBlank()
        && !STARTS_BLOCK.matcher(next.source()).find();
  }

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
