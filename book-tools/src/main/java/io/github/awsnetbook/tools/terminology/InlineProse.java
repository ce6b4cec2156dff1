package io.github.awsnetbook.tools.terminology;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of one AsciiDoc line: the same line with the inline markup that is not prose blanked to
 * spaces, so that every character keeps its offset.
 *
 * <p>Blanked: inline code and passthroughs, attribute references, URLs, the targets of links, cross
 * references and images, inline anchors and other macros. Kept: the text of a link or a cross
 * reference, the alt text of an image, the text of a footnote.
 */
final class InlineProse {

  /** A pattern, and which of its groups are prose (kept); all else of the match is blanked. */
  private record Rule(Pattern pattern, List<Integer> keep) {
    static Rule blank(String regex) {
      return new Rule(Pattern.compile(regex), List.of());
    }

    static Rule keep(String regex, Integer... groups) {
      return new Rule(Pattern.compile(regex), List.of(groups));
    }
  }

  /** In this order: code and passthroughs first, as their content may look like anything. */
  private static final List<Rule> RULES =
      List.of(
          Rule.blank("\\+\\+\\+.*?\\+\\+\\+"),
          Rule.blank("pass:[a-z,]*\\[.*?\\]"),
          Rule.blank("``.+?``"),
          Rule.blank("(?<![\\p{L}\\p{N}`\\\\])`[^`\\s](?:.*?[^`\\s])?`(?![\\p{L}\\p{N}`])"),
          Rule.blank("\\+\\+.+?\\+\\+"),
          Rule.blank("(?<![\\p{L}\\p{N}+\\\\])\\+[^+\\s](?:.*?[^+\\s])?\\+(?![\\p{L}\\p{N}+])"),
          Rule.blank("(?<!\\\\)\\{[\\w-]+\\}"),
          Rule.blank("\\[\\[[^\\]]*\\]\\]"),
          Rule.blank("anchor:[^\\s\\[]+\\[[^\\]]*\\]"),
          Rule.keep("<<[^,>]+,\\s*([^>]*)>>", 1),
          Rule.blank("<<[^>]*>>"),
          Rule.keep("(?:xref|link|mailto):[^\\s\\[]*\\[([^\\]]*)\\]", 1),
          Rule.keep("(?:https?|ftp|irc|file)://[^\\s\\[\\]<>]+\\[([^\\]]*)\\]", 1),
          Rule.blank("(?:https?|ftp|irc|file)://[^\\s\\[\\]<>]+"),
          // A quoted alt text may hold commas and brackets; an unquoted one ends at the first
          // comma.
          Rule.keep("image::?[^\\s\\[]*\\[\"([^\"]*)\"(?:,[^\\]]*)?\\]", 1),
          Rule.keep("image::?[^\\s\\[]*\\[([^\\],=]*)(?:[,][^\\]]*)?\\]", 1),
          Rule.blank("image::?[^\\s\\[]*\\[[^\\]]*\\]"),
          Rule.keep("footnote:[\\w-]*\\[([^\\]]*)\\]", 1),
          Rule.blank(
              "\\b(?:kbd|btn|menu|icon|stem|latexmath|asciimath|indexterm2?)"
                  + ":[^\\s\\[]*\\[[^\\]]*\\]"),
          Rule.blank("\\[[#.%][\\w.#%-]*\\](?=[#_*`])"));

  private InlineProse() {}

  static String of(String line) {
    char[] prose = line.toCharArray();
    for (Rule rule : RULES) {
      String before = new String(prose);
      Matcher match = rule.pattern().matcher(before);
      while (match.find()) {
        blank(prose, match.start(), match.end());
        for (int group : rule.keep()) {
          if (match.start(group) >= 0) {
            before.getChars(match.start(group), match.end(group), prose, match.start(group));
          }
        }
      }
    }
    return new String(prose);
  }

  private static void blank(char[] prose, int from, int to) {
    for (int i = from; i < to; i++) {
      prose[i] = ' ';
    }
  }
}
