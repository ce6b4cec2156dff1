package io.github.awsnetbook.tools.typography;

import io.github.awsnetbook.tools.asciidoc.TreeWalk;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Curly quotes for the straight double quotes of an English document's text, in the HTML and the
 * PDF printed from it; the sources keep what the translator typed (AsciiDoc curls only quotes
 * written as {@code "`…`"}, and apostrophes). Quotes inside an attribute list or a macro's brackets
 * and in literal text are left alone. Documents in other languages are untouched.
 */
public final class EnglishQuotes extends Treeprocessor {

  @Override
  public Document process(Document document) {
    String lang = String.valueOf(document.getAttribute("lang", "en"));
    if (lang.split("-")[0].equals("en")
        && !"off".equals(document.getAttribute(JapaneseTypesetting.SWITCH))) {
      TreeWalk.walk(
          document.getBlocks(),
          null,
          new ProseText(
              lines -> lines.stream().map(EnglishQuotes::curled).toList(), EnglishQuotes::curled));
    }
    return document;
  }

  /**
   * The AsciiDoc text with its straight double quotes curled, outside brackets ({@code [...]}),
   * backticks and passthroughs: one that follows a letter, a digit or closing punctuation closes,
   * any other opens.
   */
  static String curled(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int brackets = 0;
    boolean literal = false;
    char last = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        brackets++;
      } else if (c == ']' && brackets > 0) {
        brackets--;
      } else if (c == '`') {
        literal = !literal;
      }
      boolean next = i + 1 < text.length() && text.charAt(i + 1) == '`';
      if (c == '"' && brackets == 0 && !literal && !next && last != '`') {
        boolean closes = Character.isLetterOrDigit(last) || ".,;:!?)]’”%".indexOf(last) >= 0;
        out.append(closes ? '”' : '“');
      } else {
        out.append(c);
      }
      last = c;
    }
    return out.toString();
  }
}
