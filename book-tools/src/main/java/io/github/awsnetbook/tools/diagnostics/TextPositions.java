package io.github.awsnetbook.tools.diagnostics;

/**
 * Line and column of a place in a text, counted as a reader counts them: lines from 1, columns from
 * 1 in code points, so that a Japanese character or an emoji is one column.
 */
public record TextPositions(String text) {

  public int lineAt(int index) {
    int line = 1;
    for (int i = 0; i < Math.min(index, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  public int columnAt(int index) {
    int clamped = Math.max(0, Math.min(index, text.length()));
    int lineStart = text.lastIndexOf('\n', clamped - 1) + 1;
    return text.codePointCount(lineStart, clamped) + 1;
  }
}
