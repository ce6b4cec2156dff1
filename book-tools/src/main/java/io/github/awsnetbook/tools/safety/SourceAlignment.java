package io.github.awsnetbook.tools.safety;

import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import io.github.awsnetbook.tools.terminology.Book;
import io.github.awsnetbook.tools.terminology.Segment;
import io.github.awsnetbook.tools.terminology.TerminologyException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Which part of the source a line of a translation stands for: the section of the same ID, or the
 * figure label of the same key, as the terminology check aligns them (one reading of the books,
 * {@link Book}). Lines that are not prose (code, attribute entries) have no aligned place.
 */
final class SourceAlignment {

  private final Map<String, String> partByPlace;
  private final Map<String, StringBuilder> sourceTextByPart;

  private SourceAlignment(
      Map<String, String> partByPlace, Map<String, StringBuilder> sourceTextByPart) {
    this.partByPlace = partByPlace;
    this.sourceTextByPart = sourceTextByPart;
  }

  /**
   * The alignment of {@code lang} with {@code sourceLang}; empty (nothing aligned) if either book
   * cannot be read, in which case the other checks report why.
   */
  static SourceAlignment of(Path root, String lang, String sourceLang, SourceModels models) {
    Map<String, String> partByPlace = new HashMap<>();
    Map<String, StringBuilder> sourceText = new HashMap<>();
    try {
      for (Segment segment : Book.load(models, root, lang).segments()) {
        partByPlace.put(place(segment.file(), segment.line()), segment.sectionId());
      }
      for (Segment segment : Book.load(models, root, sourceLang).segments()) {
        sourceText
            .computeIfAbsent(segment.sectionId(), id -> new StringBuilder())
            .append(segment.source())
            .append('\n');
      }
    } catch (TerminologyException
        | RepositoryFiles.OutsideRepositoryException
        | UncheckedIOException unreadable) {
      return new SourceAlignment(Map.of(), Map.of());
    }
    return new SourceAlignment(partByPlace, sourceText);
  }

  /** Nothing aligned: for sources that are not parsed (a file out of bounds). */
  static SourceAlignment none() {
    return new SourceAlignment(Map.of(), Map.of());
  }

  /** Whether the source has {@code codePoint} in the part aligned with {@code file:line}. */
  boolean sourceHas(Path file, int line, int codePoint) {
    String part = partByPlace.get(place(file, line));
    if (part == null) {
      return false;
    }
    StringBuilder text = sourceTextByPart.get(part);
    return text != null && text.indexOf(Character.toString(codePoint)) >= 0;
  }

  private static String place(Path file, int line) {
    return file.toAbsolutePath().normalize() + ":" + line;
  }
}
