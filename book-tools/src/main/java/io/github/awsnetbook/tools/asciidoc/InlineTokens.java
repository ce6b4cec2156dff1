package io.github.awsnetbook.tools.asciidoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one inline tokenizer of the build: the inline items of a line of AsciiDoc source that every
 * check looks at (passthroughs, inline code, attribute references, anchors, cross references,
 * links, URLs, images, footnotes, other macros), with where each is and which part of it is prose.
 *
 * <p>Code and passthroughs are found first, as their content may look like anything; the prose of
 * an item (a link's or a cross reference's text, an image's alt text, a footnote) is searched again
 * by the later rules, as Asciidoctor substitutes inside it.
 *
 * @param line the line as written
 * @param tokens the items, in the order they were found
 */
public record InlineTokens(String line, List<Token> tokens) {

  /** What an inline item is. */
  public enum Kind {
    PASSTHROUGH,
    CODE,
    ATTRIBUTE_REFERENCE,
    ANCHOR,
    CROSS_REFERENCE,
    LINK,
    URL,
    IMAGE,
    FOOTNOTE,
    MACRO
  }

  /**
   * One item: its kind, where it is in the line ([start, end), UTF-16 offsets), its target (an ID,
   * a URL, an image file, an attribute name; "" if none) and its prose ([proseStart, proseEnd), or
   * -1 where it has none).
   */
  public record Token(Kind kind, int start, int end, String target, int proseStart, int proseEnd) {

    public String text(String line) {
      return line.substring(start, end);
    }

    public boolean hasProse() {
      return proseStart >= 0;
    }
  }

  public InlineTokens {
    tokens = List.copyOf(tokens);
  }

  /**
   * A rule: its kind, its pattern, the group of the target (0: none) and of the prose (0: none).
   */
  private record Rule(Kind kind, Pattern pattern, int target, int prose) {
    static Rule of(Kind kind, String regex, int target, int prose) {
      return new Rule(kind, Pattern.compile(regex), target, prose);
    }
  }

  private static final String URL = "(?:https?|ftp|irc|file)://[^\\s\\[\\]<>]+";

  /** In this order: code and passthroughs first, as their content may look like anything. */
  private static final List<Rule> RULES =
      List.of(
          Rule.of(Kind.PASSTHROUGH, "\\+\\+\\+(.*?)\\+\\+\\+", 0, 0),
          Rule.of(Kind.PASSTHROUGH, "pass:[a-z,]*\\[(.*?)(?<!\\\\)\\]", 0, 0),
          Rule.of(Kind.CODE, "``.+?``", 0, 0),
          Rule.of(
              Kind.CODE,
              "(?<![\\p{L}\\p{N}`\\\\])`[^`\\s](?:.*?[^`\\s])?`(?![\\p{L}\\p{N}`])",
              0,
              0),
          Rule.of(Kind.PASSTHROUGH, "\\+\\+.+?\\+\\+", 0, 0),
          Rule.of(
              Kind.PASSTHROUGH,
              "(?<![\\p{L}\\p{N}+\\\\])\\+[^+\\s](?:.*?[^+\\s])?\\+(?![\\p{L}\\p{N}+])",
              0,
              0),
          new Rule(Kind.ATTRIBUTE_REFERENCE, SourceText.ATTRIBUTE_REFERENCE, 1, 0),
          Rule.of(Kind.ANCHOR, "\\[\\[([^\\],]*)[^\\]]*\\]\\]", 1, 0),
          Rule.of(Kind.ANCHOR, "anchor:([^\\s\\[]+)\\[[^\\]]*\\]", 1, 0),
          Rule.of(Kind.CROSS_REFERENCE, "<<([^,>]+),\\s*([^>]*)>>", 1, 2),
          Rule.of(Kind.CROSS_REFERENCE, "<<([^>]*)>>", 1, 0),
          Rule.of(Kind.CROSS_REFERENCE, "xref:([^\\s\\[]*)\\[([^\\]]*)\\]", 1, 2),
          Rule.of(Kind.LINK, "(?:link|mailto):([^\\s\\[]*)\\[([^\\]]*)\\]", 1, 2),
          Rule.of(Kind.URL, "(" + URL + ")\\[([^\\]]*)\\]", 1, 2),
          Rule.of(Kind.URL, "(" + URL + ")", 1, 0),
          // A quoted alt text may hold commas and brackets; an unquoted one ends at the first
          // comma.
          Rule.of(Kind.IMAGE, "image::?([^\\s\\[]*)\\[\"([^\"]*)\"(?:,[^\\]]*)?\\]", 1, 2),
          Rule.of(Kind.IMAGE, "image::?([^\\s\\[]*)\\[([^\\],=]*)(?:[,][^\\]]*)?\\]", 1, 2),
          Rule.of(Kind.IMAGE, "image::?([^\\s\\[]*)\\[[^\\]]*\\]", 1, 0),
          Rule.of(Kind.FOOTNOTE, "footnote:[\\w-]*\\[([^\\]]*)\\]", 0, 1),
          Rule.of(
              Kind.MACRO,
              "\\b(?:kbd|btn|menu|icon|stem|latexmath|asciimath|indexterm2?):[^\\s\\[]*\\[[^\\]]*\\]",
              0,
              0),
          Rule.of(Kind.MACRO, "\\[[#.%][\\w.#%-]*\\](?=[#_*`])", 0, 0));

  /** The items of one line. */
  public static InlineTokens of(String line) {
    char[] masked = line.toCharArray();
    List<Token> tokens = new ArrayList<>();
    for (Rule rule : RULES) {
      String before = new String(masked);
      Matcher match = rule.pattern().matcher(before);
      while (match.find()) {
        tokens.add(token(rule, match, line));
        blank(masked, match.start(), match.end());
        if (rule.prose() > 0 && match.start(rule.prose()) >= 0) {
          int from = match.start(rule.prose());
          before.getChars(from, match.end(rule.prose()), masked, from);
        }
      }
    }
    return new InlineTokens(line, tokens);
  }

  private static Token token(Rule rule, Matcher match, String line) {
    String target =
        rule.target() > 0 && match.start(rule.target()) >= 0
            ? line.substring(match.start(rule.target()), match.end(rule.target())).strip()
            : "";
    boolean prose = rule.prose() > 0 && match.start(rule.prose()) >= 0;
    return new Token(
        rule.kind(),
        match.start(),
        match.end(),
        target,
        prose ? match.start(rule.prose()) : -1,
        prose ? match.end(rule.prose()) : -1);
  }

  /**
   * The prose of the line: the same line with every item that is not prose blanked to spaces, so
   * that every character keeps its offset. An item's prose (a link's text) is kept.
   */
  public String prose() {
    char[] prose = line.toCharArray();
    for (Token token : tokens) {
      String before = new String(prose);
      blank(prose, token.start(), token.end());
      if (token.hasProse()) {
        before.getChars(token.proseStart(), token.proseEnd(), prose, token.proseStart());
      }
    }
    return new String(prose);
  }

  /** The items of one kind. */
  public List<Token> all(Kind kind) {
    return tokens.stream().filter(token -> token.kind() == kind).toList();
  }

  private static void blank(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      text[i] = ' ';
    }
  }
}
