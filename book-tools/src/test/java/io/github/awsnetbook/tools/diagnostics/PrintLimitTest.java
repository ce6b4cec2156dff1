package io.github.awsnetbook.tools.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Of one rule in one file, the first findings are printed and the rest counted. */
class PrintLimitTest {

  private static final Path CHAPTER = Path.of("content-en/src/docs/asciidoc/chapters/_a.adoc");
  private static final Path OTHER = Path.of("content-en/src/docs/asciidoc/chapters/_b.adoc");

  private static Diagnostic finding(Path file, int line, String rule) {
    return Diagnostic.error(file, line, 1, "\"NATGW\" is deprecated").withRule(rule);
  }

  private static List<String> printed(List<Diagnostic> findings) {
    List<String> lines = new ArrayList<>();
    new TextReporter(Path.of(""), lines::add, lines::add, lines::add).reportAll(findings);
    return lines;
  }

  @Test
  void theFirstTwentyOfARuleInAFileArePrintedAndTheRestCountedInOneNote() {
    List<Diagnostic> findings = new ArrayList<>();
    for (int line = 1; line <= 75_000; line++) {
      findings.add(finding(CHAPTER, line, "terminology/deprecated-term"));
    }
    List<String> lines = printed(findings);
    assertEquals(PrintLimit.PER_RULE_AND_FILE + 1, lines.size());
    assertEquals(findings.get(19).toString(), lines.get(19));
    assertEquals(
        "content-en/src/docs/asciidoc/chapters/_a.adoc: note: 74,980 more findings of"
            + " [terminology/deprecated-term] in this file are not shown (74,980 errors among"
            + " them); at most 20 are shown per rule and file: fix these and build again",
        lines.get(20));
  }

  @Test
  void oneMoreFindingIsCountedInTheSingular() {
    List<Diagnostic> findings = new ArrayList<>();
    for (int line = 1; line <= 21; line++) {
      findings.add(
          Diagnostic.warning(CHAPTER, line, 1, "two forms").withRule("terminology/two-forms"));
    }
    assertEquals(
        "content-en/src/docs/asciidoc/chapters/_a.adoc: note: 1 more finding of"
            + " [terminology/two-forms] in this file is not shown (no error among them); at most"
            + " 20 are shown per rule and file: fix these and build again",
        printed(findings).get(20));
  }

  @Test
  void eachRuleAndFileHasItsOwnLimitAndTheOrderIsKept() {
    List<Diagnostic> findings = new ArrayList<>();
    for (int line = 1; line <= 25; line++) {
      findings.add(finding(CHAPTER, line, "terminology/deprecated-term"));
      findings.add(finding(CHAPTER, line, "safety/invisible-character"));
      findings.add(finding(OTHER, line, "terminology/deprecated-term"));
    }
    List<Diagnostic> shown = PrintLimit.apply(findings);
    assertEquals(3 * 20 + 3, shown.size());
    assertEquals(findings.subList(0, 60), shown.subList(0, 60));
    assertEquals(
        List.of(CHAPTER, CHAPTER, OTHER),
        shown.subList(60, 63).stream().map(Diagnostic::file).toList());
  }

  @Test
  void aCollectingReporterKeepsEveryFinding() {
    List<Diagnostic> findings = new ArrayList<>();
    for (int line = 1; line <= 100; line++) {
      findings.add(finding(CHAPTER, line, "terminology/deprecated-term"));
    }
    CollectingReporter collected = new CollectingReporter();
    collected.reportAll(findings);
    assertEquals(findings, collected.all());
  }
}
