package io.github.awsnetbook.tools.importing;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mechanical normalizations the account of the edition (編集について) lists, in one place: every
 * piece of the author's text the import writes passes through here, and nothing else changes it.
 *
 * <ul>
 *   <li>an ideographic space (U+3000) between two Latin letters or digits becomes a space;
 *   <li>the hyphen U+2010 becomes U+002D;
 *   <li>a paragraph's indentation (spaces and U+3000 at its start) and a cell's spaces at either
 *       end go;
 *   <li>the chapter's heading loses its emoji and the article's working number;
 *   <li>a heading written as a numbered paragraph (⑴, (2)) gets a circled number and U+3000, and no
 *       space before a comma.
 * </ul>
 */
final class Normalization {

  private static final Pattern IDEOGRAPHIC_SPACE_IN_LATIN =
      Pattern.compile("(?<=[A-Za-z0-9])\u3000+(?=[A-Za-z0-9])");

  private static final Pattern WORKING_NUMBER =
      Pattern.compile("article\\d+[\\s\u3000]*", Pattern.CASE_INSENSITIVE);

  /** ⑴ to ⒇, or (1) to (20) written with ASCII parentheses. */
  static final Pattern NUMBERED =
      Pattern.compile("^(?:([\u2474-\u2487])|\\((\\d{1,2})\\))[ \t\u3000]*(.*)$", Pattern.DOTALL);

  private Normalization() {}

  /** A run of the author's text. */
  static String text(String raw) {
    String hyphens = raw.replace('\u2010', '-');
    return IDEOGRAPHIC_SPACE_IN_LATIN.matcher(hyphens).replaceAll(" ");
  }

  /** A paragraph's text, without the indentation the author typed before it. */
  static String paragraph(String raw) {
    return text(stripIndentation(raw));
  }

  static String stripIndentation(String raw) {
    int start = 0;
    while (start < raw.length() && isSpace(raw.charAt(start))) {
      start++;
    }
    return raw.substring(start);
  }

  /** A table cell: spaces (U+3000 too) at either end are not text. */
  static String cell(String raw) {
    int end = raw.length();
    while (end > 0 && isSpace(raw.charAt(end - 1))) {
      end--;
    }
    return text(stripIndentation(raw.substring(0, end)));
  }

  /**
   * The chapter's title from the post's first heading: without emoji (and their variation
   * selectors) and without the article's working number ("article0003").
   */
  static String chapterTitle(String raw) {
    StringBuilder kept = new StringBuilder();
    raw.codePoints()
        .filter(c -> !UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC))
        .filter(c -> !UCharacter.hasBinaryProperty(c, UProperty.VARIATION_SELECTOR))
        .forEach(kept::appendCodePoint);
    String withoutNumber = WORKING_NUMBER.matcher(stripIndentation(kept.toString())).replaceAll("");
    return text(stripIndentation(withoutNumber).strip());
  }

  /**
   * A numbered heading's title: the number as a circled digit followed by U+3000 (the post writes
   * "⑴　" and "(2) "), no space before a comma.
   */
  static String numberedTitle(Matcher numbered) {
    int number = numbered.group(2) == null ? 0 : Integer.parseInt(numbered.group(2));
    String circled =
        numbered.group(1) != null
            ? numbered.group(1)
            : number >= 1 && number <= 20
                ? new String(Character.toChars(0x2474 + number - 1))
                : "(" + number + ")";
    String title = text(numbered.group(3).strip()).replaceAll("[ \t]+,", ",");
    return circled + "\u3000" + title;
  }

  /**
   * A section ID from the Latin words of a title ("⑴　Direct Connect" gives direct-connect), as the
   * book's IDs are written; empty when the title has none.
   */
  static String idFrom(String title) {
    Matcher words = Pattern.compile("[A-Za-z0-9]+").matcher(title);
    StringBuilder id = new StringBuilder();
    while (words.find()) {
      if (id.length() > 0) {
        id.append('-');
      }
      id.append(words.group().toLowerCase(Locale.ROOT));
    }
    // An ID starts with a letter, as the book's do ("(21)" alone gives none).
    return id.length() > 0 && Character.isLetter(id.charAt(0)) ? id.toString() : "";
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000';
  }
}
