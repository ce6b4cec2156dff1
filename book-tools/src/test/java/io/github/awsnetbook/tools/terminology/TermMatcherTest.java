package io.github.awsnetbook.tools.terminology;

import static io.github.awsnetbook.tools.terminology.Terms.preferred;
import static io.github.awsnetbook.tools.terminology.Terms.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

  private static final TermMatcher JA =
      new TermMatcher(
          "ja",
          List.of(
              preferred("nat", "ja", "NAT"),
              preferred("gateway", "ja", "ゲートウェイ"),
              preferred("internet-gateway", "ja", "インターネットゲートウェイ"),
              preferred("word", "ja", "ワード"),
              preferred("vpc", "ja", "VPC"),
              preferred("direct-connect", "ja", "Direct Connect"),
              term("direct-connect", "ja", "Direct\u3000Connect", TermStatus.DEPRECATED, true),
              preferred("ec2", "ja", "EC2"),
              preferred("5g", "ja", "5G"),
              preferred("internal-network", "ja", "内部ネットワーク")));

  private static final TermMatcher EN =
      new TermMatcher(
          "en",
          List.of(
              term("nat-gateway", "en", "NAT gateway", TermStatus.PREFERRED, false),
              term("nat-gateway", "en", "Nat Gateway", TermStatus.DEPRECATED, true),
              term("vpc", "en", "VPC", TermStatus.PREFERRED, true),
              term("eni", "en", "ENI", TermStatus.PREFERRED, true),
              term("private-ip", "en", "private IP address", TermStatus.PREFERRED, false),
              term("on-premises", "en", "on-premises", TermStatus.PREFERRED, false),
              term("on-premises", "en", "on-premise", TermStatus.DEPRECATED, false),
              term("direct-connect", "en", "AWS Direct Connect", TermStatus.PREFERRED, true),
              term("direct-connect", "en", "Direct Connect", TermStatus.ADMITTED, true)));

  /** What was found, as "text=concept:status" in order. */
  private static List<String> found(TermMatcher matcher, String text) {
    List<String> found = new ArrayList<>();
    for (Match match : matcher.find(text)) {
      found.add(
          match.text()
              + "="
              + match.term().conceptId()
              + ":"
              + match.term().status().name().toLowerCase());
    }
    return found;
  }

  @Test
  void fullWidthLatinIsFound() {
    assertEquals(List.of("ＮＡＴ=nat:preferred", "ゲートウェイ=gateway:preferred"), found(JA, "ＮＡＴゲートウェイ"));
    assertEquals(List.of("ＥＣ２=ec2:preferred"), found(JA, "ＥＣ２インスタンス"));
  }

  @Test
  void halfWidthKatakanaIsFound() {
    List<Match> matches = JA.find("このｹﾞｰﾄｳｪｲを");
    assertEquals(1, matches.size());
    assertEquals("ｹﾞｰﾄｳｪｲ", matches.get(0).text());
    assertEquals("gateway", matches.get(0).term().conceptId());
    // Offsets are of the original text: ｹﾞ is two characters of it, ゲ one of the normalized form.
    assertEquals(2, matches.get(0).start());
    assertEquals(9, matches.get(0).end());
  }

  @Test
  void anIdeographicSpaceIsASpace() {
    assertEquals(List.of("VPC=vpc:preferred", "EC2=ec2:preferred"), found(JA, "VPC　EC2"));
    // The deprecated spelling is told from the preferred one by the U+3000 as written.
    assertEquals(List.of("Direct　Connect=direct-connect:deprecated"), found(JA, "Direct　Connectで"));
    assertEquals(List.of("Ｄｉｒｅｃｔ　Ｃｏｎｎｅｃｔ=direct-connect:deprecated"), found(JA, "Ｄｉｒｅｃｔ　Ｃｏｎｎｅｃｔ"));
    assertEquals(List.of("Direct Connect=direct-connect:preferred"), found(JA, "Direct Connectで"));
  }

  @Test
  void caseInsensitiveTermsMatchInAnyCase() {
    assertEquals(List.of("NAT Gateway=nat-gateway:preferred"), found(EN, "a NAT Gateway"));
    assertEquals(List.of("nat gateway=nat-gateway:preferred"), found(EN, "a nat gateway"));
    assertEquals(
        List.of("Private IP address=private-ip:preferred"), found(EN, "Private IP address of it"));
  }

  @Test
  void caseSensitiveTermsMatchOnlyInTheirCase() {
    assertEquals(List.of(), found(EN, "a vpc and an eni"));
    assertEquals(List.of("VPC=vpc:preferred"), found(EN, "a VPC"));
    // Equally long: the case-sensitive (deprecated) spelling wins over the case-insensitive one.
    assertEquals(List.of("Nat Gateway=nat-gateway:deprecated"), found(EN, "a Nat Gateway"));
  }

  @Test
  void theLongestTermWinsAndMatchesDoNotOverlap() {
    assertEquals(
        List.of("インターネットゲートウェイ=internet-gateway:preferred"), found(JA, "インターネットゲートウェイを通る"));
    assertEquals(
        List.of("AWS Direct Connect=direct-connect:preferred"),
        found(EN, "with AWS Direct Connect"));
    assertEquals(List.of("on-premises=on-premises:preferred"), found(EN, "an on-premises network"));
    assertEquals(List.of("on-premise=on-premises:deprecated"), found(EN, "an on-premise network"));
  }

  @Test
  void aTermDoesNotMatchInsideAWordOfItsScript() {
    assertEquals(List.of(), found(JA, "パスワードを入力"));
    assertEquals(List.of("ワード=word:preferred"), found(JA, "「ワード」"));
    assertEquals(List.of(), found(JA, "VPCX"));
    assertEquals(List.of(), found(JA, "XEC2"));
    assertEquals(List.of(), found(JA, "AWS内部ネットワークス"));
    // Katakana, then Han: a boundary, as between any two scripts.
    assertEquals(List.of("内部ネットワーク=internal-network:preferred"), found(JA, "内部ネットワーク化"));
  }

  @Test
  void aChangeOfScriptIsABoundary() {
    assertEquals(List.of("NAT=nat:preferred", "ゲートウェイ=gateway:preferred"), found(JA, "NATゲートウェイ"));
    assertEquals(List.of("VPC=vpc:preferred"), found(JA, "VPCピアリング"));
    assertEquals(List.of("5G=5g:preferred"), found(JA, "5G関連"));
    assertEquals(List.of("内部ネットワーク=internal-network:preferred"), found(JA, "AWS内部ネットワークを"));
    assertEquals(List.of("EC2=ec2:preferred", "NAT=nat:preferred"), found(JA, "EC2　→　NAT"));
  }

  @Test
  void theProlongedSoundMarkContinuesKatakana() {
    // ー is of the Common script; were it a boundary, ワード would be found after ー here.
    assertEquals(List.of(), found(JA, "スーワード"));
    assertEquals(List.of(), found(JA, "ゲートウェイー"));
  }

  @Test
  void englishPluralsMatchTheirSingular() {
    assertEquals(List.of("VPC=vpc:preferred", "ENI=eni:preferred"), found(EN, "two VPCs and ENIs"));
    List<Match> matches = EN.find("private IP addresses");
    assertEquals("private IP address", matches.get(0).text());
    assertEquals(List.of(), found(EN, "VPCsX"));
    // Only English: the Japanese text has no plural endings.
    assertEquals(List.of(), found(JA, "VPCs"));
  }

  @Test
  void aWordBreakIteratorWouldCutTheTerm() {
    BreakIterator words = BreakIterator.getWordInstance(ULocale.JAPANESE);
    words.setText("NATゲートウェイ");
    List<Integer> breaks = new ArrayList<>();
    for (int at = words.first(); at != BreakIterator.DONE; at = words.next()) {
      breaks.add(at);
    }
    // NAT|ゲート|ウェイ: a term "ゲートウェイ" would never start and end at word breaks.
    assertEquals(List.of(0, 3, 6, 9), breaks);
  }

  @Test
  void regexWordBoundariesMissTermsBesideJapanese() {
    // Every kana is a word character to \b: NAT is not found in NATゲートウェイ.
    assertFalse(Pattern.compile("\\bNAT\\b").matcher("NATゲートウェイ").find());
    assertFalse(
        Pattern.compile("\\bNAT\\b", Pattern.UNICODE_CHARACTER_CLASS).matcher("NATゲートウェイ").find());
  }
}
