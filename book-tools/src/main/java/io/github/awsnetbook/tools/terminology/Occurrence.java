package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Places;
import java.nio.file.Path;

/**
 * A term where it is written in a book.
 *
 * @param excused a deprecated acronym or abbreviation introduced next to its full term, as in "NAT
 *     gateway (NATGW)": allowed there
 * @param column the 1-based column of the term in its line, in code points: counted once where the
 *     term is found (see {@link Paragraphs.Locator}), as a long line may hold many terms
 */
public record Occurrence(Segment segment, Match match, boolean excused, int column) {

  /** The occurrence with its column counted from the start of the segment. */
  public Occurrence(Segment segment, Match match, boolean excused) {
    this(segment, match, excused, segment.column(match.start()));
  }

  public Term term() {
    return match.term();
  }

  public String conceptId() {
    return match.term().conceptId();
  }

  public Path file() {
    return segment.file();
  }

  public int line() {
    return segment.line();
  }

  /** The term as written in the source. */
  public String written() {
    return segment
        .source()
        .substring(segment.sourceStart(match.start()), segment.sourceEnd(match.end()));
  }

  /** A deprecated term that is not excused: what TERM001 reports and the fix rewrites. */
  public boolean isDeprecatedUse() {
    return term().status() == TermStatus.DEPRECATED && !excused;
  }

  /** {@code path:line:column}, the path relative to {@code root}. */
  public String place(Path root) {
    return Places.shown(root, file()) + ":" + line() + ":" + column();
  }
}
