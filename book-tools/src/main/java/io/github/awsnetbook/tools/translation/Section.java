package io.github.awsnetbook.tools.translation;

import java.nio.file.Path;
import java.util.List;

/**
 * One section of a book: its ID, level, title and style (colophon, appendix … or empty), where its
 * heading is, its own lines (up to the next heading of any level), and the structure a translation
 * has to keep.
 */
public record Section(
    String id,
    int level,
    String title,
    String style,
    SourceLine heading,
    List<SourceLine> ownLines,
    List<Figure> figures,
    List<Table> tables,
    List<Admonition> admonitions,
    List<Reference> references) {

  /** The pseudo-section of the document header: title, revision, description, preamble. */
  public static final String HEADER_ID = "_header";

  public Section {
    ownLines = List.copyOf(ownLines);
    figures = List.copyOf(figures);
    tables = List.copyOf(tables);
    admonitions = List.copyOf(admonitions);
    references = List.copyOf(references);
  }

  public boolean isHeader() {
    return id.equals(HEADER_ID);
  }

  public Path file() {
    return heading.file();
  }

  public int line() {
    return heading.line();
  }

  /** "path:line" of the heading, for messages that name both sides. */
  public String place(Path root) {
    return heading.place(root);
  }

  /** A block image, by ID, with the image file it shows. */
  public record Figure(String id, String target, SourceLine at) {}

  /** A table, by ID, with its shape. */
  public record Table(String id, int rows, int columns, SourceLine at) {}

  /** An admonition a translation must keep (editor's and translator's notes are exempt). */
  public record Admonition(String type, SourceLine at) {}

  /** A cross reference (an ID) or a link (a URL). */
  public record Reference(Kind kind, String target, SourceLine at) {
    /** Which of the two it is. */
    public enum Kind {
      CROSS_REFERENCE,
      LINK
    }
  }
}
