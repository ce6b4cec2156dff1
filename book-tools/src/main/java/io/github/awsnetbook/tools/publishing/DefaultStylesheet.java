package io.github.awsnetbook.tools.publishing;

/**
 * Asciidoctor's default stylesheet as the page ships it: without its rules for the Kindle converter
 * ({@code @media amzn-kf8}), a media type no browser has and that the Nu HTML Checker reports as an
 * error.
 */
final class DefaultStylesheet {

  static final String PATH = "css/asciidoctor.css";
  private static final String KINDLE = "@media amzn-kf8";

  private DefaultStylesheet() {}

  static String withoutKindleRules(String css) {
    StringBuilder out = new StringBuilder(css.length());
    int from = 0;
    int start;
    while ((start = css.indexOf(KINDLE, from)) >= 0) {
      int open = css.indexOf('{', start);
      if (open < 0) {
        break;
      }
      out.append(css, from, start);
      from = blockEnd(css, open);
    }
    return out.append(css, from, css.length()).toString();
  }

  /** The index after the brace that closes the block opened at {@code open}. */
  private static int blockEnd(String css, int open) {
    int depth = 0;
    for (int i = open; i < css.length(); i++) {
      char c = css.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    throw new IllegalStateException("a @media amzn-kf8 block of " + PATH + " is not closed");
  }
}
