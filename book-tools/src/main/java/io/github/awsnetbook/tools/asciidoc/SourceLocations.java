package io.github.awsnetbook.tools.asciidoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Cursor;

/**
 * Corrects a block's source location where Asciidoctor's source map is wrong: the last block of an
 * included file is mapped to the include directive in the including file. The block's text is then
 * looked up, from the end, in the included file.
 */
public final class SourceLocations {

  private static final Pattern INCLUDE = Pattern.compile("^include::(.+?)\\[.*\\]\\s*$");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\{([\\w-]+)\\}");

  private SourceLocations() {}

  /** A position in a source file. */
  public record Place(String file, String dir, String path, int lineNumber) implements Cursor {
    public static Place of(Cursor cursor) {
      return new Place(cursor.getFile(), cursor.getDir(), cursor.getPath(), cursor.getLineNumber());
    }

    public Place plusLines(int offset) {
      return new Place(file, dir, path, lineNumber + offset);
    }

    @Override
    public int getLineNumber() {
      return lineNumber;
    }

    @Override
    public String getPath() {
      return path;
    }

    @Override
    public String getDir() {
      return dir;
    }

    @Override
    public String getFile() {
      return file;
    }
  }

  /**
   * Returns where {@code text} really is: at {@code cursor} if the cursor's line holds it,
   * otherwise in the file the cursor's line includes, if that file holds it.
   */
  public static Place locate(Cursor cursor, String text, Map<String, Object> attributes) {
    Place place = Place.of(cursor);
    List<String> lines = read(place.file());
    int index = place.lineNumber() - 1;
    if (index < 0 || index >= lines.size() || lines.get(index).contains(text)) {
      return place;
    }
    Matcher include = INCLUDE.matcher(lines.get(index));
    if (!include.matches()) {
      return place;
    }
    Path included = Path.of(place.dir()).resolve(substitute(include.group(1), attributes));
    List<String> includedLines = read(included.toString());
    for (int i = includedLines.size() - 1; i >= 0; i--) {
      if (includedLines.get(i).contains(text)) {
        return new Place(
            included.toString(),
            included.getParent().toString(),
            included.getFileName().toString(),
            i + 1);
      }
    }
    return place;
  }

  private static String substitute(String target, Map<String, Object> attributes) {
    Matcher reference = ATTRIBUTE.matcher(target);
    StringBuilder resolved = new StringBuilder();
    while (reference.find()) {
      Object value = attributes.get(reference.group(1));
      reference.appendReplacement(
          resolved, Matcher.quoteReplacement(value == null ? reference.group() : value.toString()));
    }
    return reference.appendTail(resolved).toString();
  }

  private static List<String> read(String file) {
    try {
      return file == null ? List.of() : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
