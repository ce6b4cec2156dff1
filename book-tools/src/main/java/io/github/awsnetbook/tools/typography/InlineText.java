package io.github.awsnetbook.tools.typography;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which characters of an AsciiDoc source line are text a reader sees, as opposed to inline
 * markup whose characters must stay as they are: URLs, macro targets, attribute references, cross
 * references, anchors, passthroughs, code spans and character references.
 */
final class InlineText {

  /** Each alternative is one kind of markup that must not be touched. */
  private static final Pattern PROTECTED =
      Pattern.compile(
          String.join(
              "|",
              // passthroughs: +++x+++, ++x++, +x+, pass:[x]
              "\\+\\+\\+.*?\\+\\+\\+",
              "\\+\\+.*?\\+\\+",
              "\\+[^+\\s](?:.*?[^+\\s])?\\+",
              "pass:[a-z,]*\\[.*?(?<!\\\\)\\]",
              // code spans
              "``.*?``",
              "`[^`]+`",
              // cross references and inline anchors
              "<<.*?>>",
              "\\[\\[.*?\\]\\]",
              "\\[#[^\\]]*\\]",
              // attribute references and character references
              "\\{[\\w-]+(?::[^}]*)?\\}",
              "&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);",
              // URLs (up to whitespace or an attribute list)
              "(?:https?|ftp|irc|mailto|file)://[^\\s\\[]*(?:\\[[^\\]]*\\])?",
              // inline macros with a target: image:x.png[...], link:x[...], xref:x[...], kbd:[...]
              // (not \\b: Java's word boundary is inconsistent next to Japanese)
              "(?<![A-Za-z0-9_])[a-z][a-z0-9_-]*:(?!//)[^\\s\\[]*\\[(?:\\\\\\]|[^\\]])*\\]"));

  private InlineText() {}

  /** Returns a set of the char indexes of {@code line} that belong to protected markup. */
  static BitSet protectedChars(String line) {
    BitSet chars = new BitSet(line.length());
    Matcher markup = PROTECTED.matcher(line);
    while (markup.find()) {
      chars.set(markup.start(), markup.end());
    }
    return chars;
  }
}
