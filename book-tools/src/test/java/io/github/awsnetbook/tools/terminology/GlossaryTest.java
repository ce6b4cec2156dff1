package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final Termbase TERMBASE = Terms.fixtureTermbase();

  @TempDir Path root;

  private static final String JA =
      """
      VPCと専用線とNAT ゲートウェイとインターネットゲートウェイとDirect Connectと仮想プライベートゲートウェイ。
      """;

  private static final String EN =
      """
      A VPC, a dedicated line, a NAT gateway, an internet gateway, AWS Direct Connect and a
      virtual private gateway.
      """;

  @Test
  void japaneseHasItsLatinTermsFirstByLetterThenTheOthersByReading() {
    Books.write(root, "ja", JA);
    BookTerms book = Books.scan(ASCIIDOCTOR.get(), root, "ja", TERMBASE);
    // AWS, NAT, VPC by their letters (not by えーだぶりゅーえす, なっと, ぶいぴーしー); then
    // いんたーねっと…, かそう…, せんようせん: 五十音順 by reading, whatever the script of the term.
    assertEquals(
        List.of("AWS Direct Connect", "NATゲートウェイ", "VPC", "インターネットゲートウェイ", "仮想プライベートゲートウェイ", "専用線"),
        Glossary.concepts(book, TERMBASE).stream().map(c -> c.name("ja")).toList());
  }

  @Test
  void japaneseIsGroupedUnder英数字AndTheRowsOfTheKanaTable() {
    Books.write(root, "ja", JA);
    BookTerms book = Books.scan(ASCIIDOCTOR.get(), root, "ja", TERMBASE);
    assertEquals(
        List.of(
            "英数字 [AWS Direct Connect, NATゲートウェイ, VPC]",
            "あ行 [インターネットゲートウェイ]",
            "か行 [仮想プライベートゲートウェイ]",
            "さ行 [専用線]"),
        Glossary.groups(book, TERMBASE).stream()
            .map(g -> g.heading() + " " + g.concepts().stream().map(c -> c.name("ja")).toList())
            .toList());
    String adoc = Glossary.asciidoc(book, TERMBASE, "en");
    // Each group a heading outside the contents and the bookmarks, above a table of its own.
    assertTrue(
        adoc.contains(
            "\n[discrete#glossary-latin.glossary-group]\n=== 英数字\n\n[.glossary.other-lang-en,"),
        adoc);
    assertTrue(
        adoc.contains(
            "|===\n\n[discrete#glossary-ka.glossary-group]\n=== か行\n\n[.glossary.other-lang-en,"),
        adoc);
    assertEquals(4, adoc.split("\\|===\n", -1).length / 2, adoc);
  }

  @Test
  void englishIsOneGroupWithoutHeadings() {
    Books.write(root, "en", EN);
    BookTerms book = Books.scan(ASCIIDOCTOR.get(), root, "en", TERMBASE);
    String adoc = Glossary.asciidoc(book, TERMBASE, "ja");
    assertTrue(!adoc.contains("[discrete"), adoc);
    assertEquals(1, Glossary.groups(book, TERMBASE).size());
  }

  @Test
  void englishIsInTheOrderOfTheTermsWhateverTheirCase() {
    Books.write(root, "en", EN);
    BookTerms book = Books.scan(ASCIIDOCTOR.get(), root, "en", TERMBASE);
    assertEquals(
        List.of(
            "AWS Direct Connect",
            "dedicated line",
            "internet gateway",
            "NAT gateway",
            "virtual private gateway",
            "VPC"),
        Glossary.concepts(book, TERMBASE).stream().map(c -> c.name("en")).toList());
  }

  @Test
  void theAppendixHasTheTermTheOtherLanguagesTermAndTheDefinition() {
    Books.write(root, "ja", "専用線。\n");
    String adoc =
        Glossary.asciidoc(Books.scan(ASCIIDOCTOR.get(), root, "ja", TERMBASE), TERMBASE, "en");
    assertTrue(adoc.contains("[appendix]\n[#glossary]\n== 用語集\n"), adoc);
    assertTrue(adoc.contains("|用語 |英語 |定義\n"), adoc);
    assertTrue(
        adoc.contains(
            "\n|専用線\n|dedicated line\n|特定の利用者のためだけに用意された通信回線。"
                + "AWS Direct Connectでは、AWSが一人の利用者に割り当てる物理的なイーサネット接続を専用接続と呼ぶ。"
                + "AWS Direct Connectパートナーが提供するホスト接続は、パートナーの設備を通る接続で、"
                + "専用接続とは区別される。<<src-dx-connections>>\n"),
        adoc);
    Books.write(root, "en", "A dedicated line.\n");
    String english =
        Glossary.asciidoc(Books.scan(ASCIIDOCTOR.get(), root, "en", TERMBASE), TERMBASE, "ja");
    assertTrue(english.contains("== Glossary\n"), english);
    assertTrue(english.contains("|Term |Japanese |Definition\n"), english);
    assertTrue(
        english.contains(
            "\n|dedicated line\n|専用線\n|A communication line reserved for one customer."
                + " In AWS Direct Connect, AWS calls a physical Ethernet connection that it assigns"
                + " to a single customer a dedicated connection; a hosted connection, which an AWS"
                + " Direct Connect Partner provides through its own equipment, is a different kind"
                + " <<src-dx-connections>>.\n"),
        english);
  }

  @Test
  void anotherLocaleTakesTheLabelsFromItsOwnLocaleAttributes() {
    Books.write(root, "ko", "専用線。\n");
    String korean =
        Glossary.asciidoc(Books.scan(ASCIIDOCTOR.get(), root, "ko", TERMBASE), TERMBASE, "ja");
    assertTrue(korean.contains("== {glossary-title}\n"), korean);
    assertTrue(
        korean.contains("|{glossary-term-label} |일본어 |{glossary-definition-label}\n"), korean);
  }

  @Test
  void aTermShowsTheAcronymsTheBookUsesAndADefinitionCitesItsSources() {
    Books.write(root, "en", "A NAT gateway (NATGW) and AWS Direct Connect (DX).\n");
    String english =
        Glossary.asciidoc(Books.scan(ASCIIDOCTOR.get(), root, "en", TERMBASE), TERMBASE, "ja");
    assertTrue(english.contains("\n|NAT gateway (NATGW)\n|NATゲートウェイ\n|"), english);
    assertTrue(english.contains("\n|AWS Direct Connect (DX)\n|"), english);
    assertTrue(english.contains(" <<src-nat-gateways>>.\n"), english);
    Books.write(root, "ja", "NATゲートウェイ（NATGW）。\n");
    String japanese =
        Glossary.asciidoc(Books.scan(ASCIIDOCTOR.get(), root, "ja", TERMBASE), TERMBASE, "en");
    assertTrue(japanese.contains("\n|NATゲートウェイ（NATGW）\n|NAT gateway\n|"), japanese);
    assertTrue(japanese.contains("ゲートウェイ。<<src-nat-gateways>>\n"), japanese);
  }
}
