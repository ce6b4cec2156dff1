package io.github.awsnetbook.tools.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image's alt text written so that Asciidoctor shows it as the post does. Asciidoctor gives a
 * block image's alt text its typographic replacements ("(C)", "--", "...", arrows, an apostrophe
 * inside a word), each rule in turn over the text with its special characters escaped, and honours
 * a backslash before a match; a passthrough cannot stand in an attribute list. So this runs those
 * rules as Asciidoctor does (2.0, {@code Substitutors#sub_replacements}) and puts a backslash
 * exactly where a rule would replace something: not elsewhere, where the backslash would be shown.
 * An escaped match gives back its characters, which a later rule may match again ("<<->"): the
 * rules are run again until none replaces anything.
 */
final class AltText {

  /** One of Asciidoctor's replacement rules: where in a match its backslash goes. */
  private record Rule(Pattern pattern, boolean leading) {}

  /** The origin of a backslash this class adds. */
  private static final int OURS = -1;

  private static final String WORD = "[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]";

  private static final List<Rule> RULES =
      List.of(
          new Rule(Pattern.compile("\\\\?\\(C\\)"), false),
          new Rule(Pattern.compile("\\\\?\\(R\\)"), false),
          new Rule(Pattern.compile("\\\\?\\(TM\\)"), false),
          new Rule(Pattern.compile("(?: |\\n|^|\\\\)--(?: |\\n|$)"), false),
          new Rule(Pattern.compile("(" + WORD + ")\\\\?--(?=" + WORD + ")"), true),
          new Rule(Pattern.compile("\\\\?\\.\\.\\."), false),
          new Rule(Pattern.compile("\\\\?`'"), false),
          new Rule(Pattern.compile("([\\p{L}\\p{Nd}])\\\\?'(?=\\p{L})"), true),
          new Rule(Pattern.compile("\\\\?-&gt;"), false),
          new Rule(Pattern.compile("\\\\?=&gt;"), false),
          new Rule(Pattern.compile("\\\\?&lt;-"), false),
          new Rule(Pattern.compile("\\\\?&lt;="), false));

  private AltText() {}

  /** The alt text as the image macro's quoted first attribute gives it. */
  static String of(String alt) {
    TreeSet<Integer> escapes = new TreeSet<>();
    Integer next;
    while ((next = firstReplaced(alt, escapes)) != null && escapes.add(next)) {
      // Each round escapes one more place; a place is never escaped twice.
    }
    StringBuilder written = new StringBuilder();
    for (int i = 0; i < alt.length(); i++) {
      if (escapes.contains(i)) {
        written.append('\\');
      }
      char c = alt.charAt(i);
      // The attribute list's own escapes: its quote, and an attribute reference.
      written.append(c == '"' || c == '{' ? "\\" + c : String.valueOf(c));
    }
    return written.toString();
  }

  /**
   * Where, in the alt text, the first rule that would replace something matches (the place for its
   * backslash), with backslashes before the characters at {@code escapes}; null if none.
   */
  private static Integer firstReplaced(String alt, TreeSet<Integer> escapes) {
    StringBuilder text = new StringBuilder();
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < alt.length(); i++) {
      if (escapes.contains(i)) {
        text.append('\\');
        origin.add(OURS);
      }
      String shown = special(alt.charAt(i));
      text.append(shown);
      for (int k = 0; k < shown.length(); k++) {
        origin.add(i);
      }
    }
    for (Rule rule : RULES) {
      Matcher match = rule.pattern().matcher(text);
      int from = 0;
      while (from <= text.length() && match.find(from)) {
        int at = rule.leading() ? match.end(1) : match.start();
        if (text.charAt(at) != '\\') {
          boolean spaced = text.charAt(at) == ' ' || text.charAt(at) == '\n';
          return origin.get(spaced ? at + 1 : at);
        }
        boolean protectedByOurs = at > 0 && origin.get(at - 1) == OURS;
        if (origin.get(at) != OURS && !protectedByOurs) {
          // The author's own backslash would be taken as the escape: ours goes before it.
          return origin.get(at);
        }
        // Asciidoctor drops the escaping backslash and keeps the match's characters.
        text.deleteCharAt(at);
        origin.remove(at);
        from = match.end() - 1;
        match = rule.pattern().matcher(text);
      }
    }
    return null;
  }

  /** A character as Asciidoctor's special characters substitution writes it. */
  private static String special(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      default -> String.valueOf(c);
    };
  }
}
