package io.github.awsnetbook.tools.diagnostics;

import org.asciidoctor.ast.Cursor;

/**
 * A line of a source file as Asciidoctor's logger and source map name it: the file, its folder, its
 * name and the line number.
 */
public record SourcePlace(String file, String dir, String path, int lineNumber) implements Cursor {

  public static SourcePlace of(Cursor cursor) {
    return new SourcePlace(
        cursor.getFile(), cursor.getDir(), cursor.getPath(), cursor.getLineNumber());
  }

  public SourcePlace plusLines(int offset) {
    return new SourcePlace(file, dir, path, lineNumber + offset);
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
