package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.terminology.Concept;
import io.github.awsnetbook.tools.terminology.OmegaTGlossary;
import io.github.awsnetbook.tools.terminology.TbxBasic2008;
import io.github.awsnetbook.tools.terminology.TbxReader;
import io.github.awsnetbook.tools.terminology.Term;
import io.github.awsnetbook.tools.terminology.TermStatus;
import io.github.awsnetbook.tools.terminology.TermType;
import io.github.awsnetbook.tools.terminology.Termbase;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The translator's kit the English build writes (the termbase as TBX-Basic 2008 and as OmegaT's
 * glossary), read back with OmegaT's own readers from the Debian package, and the TBX checked
 * against the TBX 2008 core structure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslatorKitIT {

  private static final String SOURCE = "ja";
  private static final String TARGET = "en";

  private OmegaT omegat;
  private Termbase termbase;

  @BeforeAll
  void openOmegaT(@TempDir Path work) {
    omegat = OmegaT.open(OmegaT.jar(), work, SOURCE, TARGET);
    termbase = TbxReader.read(Book.root(), Book.root().resolve("terminology/aws-networking.tbx"));
  }

  @AfterAll
  void closeOmegaT() throws IOException {
    if (omegat != null) {
      omegat.close();
    }
  }

  private Path kit(String name) {
    return Book.of(TARGET).module().resolve("target/terminology").resolve(name);
  }

  private Path tbx() {
    return kit(TbxBasic2008.fileName(termbase, SOURCE, TARGET));
  }

  private Path tsv() {
    return kit(OmegaTGlossary.fileName(SOURCE, TARGET));
  }

  @Test
  void omegatsTbxReaderReadsEveryConceptWithItsJapaneseAndEnglishTerms() {
    List<OmegaT.Entry> entries = omegat.readTbx(tbx());

    assertEquals(expectedPairs(termbase), pairs(entries), "what OmegaT read from " + tbx());
    assertEquals(expectedPairs(termbase).size(), entries.size(), "entries read twice or dropped");
    OmegaT.Entry deprecated = entry(entries, "NATゲートウェイ", "Nat Gateway");
    assertTrue(
        deprecated
            .comment()
            .contains("deprecated: write \"NAT gateway\" instead of \"Nat Gateway\""),
        deprecated.comment());
    System.out.printf(
        "OmegaT's GlossaryReaderTBX read %d entries of %d concepts from %s%n",
        entries.size(), termbase.concepts().size(), Book.root().relativize(tbx()));
  }

  @Test
  void omegatsTabSeparatedReaderReadsEveryConceptWithItsJapaneseAndEnglishTerms() {
    List<OmegaT.Entry> entries = omegat.readTsv(tsv());

    assertEquals(expectedPairs(termbase), pairs(entries), "what OmegaT read from " + tsv());
    assertEquals(expectedPairs(termbase).size(), entries.size(), "entries read twice or dropped");
    assertEquals(
        "deprecated: write \"NAT gateway\" instead",
        entry(entries, "NATゲートウェイ", "Nat Gateway").comment());
    assertTrue(
        entry(entries, "NATゲートウェイ", "NAT gateway").comment().startsWith("preferred; A gateway"));
    System.out.printf(
        "OmegaT's GlossaryReaderTSV read %d entries of %d concepts from %s%n",
        entries.size(), termbase.concepts().size(), Book.root().relativize(tsv()));
  }

  @Test
  void markupInTermsReachesOmegaTAsWritten(@TempDir Path folder) throws IOException {
    Term ja = term("ja", "R&D <部門>", TermStatus.PREFERRED);
    Term en = term("en", "R&D \"department\"", TermStatus.PREFERRED);
    Term old = term("en", "R & D's", TermStatus.DEPRECATED);
    Termbase tricky =
        new Termbase(
            folder.resolve("tricky.tbx"),
            SOURCE,
            List.of(
                new Concept(
                    "r-and-d", Map.of("en", "A <b>&amp;</b> ]]> test."), List.of(ja, en, old))));
    Path tbx = folder.resolve("tricky.tbx2008.tbx");
    Path tsv = folder.resolve("tricky.utf8");
    Files.writeString(tbx, TbxBasic2008.of(tricky, "tricky.tbx", List.of(SOURCE, TARGET)));
    Files.writeString(tsv, OmegaTGlossary.of(tricky, "tricky.tbx", SOURCE, TARGET));

    Set<List<String>> expected = expectedPairs(tricky);
    assertEquals(expected, pairs(omegat.readTbx(tbx)));
    assertEquals(expected, pairs(omegat.readTsv(tsv)));
    assertTrue(omegat.readTbx(tbx).get(0).comment().contains("A <b>&amp;</b> ]]> test."));
    assertEquals(List.of(), problems(validator(), Files.readString(tbx)));
  }

  @Test
  void theTbxExportIsValidAgainstTheTbx2008CoreStructure() throws IOException {
    assertEquals(List.of(), problems(validator(), Files.readString(tbx(), StandardCharsets.UTF_8)));
  }

  @Test
  void theCoreStructureCheckCatchesWhatOmegaTWouldNot() {
    // An ID that starts with a digit, and a langSet without a term: both invalid in TBX 2008.
    String broken =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX-Basic" xml:lang="ja"><martifHeader><fileDesc><sourceDesc><p>t</p>\
        </sourceDesc></fileDesc></martifHeader><text><body><termEntry id="5g">\
        <langSet xml:lang="ja"><descrip type="definition">d</descrip></langSet>\
        </termEntry></body></text></martif>
        """;
    String problems = String.join("\n", problems(validator(), broken));
    assertTrue(problems.contains("'5g' is not a valid value for 'NCName'"), problems);
    assertTrue(problems.contains("The content of element 'langSet' is not complete"), problems);
  }

  @Test
  void theCoreStructureCheckReadsNoDtd() {
    String withDoctype =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE martif SYSTEM "file:///etc/passwd">
        <martif type="TBX-Basic" xml:lang="ja"/>
        """;
    List<String> problems = problems(validator(), withDoctype);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("DOCTYPE"), problems.toString());
  }

  @Test
  void withoutOmegaTTheTestFailsWithTheInstallCommand(@TempDir Path folder) {
    AssertionError missing =
        assertThrows(
            AssertionError.class,
            () -> OmegaT.open(folder.resolve("no/OmegaT.jar"), folder, SOURCE, TARGET));
    assertTrue(missing.getMessage().contains("apt-get install -y omegat"), missing.getMessage());
  }

  /** Every (ja term, en term) of every concept: what OmegaT shows for the concept. */
  private static Set<List<String>> expectedPairs(Termbase termbase) {
    Set<List<String>> pairs = new java.util.HashSet<>();
    for (Concept concept : termbase.concepts()) {
      assertFalse(concept.terms(SOURCE).isEmpty(), concept.id() + " has no " + SOURCE + " term");
      assertFalse(concept.terms(TARGET).isEmpty(), concept.id() + " has no " + TARGET + " term");
      for (Term source : concept.terms(SOURCE)) {
        for (Term target : concept.terms(TARGET)) {
          pairs.add(List.of(source.text(), target.text()));
        }
      }
    }
    return pairs;
  }

  private static Set<List<String>> pairs(List<OmegaT.Entry> entries) {
    return entries.stream().map(e -> List.of(e.source(), e.target())).collect(Collectors.toSet());
  }

  private static OmegaT.Entry entry(List<OmegaT.Entry> entries, String source, String target) {
    return entries.stream()
        .filter(e -> e.source().equals(source) && e.target().equals(target))
        .findFirst()
        .orElseThrow(() -> new AssertionError("OmegaT did not read " + source + " → " + target));
  }

  private static Term term(String language, String text, TermStatus status) {
    return new Term("r-and-d", language, text, status, TermType.FULL_FORM, "noun", "", true, 1);
  }

  /**
   * A validator of the TBX 2008 core structure: OmegaT's XSD of it ({@code schemas/tbx.xsd}, {@code
   * martif} without a namespace, with {@code schemas/xml.xsd} for {@code xml:lang}), read from
   * OmegaT's jar; no DTD, no schema and no entity is fetched from anywhere else.
   */
  private Validator validator() {
    try (InputStream xml = omegat.resource("schemas/xml.xsd");
        InputStream tbx = omegat.resource("schemas/tbx.xsd")) {
      // The JDK's own factory: EPUBCheck (EpubIT) brings Xerces onto this module's class path, and
      // Xerces' factory, which the service lookup would find first, knows no JAXP 1.5 properties.
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      // xml.xsd first: the import of the xml namespace then needs no file.
      Schema schema =
          factory.newSchema(
              new Source[] {
                new StreamSource(xml, "omegat:schemas/xml.xsd"),
                new StreamSource(tbx, "omegat:schemas/tbx.xsd")
              });
      Validator validator = schema.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return validator;
    } catch (IOException | SAXException e) {
      throw new AssertionError("cannot load the TBX 2008 schema from OmegaT's jar: " + e, e);
    }
  }

  /**
   * Every validation problem, as {@code line:column: message}; empty where the document is valid.
   */
  private static List<String> problems(Validator validator, String document) {
    List<String> problems = new ArrayList<>();
    validator.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            problems.add(place(e) + "warning: " + e.getMessage());
          }

          @Override
          public void error(SAXParseException e) {
            problems.add(place(e) + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            problems.add(place(e) + e.getMessage());
            throw e;
          }
        });
    try {
      validator.validate(new SAXSource(parser(), new InputSource(new StringReader(document))));
    } catch (SAXParseException e) {
      String problem = place(e) + e.getMessage();
      if (!problems.contains(problem)) {
        problems.add(problem);
      }
    } catch (SAXException | IOException e) {
      problems.add(e.toString());
    }
    return problems;
  }

  /** A namespace-aware parser that refuses a DOCTYPE, so that no DTD or entity is ever read. */
  private static XMLReader parser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return factory.newSAXParser().getXMLReader();
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError(e);
    }
  }

  private static String place(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + ": ";
  }
}
