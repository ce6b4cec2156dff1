package io.github.awsnetbook.tools.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TranslationStatusTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final String CHAPTER = "chapters/_one.adoc";

  /** The book with every section of the translation recorded as translated from today's source. */
  private static MiniBook translatedBook(Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    Map<String, String> all = new LinkedHashMap<>();
    book.outline("ja")
        .sections()
        .forEach(section -> all.put(section.id(), Fingerprint.of(section)));
    RecordedFingerprints.in(book.folder("en")).with(all).save();
    return book;
  }

  private static Map<String, State> states(MiniBook book) {
    Map<String, State> states = new LinkedHashMap<>();
    TranslationStatus.of(
            book.outline("ja"), book.outline("en"), RecordedFingerprints.in(book.folder("en")))
        .sections()
        .forEach(section -> states.put(section.id(), section.state()));
    return states;
  }

  @Test
  void aTranslationRecordedFromTodaysSourceIsUpToDate(@TempDir Path root) {
    assertEquals(
        Map.of(
            Section.HEADER_ID,
            State.UP_TO_DATE,
            "intro",
            State.UP_TO_DATE,
            "details",
            State.UP_TO_DATE),
        states(translatedBook(root)));
  }

  @Test
  void aSourceEditMakesExactlyTheEditedSectionStale(@TempDir Path root) {
    MiniBook book = translatedBook(root);
    book.edit("ja", CHAPTER, "詳細の本文です。", "詳細の本文を書き直しました。");

    assertEquals(
        Map.of(
            Section.HEADER_ID, State.UP_TO_DATE, "intro", State.UP_TO_DATE, "details", State.STALE),
        states(book));
  }

  @Test
  void rewrappingOrRespacingTheSourceMakesNothingStale(@TempDir Path root) {
    MiniBook book = translatedBook(root);
    book.edit(
        "ja",
        CHAPTER,
        "S3とDynamoDBは\nパブリックネットワークにあります。",
        "S3とDynamoDBはパブリック  \n   ネットワークにあります。\n\n\n");
    book.edit("ja", CHAPTER, "詳細の本文です。", "  詳細の本文です。   ");

    assertEquals(
        Map.of(
            Section.HEADER_ID,
            State.UP_TO_DATE,
            "intro",
            State.UP_TO_DATE,
            "details",
            State.UP_TO_DATE),
        states(book));
  }

  @Test
  void missingSectionsAreUntranslatedAndExtraOnesOrphaned(@TempDir Path root) {
    MiniBook book = translatedBook(root);
    book.edit("en", CHAPTER, "[#details]\n=== Details", "[#old-details]\n=== Details");

    assertEquals(
        Map.of(
            Section.HEADER_ID,
            State.UP_TO_DATE,
            "intro",
            State.UP_TO_DATE,
            "details",
            State.UNTRANSLATED,
            "old-details",
            State.ORPHANED),
        states(book));
  }

  @Test
  void aSectionNeverRecordedIsStale(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());

    assertEquals(State.STALE, states(book).get("intro"));
  }
}
