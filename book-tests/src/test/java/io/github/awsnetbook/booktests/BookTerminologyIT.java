package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.terminology.Concept;
import io.github.awsnetbook.tools.terminology.Segment;
import io.github.awsnetbook.tools.terminology.TbxReader;
import io.github.awsnetbook.tools.terminology.Termbase;
import io.github.awsnetbook.tools.terminology.TerminologyCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminology check of the real books, through the door the build's goal uses: what the checks
 * find in a book is tested on small books in book-tools.
 */
class BookTerminologyIT {

  @TempDir Path output;

  private TerminologyCheck.Outcome check(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--root",
                Book.root().toString(),
                "--locales",
                String.join(" ", Book.langs()),
                "--output",
                output.toString(),
                "--summary-locale",
                "en"));
    args.addAll(List.of(more));
    TerminologyCheck.Request request = TerminologyCheck.Request.parse(args.toArray(String[]::new));
    return SourceModels.withOwnAsciidoctor(models -> TerminologyCheck.check(request, models));
  }

  @Test
  void theRealBooksPassWithTheAuthorsOneWarningAndGetTheirReports() throws IOException {
    TerminologyCheck.Outcome outcome = check();

    assertTrue(outcome.passed(), outcome.findings().toString());
    assertEquals(
        "Terminology: 0 errors and 1 warning in " + Book.langs().size() + " books.",
        outcome.summary());
    // The one warning left is the author's own two forms of one term ("Private IP" beside
    // "プライベートIP"), which the editors keep as written.
    List<Diagnostic> warnings =
        outcome.findings().stream()
            .filter(finding -> finding.severity() == Diagnostic.Severity.WARNING)
            .toList();
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals("terminology/inconsistent-admitted-forms", warnings.get(0).ruleId());
    assertTrue(
        warnings.get(0).message().contains("\"Private IP\" and \"プライベートIP\""),
        warnings.get(0).message());
    assertTrue(
        Files.readString(output.resolve("terminology.sarif"))
            .contains("\"ruleId\": \"terminology/inconsistent-admitted-forms\""));
    String ja = Files.readString(output.resolve("glossary-ja.adoc"), StandardCharsets.UTF_8);
    assertTrue(ja.contains("|ゲートウェイエンドポイント\n|gateway endpoint\n"), ja);
    String en = Files.readString(output.resolve("glossary-en.adoc"), StandardCharsets.UTF_8);
    assertTrue(en.contains("|gateway endpoint\n|ゲートウェイエンドポイント\n"), en);
  }

  @Test
  void theWarningFailsTheCheckWhenAskedTo() {
    assertFalse(check("--fail-on-warning", "true").passed());
  }

  @Test
  void theJapaneseBooksProseIsReadWithItsPlacesAndSections() {
    List<Segment> segments =
        SourceModels.withOwnAsciidoctor(
            models ->
                io.github.awsnetbook.tools.terminology.Book.load(models, Book.root(), "ja")
                    .segments());
    Path chapter = Book.root().resolve("content-ja/src/docs/asciidoc/chapters/_article-0003.adoc");
    int line = lineContaining(chapter, "、DX（Direct Connect）");

    assertTrue(
        segments.stream()
            .anyMatch(
                s ->
                    s.file().endsWith("_article-0003.adoc")
                        && s.line() == line
                        && s.sectionId().equals("peering-transit-gateway")
                        && s.text().contains("DX（Direct Connect）")));
    assertTrue(segments.stream().noneMatch(s -> s.text().contains("book-source-dir")));
    assertTrue(
        segments.stream().noneMatch(s -> s.text().contains("OFL.txt")), "inline code is not prose");
  }

  private static int lineContaining(Path file, String text) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError(file + " has no line with " + text);
  }

  /**
   * The book's termbase (terminology/aws-networking.tbx) reads, and the concepts the books name
   * have a definition and a preferred term in both languages (moved from book-tools, whose tests
   * read a frozen subset of it).
   */
  @Test
  void theRepositoryTermbaseReadsWithBothDefinitionsAndPreferredTermsOfEveryConceptTheBooksName() {
    Path root = Book.root();
    Termbase termbase = TbxReader.read(root, root.resolve("terminology/aws-networking.tbx"));
    assertEquals("ja", termbase.sourceLanguage());
    for (String id :
        new String[] {
          "vpc",
          "subnet",
          "public-subnet",
          "private-subnet",
          "ec2",
          "s3",
          "dynamodb",
          "eni",
          "private-ip-address",
          "nat-gateway",
          "internet-gateway",
          "gateway-endpoint",
          "interface-endpoint",
          "public-endpoint",
          "iaas",
          "paas",
          "saas",
          "public-service",
          "internal-network",
          "direct-connect",
          "direct-connect-location",
          "bgp",
          "mpls",
          "vpn",
          "sd-wan",
          "vpc-peering",
          "transit-gateway",
          "wavelength",
          "5g",
          "on-premises",
          "dedicated-line",
          "virtual-private-gateway",
          "direct-connect-gateway"
        }) {
      Concept concept = termbase.concept(id).orElseThrow(() -> new AssertionError(id));
      assertFalse(concept.definition("ja").isEmpty(), id);
      assertFalse(concept.definition("en").isEmpty(), id);
      assertFalse(concept.preferred("ja").isEmpty(), id);
      assertFalse(concept.preferred("en").isEmpty(), id);
    }
    Concept gateway = termbase.concept("gateway-endpoint").orElseThrow();
    assertEquals("ゲートウェイエンドポイント", gateway.name("ja"));
    assertEquals("gateway endpoint", gateway.name("en"));
    assertEquals("NATゲートウェイ", termbase.concept("nat-gateway").orElseThrow().name("ja"));
    assertEquals(
        List.of("src-vpc-what-is"), termbase.concept("vpc").orElseThrow().definitionSources("ja"));
  }
}
