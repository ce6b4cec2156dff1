package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.safety.InvisibleCharacters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * The invisible characters inside the term as written (a zero-width space, a soft hyphen …),
   * which the match left out: each with its line and column in the source.
   */
  public List<InvisibleCharacters.Found> hidden() {
    String source = segment.source();
    int start = segment.sourceStart(match.start());
    int end = segment.sourceEnd(match.end());
    List<InvisibleCharacters.Found> hidden = new ArrayList<>();
    int line = line();
    int column = column();
    for (int index = start; index < end; ) {
      int codePoint = source.codePointAt(index);
      InvisibleCharacters.Kind kind = InvisibleCharacters.kindOf(codePoint);
      if (kind != null) {
        hidden.add(new InvisibleCharacters.Found(codePoint, kind, line, column));
      }
      if (codePoint == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      index += Character.charCount(codePoint);
    }
    return hidden;
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
