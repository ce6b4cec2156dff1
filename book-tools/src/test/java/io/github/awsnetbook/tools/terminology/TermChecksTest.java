package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TermChecksTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final Termbase TERMBASE = Terms.fixtureTermbase();

  @TempDir Path root;

  private List<String> check(String ja, String en) {
    Books.write(root, "ja", ja);
    Books.write(root, "en", en);
    BookTerms source = Books.scan(ASCIIDOCTOR.get(), root, "ja", TERMBASE);
    BookTerms translation = Books.scan(ASCIIDOCTOR.get(), root, "en", TERMBASE);
    return new TermChecks(TERMBASE, root)
        .all(source, List.of(translation)).stream().map(f -> f.toString()).toList();
  }

  @Test
  void aDeprecatedTermIsAnErrorThatNamesThePreferredOne() {
    // A termbase where the Japanese abbreviation is deprecated, as the message of the brief.
    Termbase termbase =
        Terms.termbase(
            new Term(
                "nat-gateway",
                "ja",
                "NAT ゲートウェイ",
                TermStatus.PREFERRED,
                TermType.FULL_FORM,
                "noun",
                "なっとげーとうぇい",
                true,
                1),
            Terms.acronym("nat-gateway", "ja", "NATGW", TermStatus.DEPRECATED));
    Books.write(root, "ja", "EC2からNATGWを経由します。\n");
    BookTerms book = Books.scan(ASCIIDOCTOR.get(), root, "ja", termbase);
    List<String> lines =
        new TermChecks(termbase, root).deprecated(book).stream().map(f -> f.toString()).toList();
    assertEquals(
        List.of(
            "content-ja/src/docs/asciidoc/index.adoc:1:6: error: \"NATGW\" is"
                + " deprecated; write \"NAT ゲートウェイ\" [terminology/deprecated-term]"),
        lines);
  }

  @Test
  void deprecatedTermsOfTheRepositoryTermbase() {
    List<String> findings =
        check(
            """
            Direct　Connectで接続します。
            """,
            """
            A Nat Gateway, a NATGW, a leased line and a Transit Gateway.
            """);
    String en = "content-en/src/docs/asciidoc/index.adoc:1:";
    assertEquals(
        List.of(
            en
                + "3: error: \"Nat Gateway\" is deprecated; write \"NAT gateway\""
                + " [terminology/deprecated-term]",
            en
                + "18: error: \"NATGW\" is deprecated; write \"NAT gateway\""
                + " [terminology/deprecated-term]",
            en
                + "27: error: \"leased line\" is deprecated; write \"dedicated line\""
                + " [terminology/deprecated-term]",
            en
                + "45: error: \"Transit Gateway\" is deprecated; write \"AWS Transit Gateway\" or"
                + " \"transit gateway\" [terminology/deprecated-term]",
            "content-ja/src/docs/asciidoc/index.adoc:1:1: error: \"Direct　Connect\" is deprecated;"
                + " write \"AWS Direct Connect\" [terminology/deprecated-term]"),
        findings.stream().filter(f -> f.endsWith("[terminology/deprecated-term]")).toList());
  }

  @Test
  void anAbbreviationIntroducedNextToItsFullTermIsAllowed() {
    List<String> findings =
        check(
            "NAT ゲートウェイ\n",
            """
            The NAT gateway (NATGW) and DX (AWS Direct Connect) and NAT gateways (NATGWs).
            """);
    assertEquals(
        List.of(),
        findings.stream().filter(f -> f.endsWith("[terminology/deprecated-term]")).toList());
  }

  @Test
  void twoAdmittedFormsOfOneConceptAreAWarning() {
    List<String> findings =
        check(
            """
            プライベートIPを持つ。

            Private IPを持つ。
            """,
            "A private IP address.\n\nA private IP address.\n");
    assertEquals(
        List.of(
            "content-ja/src/docs/asciidoc/index.adoc:3:1: warning: \"Private IP\" and \"プライベートIP\""
                + " (content-ja/src/docs/asciidoc/index.adoc:1:1) are two forms of one concept in"
                + " this book; write \"プライベートIPアドレス\" in both places"
                + " [terminology/inconsistent-admitted-forms]"),
        findings);
  }

  @Test
  void thePreferredTermBesideAnAdmittedOneOrAnAcronymBesideItsFullTermIsConsistent() {
    List<String> findings =
        check(
            """
            ゲートウェイエンドポイント（本文のGateway Endpoint）。ENIとElastic Network Interface。
            """,
            "A gateway endpoint. An ENI and an elastic network interface.\n");
    assertEquals(List.of(), findings);
  }

  @Test
  void aConceptOfTheSourceMustBeInTheSameSectionOfTheTranslation() {
    List<String> findings =
        check(
            """
            [#direct-connect]
            == Direct Connect

            VIP専用線ゲート。

            [#other]
            == その他
            """,
            """
            [#direct-connect]
            == AWS Direct Connect

            A leased line.

            [#other]
            == Other

            A dedicated line.
            """);
    String ja = "content-ja/src/docs/asciidoc/index.adoc";
    String en = "content-en/src/docs/asciidoc/index.adoc";
    assertEquals(
        List.of(
            en
                + ":4:3: error: \"leased line\" is deprecated; write \"dedicated line\""
                + " [terminology/deprecated-term]",
            en
                + ":9:3: error: \"dedicated line\" in section #other of the en book: the ja source"
                + " has no term for it ("
                + ja
                + ":7); translate what the source says, or write \"専用線\""
                + " in the source [terminology/concept-missing-in-translation]",
            ja
                + ":4:4: error: \"専用線\" in section #direct-connect of the ja book: its en"
                + " translation has only the deprecated \"leased line\" ("
                + en
                + ":4:3); write \"dedicated line\""
                + " in the translation [terminology/concept-missing-in-translation]"),
        findings);
  }

  @Test
  void sectionsAreComparedOnlyWithTheSectionOfTheSameId() {
    List<String> findings =
        check(
            """
            [#a]
            == A

            VPNとMPLS。

            [#only-in-source]
            == B

            BGP。
            """,
            """
            [#a]
            == A

            MPLS and VPN.
            """);
    assertEquals(List.of(), findings);
  }
}
