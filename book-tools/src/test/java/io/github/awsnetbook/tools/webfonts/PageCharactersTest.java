package io.github.awsnetbook.tools.webfonts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PageCharactersTest {

  @Test
  void charactersWrittenAsReferencesAreIncluded() {
    Set<Integer> chars = PageCharacters.of("<p>AWS&#8217;s &#x2014; &nbsp;</p>");
    assertTrue(chars.contains(0x2019), "decimal reference");
    assertTrue(chars.contains(0x2014), "hexadecimal reference");
    assertTrue(chars.contains(0xa0), "named no-break space");
  }

  @Test
  void japaneseAndSupplementaryCharactersAreIncludedWhole() {
    Set<Integer> chars = PageCharacters.of("<p>ゲートウェイ𠮷</p>");
    assertTrue(chars.contains((int) 'ゲ'));
    assertTrue(chars.contains(0x20BB7), "a supplementary character is one code point");
  }

  @Test
  void printableAsciiIsAlwaysIncluded() {
    Set<Integer> chars = PageCharacters.of("");
    for (int c = 0x20; c < 0x7f; c++) {
      assertTrue(chars.contains(c), "missing " + (char) c);
    }
  }
}
