package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Places;
import java.nio.file.Path;

/**
 * A term where it is written in a book.
 *
 * @param excused a deprecated acronym or abbreviation introduced next to its full term, as in "NAT
 *     gateway (NATGW)": allowed there
 */
public record Occurrence(Segment segment, Match match, boolean excused) {

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

  public int column() {
    return segment.column(match.start());
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
