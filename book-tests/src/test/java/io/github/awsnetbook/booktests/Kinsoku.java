package io.github.awsnetbook.booktests;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts line-breaking violations in text extracted from a PDF, line by line: a line that starts
 * with a character JIS X 4051 forbids at a line start, ends with one it forbids at a line end, or
 * splits an inseparable pair.
 */
final class Kinsoku {

  static final String LINE_START_PROHIBITED =
      "）〕］｝〉》」』】〙〗〟’”｠»"
          + "、。，．・：；？！‼⁇⁈⁉"
          + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
          + "ー々〻ゝゞヽヾ…‥";
  static final String LINE_END_PROHIBITED = "（〔［｛〈《「『【〘〖〝‘“｟«";
  static final List<String> INSEPARABLE = List.of("‥", "…", "—", "―");

  private Kinsoku() {}

  /** Each violation, described with the offending lines. */
  static List<String> violations(String extractedText) {
    List<String> lines =
        extractedText.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (LINE_START_PROHIBITED.indexOf(line.charAt(0)) >= 0) {
        found.add("line starts with " + line.charAt(0) + ": " + line);
      }
      if (LINE_END_PROHIBITED.indexOf(line.charAt(line.length() - 1)) >= 0) {
        found.add("line ends with " + line.charAt(line.length() - 1) + ": " + line);
      }
      if (i + 1 < lines.size()) {
        for (String pair : INSEPARABLE) {
          if (line.endsWith(pair) && lines.get(i + 1).startsWith(pair)) {
            found.add("pair " + pair + pair + " split: " + line + " / " + lines.get(i + 1));
          }
        }
      }
    }
    return found;
  }
}
