package io.github.awsnetbook.tools.importing;

import java.util.Objects;

/**
 * One line of a chapter as the import sees it: the author's text (compared by its text), the
 * author's image (compared by the post's image it shows, since the editors may have redrawn it), a
 * decoration (a block's attribute line, title or comment: the editors' once the chapter exists), or
 * an editors' line (their notes and own figures).
 *
 * @param line the line in the post (rendered) or in the chapter (read), from 1; 0 where none
 */
record ChapterLine(String text, Kind kind, String key, int line) {

  /** What a line is to the merge. */
  enum Kind {
    AUTHOR,
    DECORATION,
    EDITOR
  }

  ChapterLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
  }

  static ChapterLine author(String text, int line) {
    return new ChapterLine(text, Kind.AUTHOR, text, line);
  }

  static ChapterLine image(String text, String postTarget, int line) {
    return new ChapterLine(text, Kind.AUTHOR, "image:" + postTarget, line);
  }

  static ChapterLine decoration(String text, int line) {
    return new ChapterLine(text, Kind.DECORATION, "", line);
  }

  static ChapterLine editor(String text, int line) {
    return new ChapterLine(text, Kind.EDITOR, "", line);
  }

  boolean isAuthor() {
    return kind == Kind.AUTHOR;
  }
}
