package io.github.awsnetbook.tools.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TranslationCheckTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final String CHAPTER = "chapters/_one.adoc";

  /** What one run printed and returned. */
  private record Run(int code, String out, String err) {}

  private static Run check(MiniBook book, String mark, boolean release) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        TranslationCheck.run(
            new String[] {
              book.root().toString(),
              "en",
              "ja",
              "ja en",
              book.root().resolve("content-en/target/translation").toString(),
              "aws-network-ja.pdf"
            },
            mark,
            release,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            ASCIIDOCTOR.models());
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void markingRecordsTheSourceFingerprintsAndMakesTheSectionsUpToDate(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());

    Run marked = check(book, "all", false);

    assertEquals(0, marked.code(), marked.err());
    assertTrue(marked.out().contains("marked as translated from the current source: intro"));
    assertTrue(
        marked.out().contains("translation en: 3 sections: 3 up to date, 0 stale"), marked.out());
    assertTrue(
        book.read("en", RecordedFingerprints.FILE_NAME)
            .contains(
                "intro = " + Fingerprint.of(book.outline("ja").section("intro").orElseThrow())));
  }

  @Test
  void aStaleSectionIsAWarningByDefaultAndAnErrorForARelease(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    check(book, "all", false);
    book.edit("ja", CHAPTER, "詳細の本文です。", "詳細の本文を書き直しました。");

    Run draft = check(book, "", false);
    Run release = check(book, "", true);

    assertEquals(0, draft.code());
    assertTrue(
        draft
            .err()
            .contains(
                "content-en/src/docs/asciidoc/chapters/_one.adoc:29:1: warning: section \"details\""
                    + " is stale: its source (content-ja/src/docs/asciidoc/chapters/_one.adoc:29)"
                    + " changed"),
        draft.err());
    assertTrue(draft.err().contains("-Dtranslation.mark=details"), draft.err());
    // The rule ID ends the first line; the heading of the section follows, with a caret.
    assertTrue(
        draft
            .err()
            .contains("-Dtranslation.mark=details [translation/stale-section]\n=== Details\n^\n"),
        draft.err());
    assertEquals(1, release.code());
    assertTrue(release.err().contains(":29:1: error: section \"details\" is stale"), release.err());
  }

  @Test
  void markingOneSectionLeavesTheOthersAsTheyWere(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    check(book, "all", false);
    book.edit("ja", CHAPTER, "詳細の本文です。", "詳細の本文を書き直しました。");
    book.edit("ja", CHAPTER, "注記です。", "注記を直しました。");

    check(book, "details", false);

    TranslationStatus status =
        TranslationStatus.of(
            book.outline("ja"), book.outline("en"), RecordedFingerprints.in(book.folder("en")));
    assertEquals(List.of("intro"), status.in(State.STALE).stream().map(SectionState::id).toList());
  }

  @Test
  void markingIsRefusedWhileTheStructureDoesNotMatch(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    book.edit("en", CHAPTER, "See <<details>>.", "See the details.");

    Run run = check(book, "all", false);

    assertEquals(1, run.code());
    assertTrue(run.err().contains("lacks a cross reference to details (content-ja/"), run.err());
    assertTrue(run.err().contains("nothing was marked as translated"), run.err());
    assertFalse(Files.exists(book.folder("en").resolve(RecordedFingerprints.FILE_NAME)));
  }

  @Test
  void markingAnUnknownSectionIsRefused(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());

    Run run = check(book, "no-such-section", false);

    assertEquals(1, run.code());
    assertTrue(run.err().contains("cannot mark section \"no-such-section\""), run.err());
    assertFalse(Files.exists(book.folder("en").resolve(RecordedFingerprints.FILE_NAME)));
  }

  @Test
  void theReportListsEveryLocaleAndSectionWithItsState(@TempDir Path root) throws IOException {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    check(book, "all", false);
    book.edit("ja", CHAPTER, "詳細の本文です。", "詳細の本文を書き直しました。");

    check(book, "", false);

    String json = Files.readString(root.resolve("target/translation-status/status.json"));
    assertTrue(json.contains("\"locale\": \"en\""), json);
    assertTrue(
        json.contains(
            "\"counts\": {\"up-to-date\": 2, \"stale\": 1, \"untranslated\": 0,"
                + " \"orphaned\": 0}"),
        json);
    assertTrue(
        json.contains(
            "{\"id\": \"details\", \"title\": \"詳細\", \"state\": \"stale\", "
                + "\"sourceChanged\": \"\""),
        json);
    String html = Files.readString(root.resolve("target/translation-status/index.html"));
    assertTrue(html.contains("<td class=\"stale\">stale</td>"), html);
  }

  @Test
  void theNoticePlanCarriesTheSourceTextOfUntranslatedSections(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    check(book, "all", false);
    book.edit("en", CHAPTER, "[#details]\n=== Details\n\nThe details.\n", "");

    Run run = check(book, "", false);

    assertEquals(0, run.code(), run.err());
    NoticePlan plan =
        NoticePlan.load(root.resolve("content-en/target/translation/notices.properties"));
    NoticePlan.Entry details = plan.entries().get(0);
    assertEquals("details", details.id());
    assertEquals(State.UNTRANSLATED, details.state());
    assertEquals("intro", details.parentId());
    assertEquals(2, details.level());
    assertTrue(details.sourceLines().contains("詳細の本文です。"), details.sourceLines().toString());
    assertEquals("aws-network-ja.pdf", plan.sourcePdf());
  }
}
