package io.github.awsnetbook.tools.typography;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Characters a reader does not see but that change what is shown: bidirectional controls, which
 * reorder the text around them (Trojan Source, CVE-2021-42574), Unicode tag characters, which carry
 * hidden ASCII ("ASCII smuggling"), and the other default-ignorable code points (zero-width spaces,
 * joiners, variation selectors …).
 *
 * <p>The zero-width joiner and the emoji variation selectors are part of how emoji are written (☁️
 * is U+2601 U+FE0F; 👩‍💻 is joined by U+200D) and are not reported inside an emoji sequence.
 */
public final class InvisibleCharacters {

  /**
   * Unicode's default-ignorable code points: what a renderer draws as nothing. The one definition
   * of "invisible" of the build: this check reports them, and the terminology check reads terms
   * without them ({@code terminology.NormalizedText}), so that a hidden character neither hides a
   * deprecated term nor goes unreported.
   */
  public static final UnicodeSet DEFAULT_IGNORABLE =
      new UnicodeSet("[:Default_Ignorable_Code_Point:]").freeze();

  private static final int ZERO_WIDTH_JOINER = 0x200D;
  private static final int TEXT_PRESENTATION = 0xFE0E;
  private static final int EMOJI_PRESENTATION = 0xFE0F;
  private static final int BYTE_ORDER_MARK = 0xFEFF;

  private InvisibleCharacters() {}

  /** What an invisible character can do to the text. */
  public enum Kind {
    /** Reorders the text a reader sees (Unicode Bidi_Control). */
    BIDI_CONTROL("an invisible bidirectional control", "it reorders the text a reader sees"),
    /** U+E0000–U+E007F: hidden text that tools read and readers do not see. */
    TAG("an invisible tag character", "it hides text from readers (ASCII smuggling)"),
    /** Any other default-ignorable code point. */
    IGNORABLE(
        "an invisible character",
        "a reader does not see it (terms are matched without it, so a deprecated term with it"
            + " inside is still an error)");

    private final String description;
    private final String effect;

    Kind(String description, String effect) {
      this.description = description;
      this.effect = effect;
    }

    public String description() {
      return description;
    }

    public String effect() {
      return effect;
    }

    /** Bidi controls and tags change what a reader sees: errors; the others are warnings. */
    public boolean changesWhatIsSeen() {
      return this != IGNORABLE;
    }
  }

  /** One invisible character, where it is: line from 1, column from 1 in code points. */
  public record Found(int codePoint, Kind kind, int line, int column) {

    /** {@code U+202E RIGHT-TO-LEFT OVERRIDE}: the code point and its Unicode name (ICU). */
    public String label() {
      String name = UCharacter.getName(codePoint);
      return String.format(Locale.ROOT, "U+%04X ", codePoint)
          + (name != null ? name : UCharacter.getExtendedName(codePoint));
    }
  }

  /** Every invisible character of {@code text} that is not part of an emoji, in order. */
  public static List<Found> scan(String text) {
    List<Found> found = new ArrayList<>();
    int line = 1;
    int column = 1;
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      Kind kind = kindOf(codePoint);
      boolean leadingBom = codePoint == BYTE_ORDER_MARK && i == 0;
      if (kind != null
          && !leadingBom
          && !inEmoji(codePoint, previous, next < text.length() ? text.codePointAt(next) : -1)) {
        found.add(new Found(codePoint, kind, line, column));
      }
      if (codePoint == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      previous = codePoint;
      i = next;
    }
    return found;
  }

  /** The kind of an invisible character, or null for a visible one. */
  public static Kind kindOf(int codePoint) {
    if (UCharacter.hasBinaryProperty(codePoint, UProperty.BIDI_CONTROL)) {
      return Kind.BIDI_CONTROL;
    }
    if (codePoint >= 0xE0000 && codePoint <= 0xE007F) {
      return Kind.TAG;
    }
    if (DEFAULT_IGNORABLE.contains(codePoint)) {
      return Kind.IGNORABLE;
    }
    return null;
  }

  /**
   * An emoji presentation selector after an emoji (☁️, 1️⃣), or a joiner between two pictographs
   * (👩‍💻; the left one may carry its selector or a skin tone).
   */
  private static boolean inEmoji(int codePoint, int previous, int following) {
    if (codePoint == EMOJI_PRESENTATION || codePoint == TEXT_PRESENTATION) {
      return previous >= 0 && UCharacter.hasBinaryProperty(previous, UProperty.EMOJI);
    }
    if (codePoint == ZERO_WIDTH_JOINER) {
      return previous >= 0
          && following >= 0
          && (isPictographic(previous)
              || previous == EMOJI_PRESENTATION
              || UCharacter.hasBinaryProperty(previous, UProperty.EMOJI_MODIFIER))
          && isPictographic(following);
    }
    return false;
  }

  private static boolean isPictographic(int codePoint) {
    return UCharacter.hasBinaryProperty(codePoint, UProperty.EXTENDED_PICTOGRAPHIC);
  }
}
