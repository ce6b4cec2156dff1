package io.github.awsnetbook.tools.terminology;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import io.github.awsnetbook.tools.typography.InvisibleCharacters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A text in the form terms are compared in, with the way back to the original: NFKC (which folds
 * full-width Latin to ASCII, half-width katakana to full-width, U+3000 to a space, and composes ｹ+ﾞ
 * to ゲ), and, for case-insensitive terms, Unicode case folding; default-ignorable characters
 * (zero-width space, soft hyphen, joiners …) are left out, as a reader does not see them.
 *
 * <p>The original is cut where NFKC may start anew (before a character that never combines with the
 * one before it), each piece normalized alone: a piece gives one or more normalized characters that
 * all map back to the whole piece. So a match in the normalized text always maps to whole original
 * characters, and a finding reports the column the author sees.
 *
 * @param text the normalized text
 * @param starts for each char of {@code text}, where its piece starts in the original (UTF-16)
 * @param ends for each char of {@code text}, where its piece ends in the original (UTF-16)
 */
public record NormalizedText(String text, int[] starts, int[] ends) {

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  /** Unicode's confusables (UTS #39), for the look-alike form. */
  private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

  /** {@code original} in NFKC; case-folded too where {@code fold}. */
  public static NormalizedText of(String original, boolean fold) {
    return of(original, piece -> form(piece, fold));
  }

  /**
   * {@code original} in the look-alike form ({@link #lookAlikeForm}): where a term written with a
   * Cyrillic "е" for the Latin "e" is the term.
   */
  public static NormalizedText lookAlikes(String original) {
    Map<String, String> forms = new HashMap<>();
    return of(original, piece -> forms.computeIfAbsent(piece, NormalizedText::lookAlikeForm));
  }

  private static NormalizedText of(String original, UnaryOperator<String> formOfPiece) {
    StringBuilder text = new StringBuilder(original.length());
    int[] starts = new int[original.length() * 2 + 4];
    int[] ends = new int[starts.length];
    int pieceStart = 0;
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean pieceEnds =
          next >= original.length() || NFKC.hasBoundaryBefore(original.codePointAt(next));
      if (pieceEnds) {
        String piece = formOfPiece.apply(original.substring(pieceStart, next));
        if (text.length() + piece.length() > starts.length) {
          int size = Math.max(starts.length * 2, text.length() + piece.length());
          starts = Arrays.copyOf(starts, size);
          ends = Arrays.copyOf(ends, size);
        }
        for (int k = 0; k < piece.length(); k++) {
          starts[text.length() + k] = pieceStart;
          ends[text.length() + k] = next;
        }
        text.append(piece);
        pieceStart = next;
      }
      i = next;
    }
    return new NormalizedText(
        text.toString(), Arrays.copyOf(starts, text.length()), Arrays.copyOf(ends, text.length()));
  }

  /**
   * The form a term is stored in, the same as the text it is looked for in: without
   * default-ignorable characters, which a reader does not see (a zero-width space or a soft hyphen
   * inside "NAT Gateway" leaves the deprecated term a reader reads).
   */
  public static String form(String text, boolean fold) {
    String normalized = NFKC.normalize(withoutIgnorables(text));
    // Folding may undo NFKC in rare cases (a folded letter that composes); normalize again.
    return fold ? NFKC.normalize(UCharacter.foldCase(normalized, true)) : normalized;
  }

  /**
   * The form two texts that look alike share: NFKC without the invisible characters, its UTS #39
   * skeleton (ICU's {@code SpoofChecker.getSkeleton}: a Cyrillic "е" and a Latin "e" have the
   * same), case-folded and taken to its skeleton again, so that a Cyrillic capital "К" is a Latin
   * "k" too.
   */
  public static String lookAlikeForm(String text) {
    String skeleton = CONFUSABLES.getSkeleton(NFKC.normalize(withoutIgnorables(text)));
    return CONFUSABLES.getSkeleton(UCharacter.foldCase(skeleton, true));
  }

  private static String withoutIgnorables(String text) {
    if (InvisibleCharacters.DEFAULT_IGNORABLE.containsNone(text)) {
      return text;
    }
    StringBuilder visible = new StringBuilder(text.length());
    text.codePoints()
        .filter(codePoint -> !InvisibleCharacters.DEFAULT_IGNORABLE.contains(codePoint))
        .forEach(visible::appendCodePoint);
    return visible.toString();
  }

  /**
   * NFKC, except that U+3000 (the ideographic space) stays: what tells a term written with it, such
   * as a deprecated "Direct　Connect", from the same words with an ordinary space.
   */
  public static String strictForm(String text, boolean fold) {
    StringBuilder strict = new StringBuilder();
    int from = 0;
    for (int at = text.indexOf('\u3000'); at >= 0; at = text.indexOf('\u3000', from)) {
      strict.append(form(text.substring(from, at), fold)).append('\u3000');
      from = at + 1;
    }
    return strict.append(form(text.substring(from), fold)).toString();
  }

  /** Where a normalized range starting at {@code from} starts in the original. */
  public int originalStart(int from) {
    return starts[from];
  }

  /** Where a normalized range ending at {@code to} (exclusive) ends in the original. */
  public int originalEnd(int to) {
    return ends[to - 1];
  }
}
