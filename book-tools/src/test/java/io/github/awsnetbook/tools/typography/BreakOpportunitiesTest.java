package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Break opportunities follow strict kinsoku, keep Latin words and numbers whole, and between
 * phrases are fewer and a subset of the strict ones; the default locale plays no part. The same
 * holds for the PDF engine's line breaker.
 */
class BreakOpportunitiesTest {

  static final String LINE_START_PROHIBITED = "、。，．・：；？！‼⁇）」』】〕〉》］｝ぁぃぅぇぉっゃゅょァィゥェォッャュョヵヶー々ゝゞ…‥";
  static final String LINE_END_PROHIBITED = "（「『【〔〈《［｛";

  private final BreakOpportunities opportunities = new BreakOpportunities("ja");
  private Locale saved;

  @BeforeEach
  void saveLocale() {
    saved = Locale.getDefault();
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(saved);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja-JP", "en", "tr"})
  void japaneseTextBreaksButNeverBeforeOrAfterAProhibitedCharacter(String defaultLocale) {
    Locale.setDefault(Locale.forLanguageTag(defaultLocale));
    String text = "ちょっと待って！「ゲートウェイ」は、『NAT ゲートウェイ』（有料）とは違う……ッ。々ゝー";
    for (List<Integer> breaks :
        List.of(
            offsets(opportunities.breaks(text, BreakStyle.EVERY_OPPORTUNITY)),
            engineBreaks(text))) {
      assertTrue(breaks.size() > 5, "too few breaks: " + breaks);
      for (int at : breaks) {
        if (at < text.length()) {
          assertFalse(
              LINE_START_PROHIBITED.indexOf(text.charAt(at)) >= 0,
              "break before " + text.charAt(at) + " in " + visible(text, breaks));
          assertFalse(
              LINE_END_PROHIBITED.indexOf(text.charAt(at - 1)) >= 0,
              "break after " + text.charAt(at - 1) + " in " + visible(text, breaks));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja-JP", "en", "tr"})
  void latinWordsNumbersWithUnitsAndInseparablePairsStayWhole(String defaultLocale) {
    Locale.setDefault(Locale.forLanguageTag(defaultLocale));
    String text = "DynamoDBとIstanbulの10GBを5Gで……——送る";
    for (List<Integer> breaks :
        List.of(
            offsets(opportunities.breaks(text, BreakStyle.EVERY_OPPORTUNITY)),
            engineBreaks(text))) {
      String marked = visible(text, breaks);
      for (String whole : new String[] {"DynamoDB", "Istanbul", "10GB", "5G", "……", "——"}) {
        assertTrue(marked.contains(whole), whole + " was split: " + marked);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ゲートウェイエンドポイントを作成し、ルートテーブルに追加します", "複数のVPCの相互接続することが可能になりました"})
  void phraseBreaksAreFewerAndAlwaysAlsoStrictBreaks(String text) {
    BitSet strict = opportunities.breaks(text, BreakStyle.EVERY_OPPORTUNITY);
    BitSet phrases = opportunities.breaks(text, BreakStyle.BETWEEN_PHRASES);
    assertTrue(
        phrases.cardinality() > 1 && phrases.cardinality() < strict.cardinality(),
        visible(text, offsets(phrases)));
    BitSet notStrict = (BitSet) phrases.clone();
    notStrict.andNot(strict);
    assertTrue(notStrict.isEmpty(), "phrase breaks that strict rules forbid: " + notStrict);
    assertFalse(visible(text, offsets(phrases)).contains("ゲ|ート"), "a word was split");
  }

  private static List<Integer> engineBreaks(String text) {
    IcuLineBreaker breaker = new IcuLineBreaker("ja");
    breaker.setText(text);
    List<Integer> breaks = new ArrayList<>();
    for (int at = breaker.next(); at >= 0; at = breaker.next()) {
      breaks.add(at);
    }
    return breaks;
  }

  private static List<Integer> offsets(BitSet breaks) {
    return breaks.stream().boxed().toList();
  }

  static String visible(String text, List<Integer> breaks) {
    StringBuilder marked = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && breaks.contains(i)) {
        marked.append('|');
      }
      marked.append(text.charAt(i));
    }
    return marked.toString();
  }
}
