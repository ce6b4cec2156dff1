package io.github.awsnetbook.tools.asciidoc;

import io.github.awsnetbook.tools.diagnostics.SourcePlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.asciidoctor.ast.Cursor;

/**
 * Corrects a block's source location where Asciidoctor's source map is wrong: the last block of an
 * included file is mapped to the include directive in the including file. The block's text is then
 * looked up, from the end, in the included file, and in the file that one includes at that line,
 * and so on. The source model and the build's tree processors both correct their places here.
 */
public final class SourceLocations {

  private SourceLocations() {}

  /**
   * Returns where {@code text} really is: at {@code cursor} if the cursor's line holds it,
   * otherwise in the file the cursor's line includes, if that file holds it.
   */
  public static SourcePlace locate(Cursor cursor, String text, Map<String, Object> attributes) {
    SourcePlace place = SourcePlace.of(cursor);
    if (place.file() == null) {
      return place;
    }
    Path file = Path.of(place.file()).toAbsolutePath().normalize();
    int line = place.lineNumber();
    SourceText lines = readable(file);
    if (line < 1 || line > lines.lines().size() || lines.line(line).contains(text)) {
      return place;
    }
    Path dir = place.dir() == null ? file.getParent() : Path.of(place.dir());
    Line found =
        followIncludes(new Line(file, line), dir, text, SourceLocations::readable, attributes::get);
    return found.file().equals(file) && found.number() == line
        ? place
        : new SourcePlace(
            found.file().toString(),
            found.file().getParent().toString(),
            found.file().getFileName().toString(),
            found.number());
  }

  /** A line of a file. */
  record Line(Path file, int number) {}

  /**
   * Where {@code text} is when {@code at} is an include directive: the last line that holds it in
   * the included file, followed on through the include directives found there; {@code at} if the
   * line is no include or the included file does not hold the text.
   *
   * @param dir what the directive's relative target is relative to: the base directory for the top
   *     document, as Asciidoctor resolves it, else the directory of the file
   * @param texts the text of a file (the caller's cache)
   * @param attributes the document's attributes, which an include target may refer to
   */
  static Line followIncludes(
      Line at,
      Path dir,
      String text,
      Function<Path, SourceText> texts,
      Function<String, Object> attributes) {
    Line current = at;
    Path base = dir;
    for (int hops = 0; hops < SourceText.MAX_INCLUDE_DEPTH; hops++) {
      Optional<String> include =
          SourceText.includeTarget(texts.apply(current.file()).line(current.number()));
      if (include.isEmpty()) {
        return current;
      }
      Path target = Path.of(SourceText.resolveAttributes(include.get(), attributes));
      Path included = (target.isAbsolute() ? target : base.resolve(target)).normalize();
      SourceText lines = texts.apply(included);
      int found = 0;
      for (int i = lines.lines().size(); i >= 1 && found == 0; i--) {
        if (lines.line(i).contains(text)) {
          found = i;
        }
      }
      if (found == 0) {
        return current;
      }
      current = new Line(included, found);
      base = included.getParent();
    }
    return current;
  }

  private static SourceText readable(Path file) {
    try {
      return Files.isRegularFile(file)
          ? SourceText.read(file)
          : new SourceText(java.util.List.of());
    } catch (RuntimeException unreadable) {
      return new SourceText(java.util.List.of());
    }
  }
}
