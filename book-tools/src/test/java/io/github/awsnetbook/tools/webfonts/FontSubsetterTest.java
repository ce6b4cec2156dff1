package io.github.awsnetbook.tools.webfonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class FontSubsetterTest {

  static final Path REGULAR = Path.of("../theme/fonts/NotoSansJP-Regular.ttf");

  @Test
  void theSubsetMapsEveryRequestedCharacterToAGlyph() throws IOException {
    String text = "ゲートウェイエンドポイント、NAT ゲートウェイ。（１）☁";
    byte[] subset = FontSubsetter.subset(REGULAR, codePoints(text));
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      text.codePoints()
          .forEach(
              c -> assertNotEquals(0, cmap.getGlyphId(c), "no glyph for " + Character.toString(c)));
    }
  }

  @Test
  void theSubsetKeepsTheTablesBrowsersRequire() throws IOException {
    byte[] subset = FontSubsetter.subset(REGULAR, codePoints("日本語"));
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
      for (String table : FontSubsetter.WEB_TABLES) {
        assertNotNull(font.getTableMap().get(table), "missing table " + table);
      }
    }
  }

  @Test
  void theSubsetIsSmallAndTheSameEveryTime() {
    Set<Integer> chars = codePoints("今回はAWSネットワークの最終回です！");
    byte[] first = FontSubsetter.subset(REGULAR, chars);
    byte[] second = FontSubsetter.subset(REGULAR, chars);
    assertTrue(first.length < 40_000, "subset of 20 characters is " + first.length + " bytes");
    assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(second));
  }

  static Set<Integer> codePoints(String text) {
    return text.codePoints().boxed().collect(java.util.stream.Collectors.toSet());
  }
}
