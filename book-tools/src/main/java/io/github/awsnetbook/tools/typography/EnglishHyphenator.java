package io.github.awsnetbook.tools.typography;

import com.ibm.icu.text.BreakIterator;
import com.openhtmltopdf.extend.Hyphenator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;

/**
 * Where an English word may break with a hyphen, at the points of TeX's hyphenation patterns
 * (OFFO's compilation of them for Apache FOP, read with FOP's own reader): the print engine asks it
 * for every text of an element with {@code hyphens: auto}, and breaks at the soft hyphens it
 * inserts (the engine's patched {@code InlineBoxing} lets no two lines in a row end with one).
 *
 * <p>Only words of {@link #SHORTEST} letters or more are hyphenated, with at least {@link #BEFORE}
 * letters before a break and {@link #AFTER} after it (TeX's minima for English are 2 and 3; a book
 * wants 3 and 3: "ad-", "in-", "ob-" left alone at a line's end read as words). A word with a
 * capital anywhere is left whole: as in English book practice, names (Direct Connect, Availability
 * Zone, Region, December) are never split, nor are VPC or IPv4; nor a word with a digit.
 */
public final class EnglishHyphenator implements Hyphenator {

  static final int SHORTEST = 5;
  static final int BEFORE = 3;
  static final int AFTER = 3;
  static final char SOFT_HYPHEN = '\u00AD';
  private static final String PATTERNS = "hyph/en.hyp";

  private final HyphenationTree patterns;

  public EnglishHyphenator() {
    this.patterns = load();
  }

  @Override
  public String hyphenateText(String text) {
    BreakIterator words = BreakIterator.getWordInstance(Locale.ENGLISH);
    words.setText(text);
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      String word = text.substring(start, end);
      out.append(
          words.getRuleStatus() >= BreakIterator.WORD_LETTER
                  && words.getRuleStatus() < BreakIterator.WORD_LETTER_LIMIT
              ? hyphenated(word)
              : word);
    }
    return out.toString();
  }

  /** The word with a soft hyphen at each of its pattern points, or as it is. */
  String hyphenated(String word) {
    int apostrophe = Math.max(word.indexOf('\u2019'), word.indexOf('\''));
    if (apostrophe > 0) {
      // A possessive or a contraction ("service’s", "doesn’t"): the word before its apostrophe
      // breaks as it would alone (left whole, such words left lines loose).
      return hyphenated(word.substring(0, apostrophe)) + word.substring(apostrophe);
    }
    if (word.length() < SHORTEST || !isPlainWord(word)) {
      return word;
    }
    Hyphenation points = patterns.hyphenate(word, BEFORE, AFTER);
    if (points == null) {
      return word;
    }
    StringBuilder out = new StringBuilder(word);
    int[] at = points.getHyphenationPoints();
    for (int i = at.length - 1; i >= 0; i--) {
      out.insert(at[i], SOFT_HYPHEN);
    }
    return out.toString();
  }

  /** Lower-case ASCII letters only: a capitalized word is a name or starts a sentence. */
  private static boolean isPlainWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * OFFO's patterns come as FOP's serialized tree, built from the TeX patterns; the jar is on the
   * build's own class path, so nothing untrusted is deserialized.
   */
  private static HyphenationTree load() {
    InputStream stream = HyphenationTree.class.getClassLoader().getResourceAsStream(PATTERNS);
    if (stream == null) {
      stream = EnglishHyphenator.class.getClassLoader().getResourceAsStream(PATTERNS);
    }
    if (stream == null) {
      throw new IllegalStateException(
          PATTERNS + " is not on the class path (net.sf.offo:fop-hyph)");
    }
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(stream))) {
      return (HyphenationTree) in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PATTERNS + ": " + e.getMessage(), e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot read " + PATTERNS + ": " + e.getMessage(), e);
    }
  }
}
