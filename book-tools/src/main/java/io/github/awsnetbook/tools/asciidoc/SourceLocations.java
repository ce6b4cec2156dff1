package io.github.awsnetbook.tools.asciidoc;

import io.github.awsnetbook.tools.diagnostics.SourcePlace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.Cursor;

/**
 * Corrects a block's source location where Asciidoctor's source map is wrong: the last block of an
 * included file is mapped to the include directive in the including file. The block's text is then
 * looked up, from the end, in the included file.
 */
public final class SourceLocations {

  private SourceLocations() {}

  /**
   * Returns where {@code text} really is: at {@code cursor} if the cursor's line holds it,
   * otherwise in the file the cursor's line includes, if that file holds it.
   */
  public static SourcePlace locate(Cursor cursor, String text, Map<String, Object> attributes) {
    SourcePlace place = SourcePlace.of(cursor);
    List<String> lines = read(place.file());
    int index = place.lineNumber() - 1;
    if (index < 0 || index >= lines.size() || lines.get(index).contains(text)) {
      return place;
    }
    Optional<String> include = SourceText.includeTarget(lines.get(index));
    if (include.isEmpty()) {
      return place;
    }
    Path included =
        Path.of(place.dir()).resolve(SourceText.resolveAttributes(include.get(), attributes::get));
    List<String> includedLines = read(included.toString());
    for (int i = includedLines.size() - 1; i >= 0; i--) {
      if (includedLines.get(i).contains(text)) {
        return new SourcePlace(
            included.toString(),
            included.getParent().toString(),
            included.getFileName().toString(),
            i + 1);
      }
    }
    return place;
  }

  private static List<String> read(String file) {
    try {
      return file == null ? List.of() : SourceText.read(Path.of(file)).lines();
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }
}
