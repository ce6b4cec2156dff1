package io.github.awsnetbook.tools.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A book and every term written in it, in reading order. */
public record BookTerms(Book book, List<Occurrence> occurrences) {

  /** Between a full term and its abbreviation: an opening parenthesis (maybe a plural before). */
  private static final Pattern OPENS = Pattern.compile("^(?:e?s)?\\s*[(（]\\s*$");

  /** After the parenthesized one: the closing parenthesis (a plural ending before it). */
  private static final Pattern CLOSES = Pattern.compile("(?:e?s)?\\s*[)）]");

  public BookTerms {
    occurrences = List.copyOf(occurrences);
  }

  public String language() {
    return book.language();
  }

  /**
   * Finds the terms of the book's language in every paragraph of it. The lines of a paragraph are
   * matched as one text, joined as the book joins them (no space between two characters of a
   * spaceless script), so that a term the author wrapped onto two lines is still found.
   */
  public static BookTerms scan(Book book, Termbase termbase) {
    TermMatcher matcher = TermMatcher.of(termbase, book.language());
    List<Occurrence> occurrences = new ArrayList<>();
    for (List<Segment> paragraph : book.paragraphs()) {
      Segment whole = Paragraphs.join(paragraph);
      List<Match> matches = matcher.find(whole.text());
      Paragraphs.Locator locator = new Paragraphs.Locator(paragraph, whole);
      for (int i = 0; i < matches.size(); i++) {
        boolean excused = introduced(whole, matches, i);
        occurrences.add(locator.occurrence(matches.get(i), excused));
      }
    }
    return new BookTerms(book, occurrences);
  }

  /**
   * Whether the match at {@code i} is an acronym or abbreviation written next to a full term of its
   * concept, one of them in parentheses: "NAT gateway (NATGW)", "DX（Direct Connect）".
   */
  private static boolean introduced(Segment segment, List<Match> matches, int i) {
    Match match = matches.get(i);
    if (!match.term().type().isAbbreviation()) {
      return false;
    }
    String text = segment.text();
    if (i > 0 && isFullFormOf(matches.get(i - 1), match)) {
      Match full = matches.get(i - 1);
      return OPENS.matcher(text.substring(full.end(), match.start())).matches()
          && closes(text, match.end());
    }
    if (i + 1 < matches.size() && isFullFormOf(matches.get(i + 1), match)) {
      Match full = matches.get(i + 1);
      return OPENS.matcher(text.substring(match.end(), full.start())).matches()
          && closes(text, full.end());
    }
    return false;
  }

  /**
   * Whether the closing parenthesis follows {@code from}: looked for there, not in all the rest.
   */
  private static boolean closes(String text, int from) {
    return CLOSES.matcher(text).region(from, text.length()).lookingAt();
  }

  private static boolean isFullFormOf(Match candidate, Match abbreviation) {
    Term term = candidate.term();
    return term.conceptId().equals(abbreviation.term().conceptId())
        && term.status() != TermStatus.DEPRECATED
        && !term.type().isAbbreviation();
  }
}
