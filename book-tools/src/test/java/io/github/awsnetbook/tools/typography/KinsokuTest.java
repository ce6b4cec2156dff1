package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The line-start prohibitions are those of strict line breaking, which the books use. */
class KinsokuTest {

  @Test
  void theProlongedSoundMarkAndSmallKanaMayNotStartALineAsStrictBreakingSays() {
    for (int mark : "ーァィゥェォッャュョぁぃぅぇぉっゃゅょ。、）」々".codePoints().toArray()) {
      assertTrue(Kinsoku.mayNotStartALine(mark), Character.toString(mark));
    }
    for (int letter : "デアあ漢（「A1".codePoints().toArray()) {
      assertFalse(Kinsoku.mayNotStartALine(letter), Character.toString(letter));
    }
  }
}
