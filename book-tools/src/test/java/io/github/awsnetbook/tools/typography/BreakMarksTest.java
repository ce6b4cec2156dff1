package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Break marks follow strict kinsoku and never touch markup; the default locale plays no part. */
class BreakMarksTest {

  static final String M = String.valueOf(BreakMarks.MARK);
  static final String LINE_START_PROHIBITED = "、。，．・：；？！‼⁇）」』】〕〉》］｝ぁぃぅぇぉっゃゅょァィゥェォッャュョヵヶー々ゝゞ…‥";
  static final String LINE_END_PROHIBITED = "（「『【〔〈《［｛";

  private final BreakMarks marks = new BreakMarks("ja");
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
  void japaneseTextGetsMarksButNeverBeforeALineStartProhibitedCharacter(String defaultLocale) {
    Locale.setDefault(Locale.forLanguageTag(defaultLocale));
    String text = "ちょっと待って！「ゲートウェイ」は、『NAT ゲートウェイ』（有料）とは違う……ッ。々ゝー";
    String marked = marks.mark(text, BreakStyle.EVERY_OPPORTUNITY);
    assertTrue(marked.contains(M), marked);
    assertEquals(text, marked.replace(M, ""), "marks only add");
    for (int i = 0; i + 1 < marked.length(); i++) {
      if (marked.charAt(i) == BreakMarks.MARK) {
        assertFalse(
            LINE_START_PROHIBITED.indexOf(marked.charAt(i + 1)) >= 0,
            "break before " + marked.charAt(i + 1) + " in " + visible(marked));
        assertFalse(
            i > 0 && LINE_END_PROHIBITED.indexOf(marked.charAt(i - 1)) >= 0,
            "break after " + marked.charAt(i - 1) + " in " + visible(marked));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja-JP", "en", "tr"})
  void latinWordsNumbersWithUnitsAndInseparablePairsStayWhole(String defaultLocale) {
    Locale.setDefault(Locale.forLanguageTag(defaultLocale));
    String marked = marks.mark("DynamoDBとIstanbulの10GBを5Gで……——送る", BreakStyle.EVERY_OPPORTUNITY);
    for (String whole : new String[] {"DynamoDB", "Istanbul", "10GB", "5G", "……", "——"}) {
      assertTrue(marked.contains(whole), whole + " was split: " + visible(marked));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "詳しくは https://docs.aws.amazon.com/ja_jp/vpc/latest/userguide/ を見てください",
        "アイコン image:雲のロゴ.svg[雲,20] を置きます",
        "属性{product-name}の値と<<direct-connect,専用線の節>>を参照",
        "コード`ゲートウェイ設定`と+パススルー文字列+とpass:[生の日本語]です",
        "リンクlink:資料/日本語.html[資料を読む]です",
        "アンカー[[日本語のアンカー]]と&#8230;です"
      })
  void markupKeepsEveryCharacter(String line) {
    String marked = marks.mark(line, BreakStyle.EVERY_OPPORTUNITY);
    for (String markup :
        new String[] {
          "https://docs.aws.amazon.com/ja_jp/vpc/latest/userguide/",
          "image:雲のロゴ.svg[雲,20]",
          "{product-name}",
          "<<direct-connect,専用線の節>>",
          "`ゲートウェイ設定`",
          "+パススルー文字列+",
          "pass:[生の日本語]",
          "link:資料/日本語.html[資料を読む]",
          "[[日本語のアンカー]]",
          "&#8230;"
        }) {
      if (line.contains(markup)) {
        assertTrue(marked.contains(markup), markup + " was touched: " + visible(marked));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"*太字*の文", "**太字の日本語**です", "__斜体の日本語__です", "#強調#です"})
  void formattingMarksAreNeverSeparatedFromTheirText(String line) {
    String marked = marks.mark(line, BreakStyle.EVERY_OPPORTUNITY);
    for (int i = 0; i < marked.length(); i++) {
      if (marked.charAt(i) == BreakMarks.MARK) {
        assertFalse("*_#`".indexOf(marked.charAt(i - 1)) >= 0, visible(marked));
        assertFalse("*_#`".indexOf(marked.charAt(i + 1)) >= 0, visible(marked));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ゲートウェイエンドポイントを作成し、ルートテーブルに追加します", "複数のVPCの相互接続することが可能になりました"})
  void phraseBreaksAreFewerAndAlwaysAlsoStrictBreaks(String text) {
    String strict = marks.mark(text, BreakStyle.EVERY_OPPORTUNITY);
    String phrases = marks.mark(text, BreakStyle.BETWEEN_PHRASES);
    assertTrue(count(phrases) > 0 && count(phrases) < count(strict), visible(phrases));
    int strictAt = 0;
    for (String part : phrases.split(M)) {
      strictAt =
          strict.indexOf(part.isEmpty() ? part : part.substring(part.length() - 1), strictAt);
    }
    assertFalse(phrases.contains("ゲ" + M + "ート"), "a word was split: " + visible(phrases));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AWSのネットワーク、最終回です。", "Plain English text, untouched."})
  void markingIsIdempotent(String text) {
    String once = marks.mark(text, BreakStyle.EVERY_OPPORTUNITY);
    assertEquals(once, marks.mark(once, BreakStyle.EVERY_OPPORTUNITY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Plain English text, with numbers 10 GB and a URL https://example.com/."})
  void englishTextIsUnchanged(String text) {
    assertEquals(text, marks.mark(text, BreakStyle.EVERY_OPPORTUNITY));
  }

  private static long count(String marked) {
    return marked.chars().filter(c -> c == BreakMarks.MARK).count();
  }

  static String visible(String marked) {
    return marked.replace(M, "|");
  }
}
