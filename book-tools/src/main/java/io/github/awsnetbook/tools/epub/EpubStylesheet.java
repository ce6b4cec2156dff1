package io.github.awsnetbook.tools.epub;

/**
 * The book's one stylesheet as the EPUB carries it: without its {@code @page} rules, which set up
 * the printed A4 pages (size, margins, running heads and page numbers in page-margin boxes). A
 * reading system lays out its own pages, and EPUBCheck's CSS parser rejects page-margin boxes.
 * Every other rule is kept as written, so that the EPUB is set as the HTML page is.
 */
final class EpubStylesheet {

  private static final String PAGE_RULE = "@page";

  private EpubStylesheet() {}

  static String withoutPageRules(String css) {
    StringBuilder out = new StringBuilder(css.length());
    int depth = 0;
    int i = 0;
    while (i < css.length()) {
      char c = css.charAt(i);
      if (css.startsWith("/*", i)) {
        int end = css.indexOf("*/", i + 2);
        int next = end < 0 ? css.length() : end + 2;
        out.append(css, i, next);
        i = next;
      } else if (c == '"' || c == '\'') {
        int next = stringEnd(css, i);
        out.append(css, i, next);
        i = next;
      } else if (depth == 0 && css.startsWith(PAGE_RULE, i) && !nameGoesOn(css, i)) {
        i = blockEnd(css, css.indexOf('{', i));
        // The line the rule stood on goes with it.
        if (i < css.length() && css.charAt(i) == '\n') {
          i++;
        }
      } else {
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Whether the at-keyword at {@code at} is longer than {@code @page} ({@code @pagefoo}). */
  private static boolean nameGoesOn(String css, int at) {
    int after = at + PAGE_RULE.length();
    return after < css.length()
        && (Character.isLetterOrDigit(css.charAt(after)) || css.charAt(after) == '-');
  }

  private static int stringEnd(String css, int open) {
    char quote = css.charAt(open);
    for (int i = open + 1; i < css.length(); i++) {
      char c = css.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote || c == '\n') {
        return i + 1;
      }
    }
    return css.length();
  }

  /** The index after the brace that closes the block opened at {@code open}. */
  private static int blockEnd(String css, int open) {
    if (open < 0) {
      throw new IllegalStateException("an @page rule of the book's stylesheet has no block");
    }
    int depth = 0;
    for (int i = open; i < css.length(); i++) {
      if (css.startsWith("/*", i)) {
        int end = css.indexOf("*/", i + 2);
        i = end < 0 ? css.length() : end + 1;
        continue;
      }
      char c = css.charAt(i);
      if (c == '"' || c == '\'') {
        i = stringEnd(css, i) - 1;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    throw new IllegalStateException("an @page rule of the book's stylesheet is not closed");
  }
}
