package io.github.awsnetbook.tools.importing;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
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
 *   <li>the chapter's heading loses its emoji and the article's working number, and a part number
 *       written after the series' name ("AWSのネットワーク３") takes the book title's form (" 第3回");
 *   <li>a heading written as a numbered paragraph (⑴, (2)) gets a circled number and U+3000, and no
 *       space before a comma.
 * </ul>
 */
final class Normalization {

  private static final Pattern IDEOGRAPHIC_SPACE_IN_LATIN =
      Pattern.compile("(?<=[A-Za-z0-9])\u3000+(?=[A-Za-z0-9])");

  private static final Pattern WORKING_NUMBER =
      Pattern.compile("article\\d+[\\s\u3000]*", Pattern.CASE_INSENSITIVE);

  /**
   * A part's number at the end of a Japanese title, in ASCII or full-width digits, right after a
   * Japanese character: the series' name and its part ("AWSのネットワーク３").
   */
  private static final Pattern PART_NUMBER =
      Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー])([0-9\uFF10-\uFF19]+)$");

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
   * selectors) and without the article's working number ("article0003"), its part number in the
   * form of the book's title, "第3回", so that the book names itself one way in the contents, the
   * chapter's heading, the running heads and the colophon ("AWSのネットワーク３" beside "第3回" read as two
   * names).
   */
  static String chapterTitle(String raw) {
    StringBuilder kept = new StringBuilder();
    raw.codePoints()
        .filter(c -> !UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC))
        .filter(c -> !UCharacter.hasBinaryProperty(c, UProperty.VARIATION_SELECTOR))
        .forEach(kept::appendCodePoint);
    String withoutNumber = WORKING_NUMBER.matcher(stripIndentation(kept.toString())).replaceAll("");
    return partNumber(text(stripIndentation(withoutNumber).strip()));
  }

  /** "AWSのネットワーク３" as "AWSのネットワーク 第3回"; a title without a part number as it is. */
  static String partNumber(String title) {
    Matcher number = PART_NUMBER.matcher(title);
    if (!number.find()) {
      return title;
    }
    int part = Integer.parseInt(Normalizer2.getNFKCInstance().normalize(number.group(1)));
    return title.substring(0, number.start()) + " 第" + part + "回";
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
