package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The terminology check inside the real build: its reports, its glossary, its failures. */
class TerminologyIT {

  private static final String JA_CHAPTER =
      "content-ja/src/docs/asciidoc/chapters/_article-0003.adoc";
  private static final Map<String, List<String>> GLOSSARY =
      Map.of(
          "ja", List.of("用語集", "用語", "英語", "定義", "ゲートウェイエンドポイント", "gateway endpoint"),
          "en",
              List.of(
                  "Glossary",
                  "Term",
                  "Japanese",
                  "Definition",
                  "gateway endpoint",
                  "ゲートウェイエンドポイント"));

  @ParameterizedTest
  @CsvSource({"ja", "en"})
  void eachBookEndsWithItsGlossaryAppendixInBothOutputs(String lang) throws IOException {
    Book book = Book.of(lang);
    Document html = book.html();
    Element glossary = html.getElementById("glossary");
    assertNotNull(glossary, "no glossary in the " + lang + " page");
    assertNotNull(
        glossary.parent().selectFirst("table.glossary"),
        "the glossary table lacks the role that reflows it on a phone");
    String text = glossary.parent().text();
    for (String expected : GLOSSARY.get(lang)) {
      assertTrue(text.contains(expected), "the glossary lacks " + expected + ": " + text);
    }
    try (PDDocument pdf = book.openPdf()) {
      String pdfText = PdfText.unwrapped(PdfText.of(pdf));
      for (String expected : GLOSSARY.get(lang)) {
        assertTrue(
            pdfText.contains(PdfText.unwrapped(expected)), "the PDF glossary lacks " + expected);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"ja", "en"})
  void eachBuildLeavesASarifLog(String lang) throws IOException {
    Path sarif = Book.of(lang).module().resolve("target/terminology/terminology.sarif");
    String log = Files.readString(sarif);
    assertTrue(
        log.contains("\"version\": \"2.1.0\"") || log.contains("\"version\":\"2.1.0\""), log);
    assertTrue(
        log.contains("\"id\": \"terminology/deprecated-term\""),
        "the rules are not described: " + log);
  }

  @Test
  void aPlantedDeprecatedTermFailsTheBuildAtItsFileLineAndColumn(@TempDir Path folder) {
    TempBuild build = TempBuild.copyOfProject(folder);
    String chapter = build.read(JA_CHAPTER);
    int line = (int) chapter.lines().count() + 2;
    build.write(JA_CHAPTER, chapter + "\nオンプレミスとは Direct\u3000Connect でつなぎます。\n");

    TempBuild.Result result = build.packageLocale("ja");

    assertTrue(result.failed(), "a deprecated term was accepted:\n" + result.log());
    String expected = JA_CHAPTER + ":" + line + ":10: error: ";
    assertTrue(result.log().contains(expected), "no \"" + expected + "\" in:\n" + result.log());
    assertTrue(result.log().contains("[terminology/deprecated-term]"), result.log());
    // The offending line follows, with a caret under column 10: eight wide characters and a space
    // before it take 17 cells.
    assertTrue(
        result.log().contains("\nオンプレミスとは Direct\u3000Connect でつなぎます。\n" + " ".repeat(17) + "^\n"),
        result.log());
    assertFalse(Files.exists(build.resolve("content-ja/target/pdf/aws-network-ja.pdf")));
  }

  @Test
  void warningsFailTheBuildWhenAsked(@TempDir Path folder) {
    TempBuild build = TempBuild.copyOfProject(folder);

    TempBuild.Result result = build.packageLocale("ja", "-Dterminology.failOnWarning=true");

    assertTrue(result.failed(), "the real article's warning did not fail the build");
    assertTrue(result.log().contains("[terminology/inconsistent-admitted-forms]"), result.log());
    assertEquals(
        false, build.resolve("content-ja/target/pdf/aws-network-ja.pdf").toFile().exists());
  }
}
