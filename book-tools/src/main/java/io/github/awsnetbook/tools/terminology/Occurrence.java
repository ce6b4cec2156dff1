package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.typography.InvisibleCharacters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

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
  public List<PlacedCharacter> hidden() {
    return characters(codePoint -> InvisibleCharacters.kindOf(codePoint) != null);
  }

  /**
   * The characters of the term that are {@code which}, with their places in the source: read from
   * the text (where a properties escape {@code \\u0435} is the letter it stands for), placed where
   * they are written.
   */
  public List<PlacedCharacter> characters(IntPredicate which) {
    String text = segment.text();
    String source = segment.source();
    List<PlacedCharacter> found = new ArrayList<>();
    int line = line();
    int column = column();
    int walked = segment.sourceStart(match.start());
    for (int index = match.start(); index < match.end(); ) {
      int codePoint = text.codePointAt(index);
      if (which.test(codePoint)) {
        // Walk the source up to the character: its line and column as the author sees them.
        for (int target = segment.sourceStart(index); walked < target; ) {
          int written = source.codePointAt(walked);
          if (written == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
          walked += Character.charCount(written);
        }
        found.add(new PlacedCharacter(codePoint, line, column));
      }
      index += Character.charCount(codePoint);
    }
    return found;
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
