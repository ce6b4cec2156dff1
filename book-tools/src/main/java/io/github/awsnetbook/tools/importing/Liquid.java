package io.github.awsnetbook.tools.importing;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The post's Liquid, read as Jekyll reads it, before the Markdown: a {@code {% raw %}} … {@code {%
 * endraw %}} region is literal text (how an author shows {@code {{ }}} or {@code {% %}} in a post,
 * in code or in prose), and its two tags go; any other tag or output ({@code {% include %}}, {@code
 * {{ site.url }}}) is Jekyll's code, which the book does not run, and is refused at its place.
 */
final class Liquid {

  private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)[^%]*?-?%\\}|\\{\\{|\\{%");
  private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%\\}");

  /** The post's lines with the raw regions' tags taken out, and the Liquid the book refuses. */
  record Read(List<String> lines, List<Diagnostic> problems) {}

  private Liquid() {}

  /** Reads the Liquid of {@code lines} from line index {@code from} (after the front matter). */
  static Read read(Path post, List<String> lines, int from) {
    List<String> out = new ArrayList<>(lines.subList(0, Math.min(from, lines.size())));
    List<Diagnostic> problems = new ArrayList<>();
    int rawOpenedAt = -1;
    String rawOpenedLine = "";
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      StringBuilder kept = new StringBuilder();
      int at = 0;
      while (at <= line.length()) {
        if (rawOpenedAt >= 0) {
          Matcher end = END_RAW.matcher(line).region(at, line.length());
          if (!end.find()) {
            kept.append(line, at, line.length());
            break;
          }
          kept.append(line, at, end.start());
          at = end.end();
          rawOpenedAt = -1;
          continue;
        }
        Matcher tag = TAG.matcher(line).region(at, line.length());
        if (!tag.find()) {
          kept.append(line, at, line.length());
          break;
        }
        kept.append(line, at, tag.start());
        if ("raw".equals(tag.group(1))) {
          rawOpenedAt = i;
          rawOpenedLine = line;
        } else {
          problems.add(refused(post, i, line, tag.start(), tag.group()));
        }
        at = tag.end();
      }
      out.add(kept.toString());
    }
    if (rawOpenedAt >= 0) {
      problems.add(
          Diagnostic.error(
                  post,
                  rawOpenedAt + 1,
                  rawOpenedLine.codePointCount(0, Math.max(0, rawOpenedLine.indexOf("{%"))) + 1,
                  "this {% raw %} is not closed; end the literal text with {% endraw %}")
              .withRule("import/refused")
              .withSourceLine(rawOpenedLine));
    }
    return new Read(List.copyOf(out), List.copyOf(problems));
  }

  private static Diagnostic refused(Path post, int index, String line, int start, String tag) {
    return Diagnostic.error(
            post,
            index + 1,
            line.codePointCount(0, start) + 1,
            "a Liquid tag ('"
                + tag
                + "') is Jekyll's code, which the book does not run; write the text it stands for,"
                + " or put text meant literally between {% raw %} and {% endraw %}")
        .withRule("import/refused")
        .withSourceLine(line);
  }
}
