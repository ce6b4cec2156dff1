package io.github.awsnetbook.tools.terminology;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.Locale;

/** One character of a source file where it is: line from 1, column from 1 in code points. */
public record PlacedCharacter(int codePoint, int line, int column) {

  /** {@code U+0435 CYRILLIC SMALL LETTER IE}: the code point and its Unicode name (ICU). */
  public String label() {
    String name = UCharacter.getName(codePoint);
    return String.format(Locale.ROOT, "U+%04X ", codePoint)
        + (name != null ? name : UCharacter.getExtendedName(codePoint));
  }

  /** The name of its script, as {@code Cyrillic}. */
  public String scriptName() {
    return UScript.getName(UScript.getScript(codePoint));
  }
}
