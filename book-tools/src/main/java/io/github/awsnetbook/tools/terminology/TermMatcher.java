package io.github.awsnetbook.tools.terminology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the terms of one language in a text, in one pass over the text: a trie of the terms'
 * normalized forms is walked from each place where a term may start, so the cost grows with the
 * length of the text times the length of the longest term, not with the number of terms.
 *
 * <p>Case-sensitive terms are looked for in the NFKC form of the text, case-insensitive ones in its
 * case-folded form (see {@link NormalizedText}); a term counts only between boundaries (see {@link
 * Boundaries}). Of overlapping matches the one that starts first wins, and of those the longest, so
 * "インターネットゲートウェイ" is not also a "ゲートウェイ"; of two equally long ones the one without a plural ending,
 * then the case-sensitive one, so a deprecated "Nat Gateway" is not taken for the case-insensitive
 * "NAT gateway".
 *
 * <p>English terms also match with a plural ending {@code s} or {@code es} ("VPCs", "ENIs"):
 * English writes plurals and a termbase lists the singular. The ending is not part of the match.
 *
 * <p>Terms that normalize alike are told apart by the text as written: a term that contains U+3000
 * (a deprecated "Direct　Connect") matches only where the text has U+3000 there too.
 */
public final class TermMatcher {

  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  private final Node sensitive = new Node();
  private final Node insensitive = new Node();
  private final List<String> pluralEndings;
  private final boolean lookAlikes;

  public TermMatcher(String language, List<Term> terms) {
    this(language, terms, false);
  }

  /**
   * A matcher that finds the terms also where they are written with look-alike letters (a Cyrillic
   * "е" in "Gateway"): it compares texts in their {@link NormalizedText#lookAlikeForm}, and a match
   * is the term of that form that comes first in the termbase.
   */
  public static TermMatcher lookAlikes(String language, List<Term> terms) {
    return new TermMatcher(language, terms, true);
  }

  private TermMatcher(String language, List<Term> terms, boolean lookAlikes) {
    this.lookAlikes = lookAlikes;
    this.pluralEndings =
        language.equals("en") || language.startsWith("en-") ? List.of("s", "es") : List.of();
    for (Term term : terms) {
      if (!term.language().equals(language)) {
        throw new IllegalArgumentException(
            "term \"" + term.text() + "\" is " + term.language() + ", not " + language);
      }
      if (lookAlikes) {
        insensitive.add(NormalizedText.lookAlikeForm(term.text()), term);
        continue;
      }
      Node root = term.caseSensitive() ? sensitive : insensitive;
      root.add(NormalizedText.form(term.text(), !term.caseSensitive()), term);
    }
  }

  /** A matcher for the terms of {@code language} in {@code termbase}. */
  public static TermMatcher of(Termbase termbase, String language) {
    return new TermMatcher(language, termbase.terms(language));
  }

  /** The terms in {@code text}, in order, not overlapping. */
  public List<Match> find(String text) {
    List<Candidate> candidates = new ArrayList<>();
    if (!sensitive.children.isEmpty()) {
      collect(text, NormalizedText.of(text, false), sensitive, true, candidates);
    }
    if (!insensitive.children.isEmpty()) {
      NormalizedText normalized =
          lookAlikes ? NormalizedText.lookAlikes(text) : NormalizedText.of(text, true);
      collect(text, normalized, insensitive, false, candidates);
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::spanEnd).reversed())
            // A whole term before a shorter one with a plural ending: "on-premises", not
            // "on-premise"s.
            .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
            .thenComparing(Candidate::sensitive, Comparator.reverseOrder()));
    List<Match> matches = new ArrayList<>();
    int free = 0;
    for (Candidate candidate : candidates) {
      if (candidate.start() >= free) {
        matches.add(
            new Match(
                candidate.term(),
                candidate.start(),
                candidate.end(),
                text.substring(candidate.start(), candidate.end())));
        free = candidate.spanEnd();
      }
    }
    return matches;
  }

  private void collect(
      String original,
      NormalizedText normalized,
      Node root,
      boolean caseSensitive,
      List<Candidate> out) {
    String text = normalized.text();
    int length = text.length();
    for (int start = 0; start < length; start += Character.charCount(text.codePointAt(start))) {
      if (!startsWholeCharacter(normalized, start) || !Boundaries.startsAt(text, start)) {
        continue;
      }
      Node node = root;
      for (int at = start; at < text.length(); at++) {
        node = node.children.get(text.charAt(at));
        if (node == null) {
          break;
        }
        int end = at + 1;
        if (node.terms.isEmpty() || !endsWholeCharacter(normalized, end)) {
          continue;
        }
        int ending = ending(text, end, node.terms.get(0));
        if (ending < 0) {
          continue;
        }
        int originalStart = normalized.originalStart(start);
        int originalEnd = normalized.originalEnd(end);
        Term term =
            lookAlikes
                ? node.terms.get(0)
                : choose(node.terms, original.substring(originalStart, originalEnd));
        if (term != null) {
          int spanEnd = ending == 0 ? originalEnd : normalized.originalEnd(end + ending);
          out.add(new Candidate(term, originalStart, originalEnd, spanEnd, caseSensitive));
        }
      }
    }
  }

  /**
   * How many characters of a plural ending follow a term that ends at {@code end}: 0 where the term
   * ends at a boundary itself, the ending's length where it ends after the ending, -1 where it does
   * not end there at all.
   */
  private int ending(String text, int end, Term term) {
    if (Boundaries.endsAt(text, end)) {
      return 0;
    }
    int last = term.text().codePointBefore(term.text().length());
    if (!Character.isLetter(last) || Boundaries.kind(last) != Boundaries.LATIN_WORD) {
      return -1;
    }
    for (String ending : pluralEndings) {
      if (text.startsWith(ending, end) && Boundaries.endsAt(text, end + ending.length())) {
        return ending.length();
      }
    }
    return -1;
  }

  /** Of terms that normalize alike, the one the text as written is; null where none is. */
  private static Term choose(List<Term> terms, String written) {
    Term plain = null;
    for (Term term : terms) {
      boolean strict = term.text().indexOf(IDEOGRAPHIC_SPACE) >= 0;
      if (strict) {
        boolean fold = !term.caseSensitive();
        if (NormalizedText.strictForm(term.text(), fold)
            .equals(NormalizedText.strictForm(written, fold))) {
          return term;
        }
      } else if (plain == null) {
        plain = term;
      }
    }
    return plain;
  }

  /** A match must start where an original character starts, not inside what it expanded to. */
  private static boolean startsWholeCharacter(NormalizedText text, int start) {
    return start == 0 || text.starts()[start] != text.starts()[start - 1];
  }

  private static boolean endsWholeCharacter(NormalizedText text, int end) {
    return end == text.text().length() || text.starts()[end] != text.starts()[end - 1];
  }

  private record Candidate(Term term, int start, int end, int spanEnd, boolean sensitive) {}

  /** A trie node: the terms whose normalized form ends here, and the ways on. */
  private static final class Node {
    private final Map<Character, Node> children = new HashMap<>();
    private final List<Term> terms = new ArrayList<>();

    void add(String key, Term term) {
      Node node = this;
      for (int i = 0; i < key.length(); i++) {
        node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
      }
      node.terms.add(term);
    }
  }
}
