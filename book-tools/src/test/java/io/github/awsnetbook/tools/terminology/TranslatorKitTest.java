package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.files.SafeXml;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translator's kit: the TBX-Basic 2008 export and OmegaT's glossary. That OmegaT itself reads
 * them is shown by book-tests' TranslatorKitIT, with OmegaT's own readers.
 */
class TranslatorKitTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final String FROM = "terminology/test.tbx";

  @TempDir Path temp;

  private static Term term(String concept, String language, String text, TermStatus status) {
    return Terms.term(concept, language, text, status, true);
  }

  private static Termbase natGateway() {
    Concept concept =
        new Concept(
            "nat-gateway",
            Map.of("ja", "NAT を行うゲートウェイ。", "en", "A gateway that does NAT."),
            List.of(
                term("nat-gateway", "ja", "NAT ゲートウェイ", TermStatus.PREFERRED),
                term("nat-gateway", "ja", "NATGW", TermStatus.ADMITTED),
                term("nat-gateway", "en", "NAT gateway", TermStatus.PREFERRED),
                term("nat-gateway", "en", "Nat Gateway", TermStatus.DEPRECATED)));
    return new Termbase(Path.of("terminology/test.tbx"), "ja", List.of(concept));
  }

  @Test
  void theTbxExportIsMartifWithTheTermsStatusesAndDefinitionsOfBothLanguages() {
    String tbx = TbxBasic2008.of(natGateway(), FROM, List.of("ja", "en"));
    assertTrue(tbx.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif"), tbx);
    assertTrue(tbx.contains("<martif type=\"TBX-Basic\" xml:lang=\"ja\">"), tbx);
    assertTrue(tbx.contains("<termEntry id=\"nat-gateway\">"), tbx);
    assertTrue(tbx.contains("<langSet xml:lang=\"ja\">"), tbx);
    assertTrue(tbx.contains("<descrip type=\"definition\">A gateway that does NAT.</descrip>"));
    assertTrue(tbx.contains("<term>NATGW</term>"), tbx);
    assertTrue(
        tbx.contains("<termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"),
        tbx);
    assertTrue(tbx.contains("<termNote type=\"partOfSpeech\">noun</termNote>"), tbx);
    assertTrue(
        tbx.contains("<note>deprecated: write \"NAT gateway\" instead of \"Nat Gateway\"</note>"),
        tbx);
    assertFalse(tbx.contains("<!DOCTYPE"), "a reader would try to fetch the DTD");
    assertEquals(List.of("NAT ゲートウェイ", "NATGW", "NAT gateway", "Nat Gateway"), termsIn(tbx));
  }

  @Test
  void markupInTermsAndDefinitionsIsEscapedAndReadsBackAsWritten() {
    Concept concept =
        new Concept(
            "ampersand",
            Map.of("en", "Text with \"quotes\", <angle brackets> & ampersands; ]]> too."),
            List.of(
                term("ampersand", "ja", "R&D <部門>", TermStatus.PREFERRED),
                term("ampersand", "en", "R&D \"department\"", TermStatus.PREFERRED)));
    Termbase termbase = new Termbase(Path.of("t.tbx"), "ja", List.of(concept));
    String tbx = TbxBasic2008.of(termbase, "a&b \"dir\"/t.tbx", List.of("ja", "en"));
    assertEquals(List.of("R&D <部門>", "R&D \"department\""), termsIn(tbx));
    assertTrue(tbx.contains("]]&gt; too."), tbx);
  }

  @Test
  void aConceptIdThatIsNoXmlIdGetsAPrefixAndACollisionIsAnError() {
    Termbase fiveG = Terms.termbase(Terms.preferred("5g", "ja", "5G"));
    assertTrue(
        TbxBasic2008.of(fiveG, FROM, List.of("ja", "en")).contains("<termEntry id=\"c-5g\">"));
    Termbase clash =
        Terms.termbase(Terms.preferred("5g", "ja", "5G"), Terms.preferred("c-5g", "ja", "5G 網"));
    TerminologyException e =
        assertThrows(
            TerminologyException.class, () -> TbxBasic2008.of(clash, FROM, List.of("ja", "en")));
    assertTrue(e.getMessage().startsWith(FROM + ": error: the concepts \"5g\" and \"c-5g\""));
  }

  @Test
  void aLanguageWithoutTermsIsLeftOutAsTheCoreStructureWantsATermInEveryLangSet() {
    Termbase jaOnly = Terms.termbase(Terms.preferred("subnet", "ja", "サブネット"));
    String tbx = TbxBasic2008.of(jaOnly, FROM, List.of("ja", "ko"));
    assertTrue(tbx.contains("<langSet xml:lang=\"ja\">"), tbx);
    assertFalse(tbx.contains("<langSet xml:lang=\"ko\">"), tbx);
  }

  @Test
  void theOmegaTGlossaryPairsEverySourceTermWithEveryTargetTermAndMarksDeprecatedForms() {
    String glossary = OmegaTGlossary.of(natGateway(), FROM, "ja", "en");
    List<String> entries = glossary.lines().filter(line -> !line.startsWith("#")).toList();
    assertEquals(
        List.of(
            "NAT ゲートウェイ\tNAT gateway\tpreferred; A gateway that does NAT.",
            "NAT ゲートウェイ\tNat Gateway\tdeprecated: write \"NAT gateway\" instead",
            "NATGW\tNAT gateway\tpreferred; ja: admitted form; A gateway that does NAT.",
            "NATGW\tNat Gateway\tdeprecated: write \"NAT gateway\" instead; ja: admitted form"),
        entries);
    assertTrue(glossary.startsWith("# OmegaT glossary ja -> en, generated by the build from "));
  }

  @Test
  void aTabOrLineBreakInsideATermCannotSplitItsLine() {
    Termbase termbase =
        Terms.termbase(
            Terms.preferred("c", "ja", "タブ\tの\n用語"), Terms.preferred("c", "en", "tab\tterm"));
    List<String> entries =
        OmegaTGlossary.of(termbase, FROM, "ja", "en")
            .lines()
            .filter(line -> !line.startsWith("#"))
            .toList();
    assertEquals(List.of("タブ の 用語\ttab term\tpreferred"), entries);
  }

  @Test
  void aSourceTermWithoutTranslationKeepsItsLineWithAnEmptyTarget() {
    Termbase jaOnly = Terms.termbase(Terms.preferred("subnet", "ja", "サブネット"));
    List<String> entries =
        OmegaTGlossary.of(jaOnly, FROM, "ja", "ko")
            .lines()
            .filter(line -> !line.startsWith("#"))
            .toList();
    assertEquals(List.of("サブネット\t\tno ko term in the termbase yet"), entries);
  }

  @Test
  void aTermStartingWithAHashIsAnErrorAsOmegaTWouldSkipItsLine() {
    Termbase hash = Terms.termbase(Terms.preferred("c-sharp", "ja", "#C"));
    TerminologyException e =
        assertThrows(TerminologyException.class, () -> OmegaTGlossary.of(hash, FROM, "ja", "en"));
    assertTrue(e.getMessage().startsWith(FROM + ":1: error: the term \"#C\" starts with #"));
  }

  @Test
  void theTranslationsBuildWritesItsKitTheSourcesDoesNotAndTheBytesRepeat() throws IOException {
    Path root = smallRepository();
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    assertTrue(check(root, first, "en").passed());
    assertTrue(check(root, second, "en").passed());
    for (String name : List.of("aws-networking-tbx2008-ja-en.tbx", "omegat-glossary-ja-en.utf8")) {
      byte[] bytes = Files.readAllBytes(first.resolve(name));
      assertTrue(bytes.length > 1000, name);
      assertEquals(
          new String(bytes, StandardCharsets.UTF_8),
          Files.readString(second.resolve(name), StandardCharsets.UTF_8),
          name + " differs between two runs");
    }
    String tbx = Files.readString(first.resolve("aws-networking-tbx2008-ja-en.tbx"));
    assertFalse(tbx.contains(root.toString()), "an absolute path in the export");
    assertTrue(tbx.contains("Generated by the build from terminology/aws-networking.tbx"), tbx);

    Path source = temp.resolve("source");
    assertTrue(check(root, source, "ja").passed());
    try (var files = Files.list(source)) {
      assertEquals(
          List.of("glossary-ja.adoc", "terminology.sarif"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  /** A repository of two one-line books and the real termbase, which the kit is written from. */
  private Path smallRepository() throws IOException {
    Path root = temp.resolve("repo");
    Files.createDirectories(root.resolve("terminology"));
    Files.copy(
        Terms.fixtureRoot().resolve("terminology/aws-networking.tbx"),
        root.resolve("terminology/aws-networking.tbx"));
    Books.write(root, "ja", "ゲートウェイエンドポイントを使います。\n");
    Books.write(root, "en", "It uses a gateway endpoint.\n");
    return root;
  }

  /** The terminology check of {@code book}, as the build's goal runs it. */
  private static TerminologyCheck.Outcome check(Path root, Path output, String book) {
    return TerminologyCheck.check(
        TerminologyCheck.Request.parse(
            "--root",
            root.toString(),
            "--locales",
            "ja en",
            "--book",
            book,
            "--output",
            output.toString(),
            "--summary-locale",
            "en"),
        ASCIIDOCTOR.models());
  }

  /** The text of every {@code term} element, read with the build's safe parser. */
  private static List<String> termsIn(String xml) {
    List<String> terms = new ArrayList<>();
    try {
      XMLStreamReader reader = SafeXml.factory().createXMLStreamReader(new StringReader(xml));
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.START_ELEMENT
            && reader.getLocalName().equals("term")) {
          terms.add(reader.getElementText());
        }
      }
    } catch (XMLStreamException e) {
      throw new AssertionError("the export is not well-formed XML: " + e.getMessage(), e);
    }
    return terms;
  }
}
