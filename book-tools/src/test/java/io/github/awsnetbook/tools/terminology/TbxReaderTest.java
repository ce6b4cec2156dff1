package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TbxReaderTest {

  private static final String HEAD =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx type="TBX-Basic" style="dca" xml:lang="ja" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
        <text><body>
      """;

  private static final String TAIL =
      """
        </body></text>
      </tbx>
      """;

  private static final String NAT_GATEWAY =
      """
          <conceptEntry id="nat-gateway">
            <langSec xml:lang="ja">
              <descrip type="definition">アドレスを変換する
                ゲートウェイ。</descrip>
              <termSec>
                <term>NAT ゲートウェイ</term>
                <termNote type="partOfSpeech">noun</termNote>
                <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                <termNote type="pronunciation">なっとげーとうぇい</termNote>
              </termSec>
              <termSec>
                <term>NATGW</term>
                <termNote type="termType">acronym</termNote>
                <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
              </termSec>
            </langSec>
            <langSec xml:lang="en">
              <descrip type="definition">A gateway that
                translates addresses.</descrip>
              <termSec>
                <term>NAT gateway</term>
                <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                <note>case-insensitive</note>
              </termSec>
            </langSec>
          </conceptEntry>
      """;

  @TempDir Path dir;

  private Path write(String xml) throws IOException {
    Path file = dir.resolve("test.tbx");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    return file;
  }

  private TerminologyException refused(String xml) throws IOException {
    Path file = write(xml);
    return assertThrows(TerminologyException.class, () -> TbxReader.read(dir, file));
  }

  @Test
  void aTermbaseThatIsALinkOutOfTheRepositoryIsRefused(@TempDir Path elsewhere) throws IOException {
    Path outside = Files.writeString(elsewhere.resolve("x.tbx"), HEAD + NAT_GATEWAY + TAIL);
    Path link = Files.createSymbolicLink(dir.resolve("linked.tbx"), outside);

    TerminologyException e =
        assertThrows(TerminologyException.class, () -> TbxReader.read(dir, link));

    assertTrue(
        e.getMessage()
            .startsWith("linked.tbx:1:1: error: a symbolic link to " + outside.toRealPath()),
        e.getMessage());
  }

  @Test
  void readsConceptsTermsAndDefinitions() throws IOException {
    Termbase termbase = TbxReader.read(dir, write(HEAD + NAT_GATEWAY + TAIL));
    assertEquals("ja", termbase.sourceLanguage());
    Concept concept = termbase.concept("nat-gateway").orElseThrow();
    assertEquals("アドレスを変換するゲートウェイ。", concept.definition("ja"));
    assertEquals("A gateway that translates addresses.", concept.definition("en"));
    Term preferred = concept.terms("ja").get(0);
    assertEquals("NAT ゲートウェイ", preferred.text());
    assertEquals(TermStatus.PREFERRED, preferred.status());
    assertEquals("なっとげーとうぇい", preferred.reading());
    assertTrue(preferred.caseSensitive());
    Term acronym = concept.terms("ja").get(1);
    assertEquals(TermStatus.DEPRECATED, acronym.status());
    assertEquals(TermType.ACRONYM, acronym.type());
    Term english = concept.terms("en").get(0);
    assertFalse(english.caseSensitive());
    assertEquals(25, english.line());
  }

  private static final String EN_DEFINITION =
      "<descrip type=\"definition\">A gateway that\n          translates addresses.</descrip>";

  @Test
  void aDefinitionsSourcesAreTheAdminSourcesOfItsGroup() throws IOException {
    String grouped =
        NAT_GATEWAY.replace(
            EN_DEFINITION,
            "<descripGrp><descrip type=\"definition\">A gateway that translates addresses.</descrip>"
                + "<admin type=\"source\">src-nat-gateways</admin>"
                + "<admin type=\"source\">src-vpc-what-is</admin></descripGrp>");
    Concept concept =
        TbxReader.read(dir, write(HEAD + grouped + TAIL)).concept("nat-gateway").orElseThrow();
    assertEquals("A gateway that translates addresses.", concept.definition("en"));
    assertEquals(List.of("src-nat-gateways", "src-vpc-what-is"), concept.definitionSources("en"));
    assertEquals(List.of(), concept.definitionSources("ja"));
  }

  @Test
  void aSourceOutsideTheGroupOfADefinitionOrNotAnIdIsRefusedAtItsLine() throws IOException {
    String loose =
        NAT_GATEWAY.replace(
            EN_DEFINITION, EN_DEFINITION + "\n<admin type=\"source\">src-nat-gateways</admin>");
    TerminologyException outside = refused(HEAD + loose + TAIL);
    assertTrue(
        outside.getMessage().contains("a source belongs to a definition"), outside.getMessage());
    String url =
        NAT_GATEWAY.replace(
            EN_DEFINITION,
            "<descripGrp><descrip type=\"definition\">A gateway.</descrip>\n"
                + "<admin type=\"source\">https://docs.aws.amazon.com/</admin></descripGrp>");
    TerminologyException notAnId = refused(HEAD + url + TAIL);
    assertTrue(notAnId.getMessage().contains("test.tbx:23:"), notAnId.getMessage());
    assertTrue(notAnId.getMessage().contains("write its ID"), notAnId.getMessage());
  }

  @Test
  void predefinedEntitiesAreText() throws IOException {
    Termbase termbase =
        TbxReader.read(
            dir,
            write(
                HEAD
                    + NAT_GATEWAY.replace("A gateway that", "A gateway &amp; router that")
                    + TAIL));
    assertEquals(
        "A gateway & router that translates addresses.",
        termbase.concept("nat-gateway").orElseThrow().definition("en"));
  }

  @Test
  void malformedXmlIsReportedWithItsLineAndColumn() throws IOException {
    TerminologyException e =
        refused(
            HEAD
                + "<conceptEntry id=\"x\">\n  <langSec xml:lang=\"ja\">\n"
                + "</conceptEntry>"
                + TAIL);
    assertTrue(e.getMessage().startsWith("test.tbx:7:"), e.getMessage());
    assertTrue(e.getMessage().contains(": error: malformed XML: "), e.getMessage());
  }

  @Test
  void anExternalEntityIsRefusedBeforeAnythingIsRead() throws IOException {
    String xxe =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
        <tbx type="TBX-Basic" style="dca" xml:lang="ja" xmlns="urn:iso:std:iso:30042:ed-2">
          <text><body><conceptEntry id="&e;"/></body></text>
        </tbx>
        """;
    TerminologyException e = refused(xxe);
    assertTrue(e.getMessage().startsWith("test.tbx:2:"), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(": error: DOCTYPE declarations are not allowed in the termbase; remove it"),
        e.getMessage());
    assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd is read");
  }

  @Test
  void aDoctypeWithoutEntitiesIsRefusedToo() throws IOException {
    TerminologyException e = refused(HEAD.replace("<tbx ", "<!DOCTYPE tbx>\n<tbx ") + TAIL);
    assertTrue(e.getMessage().contains("DOCTYPE declarations are not allowed"), e.getMessage());
  }

  @Test
  void anUnknownStatusIsReportedWhereItIs() throws IOException {
    TerminologyException e =
        refused(
            HEAD
                + NAT_GATEWAY.replace("deprecatedTerm-admn-sts", "supersededTerm-admn-sts")
                + TAIL);
    assertTrue(e.getMessage().startsWith("test.tbx:18:"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "error: unknown administrativeStatus \"supersededTerm-admn-sts\"; write"
                    + " preferredTerm-admn-sts,"),
        e.getMessage());
  }

  @Test
  void aReadingMustBeHiragana() throws IOException {
    TerminologyException e = refused(HEAD + NAT_GATEWAY.replace("なっとげーとうぇい", "ナットゲートウェイ") + TAIL);
    assertTrue(e.getMessage().contains("is not hiragana"), e.getMessage());
  }

  @Test
  void aPreferredJapaneseTermNeedsAReading() throws IOException {
    TerminologyException e =
        refused(
            HEAD
                + NAT_GATEWAY.replace("<termNote type=\"pronunciation\">なっとげーとうぇい</termNote>", "")
                + TAIL);
    assertTrue(e.getMessage().contains("has no reading"), e.getMessage());
  }

  @Test
  void aTermNeedsAStatus() throws IOException {
    TerminologyException e =
        refused(
            HEAD
                + NAT_GATEWAY.replace(
                    "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>",
                    "")
                + TAIL);
    assertTrue(e.getMessage().contains("\"NATGW\" has no administrativeStatus"), e.getMessage());
  }

  @Test
  void anotherRootIsNotATermbase() throws IOException {
    TerminologyException e = refused("<martif type=\"TBX\"><text/></martif>");
    assertTrue(e.getMessage().contains("not a TBX v3 document"), e.getMessage());
  }
}
