package io.github.awsnetbook.tools.terminology;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A piece of a book's prose on one line of a source file: the text to look for terms in, and where
 * each of its characters is in the line as written.
 *
 * <p>Markup that is not prose (inline code, URLs, cross reference targets, attribute references) is
 * blanked to spaces in {@code text}, so that offsets stay those of the line and nothing joins
 * across the gap.
 *
 * @param file the source file
 * @param line the line in it, 1-based
 * @param source the line as written
 * @param text the prose of the line
 * @param offsets for each char of {@code text}, and one past its end, the UTF-16 offset in {@code
 *     source}: where a properties escape such as {@code \u30B2} stands for one character, the
 *     offsets of the following characters jump
 * @param sectionId the ID of the section (or figure label) the line belongs to: what ties it to the
 *     same part of a translation; {@code ""} for the document root
 */
public record Segment(
    Path file, int line, String source, String text, int[] offsets, String sectionId) {

  public Segment {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sectionId, "sectionId");
    if (offsets.length != text.length() + 1) {
      throw new IllegalArgumentException("one offset per char of the text, and one for its end");
    }
  }

  /** A segment whose text is the line itself, character for character. */
  static Segment sameAsSource(Path file, int line, String source, String text, String sectionId) {
    if (text.length() != source.length()) {
      throw new IllegalArgumentException("the text must be as long as the line");
    }
    int[] offsets = new int[text.length() + 1];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = i;
    }
    return new Segment(file, line, source, text, offsets, sectionId);
  }

  /** The 1-based column, in code points, of the character at {@code index} of the text. */
  public int column(int index) {
    return source.codePointCount(0, offsets[index]) + 1;
  }

  /** Where the text range [{@code start}, {@code end}) is in the source line, as UTF-16 offsets. */
  public int sourceStart(int start) {
    return offsets[start];
  }

  public int sourceEnd(int end) {
    return offsets[end];
  }
}
