package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.pipeline.BookStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The terminology check inside the real build: its reports, its glossary, its failures. */
@ExtendWith({ReadBooks.Shared.class, BuildInProcess.Shared.class})
class TerminologyIT {

  private final ReadBooks books;
  private final BuildInProcess inProcess;

  TerminologyIT(ReadBooks books, BuildInProcess inProcess) {
    this.books = books;
    this.inProcess = inProcess;
  }

  private static final String JA_CHAPTER =
      "content-ja/src/docs/asciidoc/chapters/_article-0003.adoc";
  private static final String EN_CHAPTER =
      "content-en/src/docs/asciidoc/chapters/_article-0003.adoc";
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
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void eachBookEndsWithItsGlossaryAppendixInBothOutputs(String lang) throws IOException {
    Book book = Book.of(lang);
    Document html = books.html(book);
    Element glossary = html.getElementById("glossary");
    assertNotNull(glossary, "no glossary in the " + lang + " page");
    assertNotNull(
        glossary.parent().selectFirst("table.glossary"),
        "the glossary table lacks the role that reflows it on a phone");
    String text = glossary.parent().text();
    for (String expected : expectedInGlossary(lang)) {
      assertTrue(text.contains(expected), "the glossary lacks " + expected + ": " + text);
    }
    String pdfText = PdfText.unwrapped(books.pdfText(book));
    for (String expected : expectedInGlossary(lang)) {
      assertTrue(
          pdfText.contains(PdfText.unwrapped(expected)), "the PDF glossary lacks " + expected);
    }
  }

  /** The glossary's words in a locale; every glossary lists the source's terms. */
  private static List<String> expectedInGlossary(String lang) {
    return GLOSSARY.getOrDefault(lang, List.of("ゲートウェイエンドポイント"));
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void eachBuildLeavesASarifLog(String lang) throws IOException {
    Path sarif = Book.of(lang).module().resolve("target/terminology/terminology.sarif");
    String log = Files.readString(sarif);
    assertTrue(
        log.contains("\"version\": \"2.1.0\"") || log.contains("\"version\":\"2.1.0\""), log);
    assertTrue(
        log.contains("\"id\": \"terminology/deprecated-term\""),
        "the rules are not described: " + log);
  }

  /**
   * One build of both locales in the tests' JVM, through the steps the Maven goal runs, each built
   * even when the other fails: a deprecated term planted in the source (ja) fails its build at the
   * term's file, line and column with the rule; an include of a missing file in the translation
   * (en) fails its build at the include's line. Neither publishes a book nor changes its source.
   * (That {@code -Dterminology.failOnWarning=true} makes the real article's warning fail the build
   * is shown by TranslationWorkflowIT's release build.)
   *
   * <p>What the terminology check finds is tested in book-tools (TermChecksTest,
   * TerminologyCheckTest); this build proves it runs in every locale's build and stops it (that a
   * step's errors fail the Maven build is TranslationWorkflowIT's release build).
   */
  @Test
  void aDeprecatedTermAndAMissingIncludeFailTheBuildAtTheirFileLineAndColumn(@TempDir Path folder)
      throws IOException {
    TempBuild build = TempBuild.copyOfProject(folder);
    String ja = build.read(JA_CHAPTER);
    int term = (int) ja.lines().count() + 2;
    build.write(JA_CHAPTER, ja + "\nオンプレミスとは Direct\u3000Connect でつなぎます。\n");
    String en = build.read(EN_CHAPTER);
    int include = (int) en.lines().count() + 2;
    build.write(EN_CHAPTER, en + "\ninclude::_no-such-section.adoc[]\n");
    byte[] jaBefore = Files.readAllBytes(build.resolve(JA_CHAPTER));
    byte[] enBefore = Files.readAllBytes(build.resolve(EN_CHAPTER));

    BuildInProcess.Result result =
        inProcess.build(build, List.of("ja", "en"), BuildInProcess.Switches.none());

    assertTrue(result.failed(), "a deprecated term was accepted:\n" + result.log());
    assertEquals(Optional.of(BookStep.CHECK_TERMINOLOGY), result.stoppedAt("ja"), result.log());
    String expected = JA_CHAPTER + ":" + term + ":10: error: ";
    assertTrue(result.log().contains(expected), "no \"" + expected + "\" in:\n" + result.log());
    assertTrue(result.log().contains("[terminology/deprecated-term]"), result.log());
    // The offending line follows, with a caret under column 10: eight wide characters and a space
    // before it take 17 cells.
    assertTrue(
        result.log().contains("\nオンプレミスとは Direct\u3000Connect でつなぎます。\n" + " ".repeat(17) + "^\n"),
        result.log());
    // Every check reads the book through one parse (the source model), which reports a missing
    // include once, in the compiler's format.
    String missing = EN_CHAPTER + ":" + include + ":1: error: include file not found";
    assertTrue(result.log().contains(missing), "no \"" + missing + "\" in:\n" + result.log());
    for (String lang : List.of("ja", "en")) {
      Book book = new Book(lang, build.resolve("content-" + lang));
      assertFalse(Files.exists(book.pdf()), "a failed build published the " + lang + " PDF");
      assertFalse(Files.exists(book.htmlPage()), "a failed build published the " + lang + " page");
    }
    assertArrayEquals(
        jaBefore, Files.readAllBytes(build.resolve(JA_CHAPTER)), "changed its source");
    assertArrayEquals(
        enBefore, Files.readAllBytes(build.resolve(EN_CHAPTER)), "changed its source");
  }
}
