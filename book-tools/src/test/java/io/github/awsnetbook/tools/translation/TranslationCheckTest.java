package io.github.awsnetbook.tools.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TranslationCheckTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final String CHAPTER = "chapters/_one.adoc";

  /** What one run of the step and the report found, and what they told the log. */
  private record Run(List<Diagnostic> problems, List<String> info) {

    boolean failed() {
      return problems.stream().anyMatch(Diagnostic::isError);
    }

    /** The one problem at {@code place} ({@code path:line:column}). */
    Diagnostic at(String place) {
      return problems.stream()
          .filter(p -> (p.shownPath() + ":" + p.line() + ":" + p.column()).equals(place))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no problem at " + place + ": " + problems));
    }

    /** The one problem whose message starts with {@code start}. */
    Diagnostic starting(String start) {
      return problems.stream()
          .filter(p -> p.message().startsWith(start))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no problem \"" + start + "…\": " + problems));
    }

    boolean told(String start) {
      return info.stream().anyMatch(line -> line.startsWith(start));
    }
  }

  /** The check of content-en and the report, as the build's two goals run them. */
  private static Run check(MiniBook book, String mark, boolean release) {
    List<String> info = new ArrayList<>();
    List<Diagnostic> problems =
        TranslationCheck.check(
            new TranslationCheck.Request(
                book.root(),
                "en",
                "ja",
                book.root().resolve("content-en/target/translation"),
                "aws-network-ja.pdf",
                mark,
                release),
            info::add,
            ASCIIDOCTOR.models());
    TranslationCheck.writeReport(
        book.root(), "ja", List.of("ja", "en"), info::add, ASCIIDOCTOR.models());
    return new Run(problems, info);
  }

  @Test
  void markingRecordsTheSourceFingerprintsAndMakesTheSectionsUpToDate(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());

    Run marked = check(book, "all", false);

    assertEquals(List.of(), marked.problems());
    assertTrue(
        marked.told("marked as translated from the current source: intro"),
        marked.info().toString());
    assertTrue(
        marked.told("translation en: 3 sections: 3 up to date, 0 stale"), marked.info().toString());
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

    assertFalse(draft.failed(), draft.problems().toString());
    Diagnostic stale = draft.at("content-en/src/docs/asciidoc/chapters/_one.adoc:29:1");
    assertEquals(Diagnostic.Severity.WARNING, stale.severity());
    assertEquals("translation/stale-section", stale.ruleId());
    assertTrue(
        stale
            .message()
            .startsWith(
                "section \"details\" is stale: its source"
                    + " (content-ja/src/docs/asciidoc/chapters/_one.adoc:29) changed"),
        stale.message());
    assertTrue(stale.message().endsWith("-Dtranslation.mark=details"), stale.message());
    // The place is the section's heading.
    assertEquals("=== Details", book.read("en", CHAPTER).lines().toList().get(stale.line() - 1));
    assertTrue(release.failed());
    Diagnostic staleForRelease = release.at("content-en/src/docs/asciidoc/chapters/_one.adoc:29:1");
    assertEquals(Diagnostic.Severity.ERROR, staleForRelease.severity());
    assertTrue(staleForRelease.message().startsWith("section \"details\" is stale"));
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

    assertTrue(run.failed());
    assertTrue(
        run.problems().stream()
            .anyMatch(p -> p.message().contains("lacks a cross reference to details (content-ja/")),
        run.problems().toString());
    assertTrue(run.starting("nothing was marked as translated").isError());
    assertFalse(Files.exists(book.folder("en").resolve(RecordedFingerprints.FILE_NAME)));
  }

  @Test
  void markingAnUnknownSectionIsRefused(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());

    Run run = check(book, "no-such-section", false);

    assertTrue(run.starting("cannot mark section \"no-such-section\"").isError());
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

    assertFalse(run.failed(), run.problems().toString());
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
