package io.github.awsnetbook.tools.terminology;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Letters of another script that look like the right ones (UTS #39, ICU's {@link SpoofChecker}): a
 * term of the termbase written with a look-alike letter (a Cyrillic "е" in "Gateway", a Han "一" for
 * the prolonged sound mark "ー" in "ゲートウェイ"), which no search, tool or check finds as the term, and
 * a word of prose that mixes scripts.
 *
 * <p>A word mixes scripts where it fails ICU's highly restrictive level: Latin with Cyrillic or
 * Greek, or any script with another outside the combinations a language writes in one word. Latin
 * with Han, Hiragana and Katakana is such a combination (Japanese), as are Latin with Han and
 * Hangul (Korean); ICU's word BreakIterator also ends a word where Latin letters meet kana or Han,
 * so Japanese prose has no mixed words.
 */
final class LookAlikes {

  private static final SpoofChecker MIXED_SCRIPTS =
      new SpoofChecker.Builder()
          .setChecks(SpoofChecker.RESTRICTION_LEVEL)
          .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
          .build();

  private static final SpoofChecker SKELETON = new SpoofChecker.Builder().build();

  /** The scripts Japanese mixes in a word: a word of only these never fails the check. */
  private static final Set<Integer> JAPANESE =
      Set.of(UScript.LATIN, UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA);

  /**
   * A term written with look-alike letters.
   *
   * @param occurrence where it is written, with the term it looks like
   * @param foreign its letters of a script the term is not written in
   */
  record LookAlikeTerm(Occurrence occurrence, List<PlacedCharacter> foreign) {}

  /**
   * A word of prose that mixes scripts.
   *
   * @param segment the line it is on
   * @param column its column
   * @param word the word as written
   * @param mainScript the script of most of its letters
   * @param foreign its letters of other scripts
   */
  record MixedWord(
      Segment segment, int column, String word, int mainScript, List<PlacedCharacter> foreign) {}

  private LookAlikes() {}

  /** The terms of {@code book}'s language written with look-alike letters, in reading order. */
  static List<LookAlikeTerm> terms(Book book, Termbase termbase) {
    List<Term> terms = termbase.terms(book.language());
    if (terms.isEmpty()) {
      return List.of();
    }
    TermMatcher matcher = TermMatcher.lookAlikes(book.language(), terms);
    Map<String, List<Term>> byForm = new HashMap<>();
    terms.forEach(
        term ->
            byForm
                .computeIfAbsent(
                    NormalizedText.lookAlikeForm(term.text()), form -> new ArrayList<>())
                .add(term));
    List<LookAlikeTerm> found = new ArrayList<>();
    for (List<Segment> paragraph : book.paragraphs()) {
      Segment whole = Paragraphs.join(paragraph);
      Paragraphs.Locator locator = new Paragraphs.Locator(paragraph, whole);
      for (Match match : matcher.find(whole.text())) {
        Term term =
            lookedLike(byForm.get(NormalizedText.lookAlikeForm(match.term().text())), match);
        BitSet scripts = letterScripts(term.text());
        Occurrence occurrence =
            locator.occurrence(new Match(term, match.start(), match.end(), match.text()), false);
        List<PlacedCharacter> foreign =
            occurrence.characters(codePoint -> isLetter(codePoint) && !in(scripts, codePoint));
        if (!foreign.isEmpty()) {
          found.add(new LookAlikeTerm(occurrence, foreign));
        }
      }
    }
    return found;
  }

  /**
   * Of the terms that look alike, the one the text imitates letter case and all ("Nat Gateway", the
   * deprecated form, rather than the preferred "NAT gateway"), else the first.
   */
  private static Term lookedLike(List<Term> alike, Match match) {
    String written = caseKept(match.text());
    for (Term term : alike) {
      if (caseKept(term.text()).equals(written)) {
        return term;
      }
    }
    return alike.get(0);
  }

  /** The look-alike form with the letter case kept. */
  private static String caseKept(String text) {
    return SKELETON.getSkeleton(NormalizedText.form(text, false));
  }

  /** The words of the book's prose that mix scripts, in reading order. */
  static List<MixedWord> mixedWords(Book book) {
    List<MixedWord> found = new ArrayList<>();
    for (Segment segment : book.segments()) {
      if (mayMixScripts(segment.text())) {
        found.addAll(mixedWords(segment));
      }
    }
    return found;
  }

  private static List<MixedWord> mixedWords(Segment segment) {
    String text = segment.text();
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    words.setText(text);
    List<MixedWord> found = new ArrayList<>();
    int countedOffset = 0;
    int countedColumns = 0;
    for (int start = words.first(), end = words.next();
        end != BreakIterator.DONE;
        start = end, end = words.next()) {
      String word = text.substring(start, end);
      if (!mayMixScripts(word) || !MIXED_SCRIPTS.failsChecks(word)) {
        continue;
      }
      // Columns counted on from the last word: a long line may hold many such words.
      int offset = segment.sourceStart(start);
      countedColumns += segment.source().codePointCount(countedOffset, offset);
      countedOffset = offset;
      int column = countedColumns + 1;
      int main = mainScript(word);
      List<PlacedCharacter> foreign = new ArrayList<>();
      int at = column;
      for (int index = 0; index < word.length(); ) {
        int codePoint = word.codePointAt(index);
        if (isLetter(codePoint) && !UScript.hasScript(codePoint, main)) {
          foreign.add(new PlacedCharacter(codePoint, segment.line(), at));
        }
        at++;
        index += Character.charCount(codePoint);
      }
      found.add(new MixedWord(segment, column, word, main, foreign));
    }
    return found;
  }

  /** Whether {@code text} has a letter of a script Japanese does not mix into its words. */
  private static boolean mayMixScripts(String text) {
    for (int index = 0; index < text.length(); ) {
      int codePoint = text.codePointAt(index);
      if (isLetter(codePoint) && !JAPANESE.contains(UScript.getScript(codePoint))) {
        return true;
      }
      index += Character.charCount(codePoint);
    }
    return false;
  }

  /** The script most letters of the word are in; Latin where two are as many. */
  private static int mainScript(String word) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    counts.put(UScript.LATIN, 0);
    word.codePoints()
        .filter(LookAlikes::isLetter)
        .forEach(codePoint -> counts.merge(UScript.getScript(codePoint), 1, Integer::sum));
    int main = UScript.LATIN;
    for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
      if (count.getValue() > counts.get(main)) {
        main = count.getKey();
      }
    }
    return main;
  }

  /** A letter of a script of its own: not a digit, a mark or a letter every script shares. */
  private static boolean isLetter(int codePoint) {
    int script = UScript.getScript(codePoint);
    return UCharacter.isLetter(codePoint)
        && script != UScript.COMMON
        && script != UScript.INHERITED;
  }

  /** The scripts of the letters of {@code text}, with their script extensions (ー: kana). */
  private static BitSet letterScripts(String text) {
    BitSet scripts = new BitSet();
    BitSet extensions = new BitSet();
    text.codePoints()
        .forEach(
            codePoint -> {
              UScript.getScriptExtensions(codePoint, extensions);
              scripts.or(extensions);
            });
    scripts.clear(UScript.COMMON);
    scripts.clear(UScript.INHERITED);
    return scripts;
  }

  private static boolean in(BitSet scripts, int codePoint) {
    BitSet extensions = new BitSet();
    UScript.getScriptExtensions(codePoint, extensions);
    return scripts.intersects(extensions);
  }
}
