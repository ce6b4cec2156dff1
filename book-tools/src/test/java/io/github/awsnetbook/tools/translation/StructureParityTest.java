package io.github.awsnetbook.tools.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructureParityTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final String CHAPTER = "chapters/_one.adoc";

  private static List<Diagnostic> compare(MiniBook book) {
    return StructureParity.compare(book.root(), book.outline("ja"), book.outline("en"));
  }

  @Test
  void aFaithfulTranslationHasNoDifferences(@TempDir Path root) {
    assertEquals(List.of(), compare(MiniBook.create(root, ASCIIDOCTOR.get())));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " ~ ",
      value = {
        "a figure left out ~ image::fig-one.svg[\"Alt text\"] ~ Figure gone. ~ lacks the figure"
            + " \"fig-one\" (`fig-one.svg`, content-ja/src/docs/asciidoc/chapters/_one.adoc:9)",
        "a table row left out ~ \\n"
            + "|IaaS\\n"
            + "|EC2\\n"
            + " ~ \\n"
            + " ~ has the table \"tbl-one\" at line 12 (rows: 1, columns: 2) where the source"
            + " section (content-ja/src/docs/asciidoc/chapters/_one.adoc:2) has it with rows: 2,"
            + " columns: 2 (at content-ja/",
        "a column added ~ [#tbl-one,cols=\"1,2\"] ~ [#tbl-one,cols=\"1,2,1\"] ~ columns: 3)",
        "a note left out ~ NOTE: A note. ~ A note. ~ lacks a NOTE (content-ja/",
        "a note turned into a tip ~ NOTE: A note. ~ TIP: A note. ~ has a TIP at line 24 that the"
            + " source section",
        "a cross reference left out ~ See <<details>>. ~ See the details. ~ lacks a cross"
            + " reference to details",
        "a link to another place ~ https://docs.aws.amazon.com/vpc/[ ~ https://example.com/[ ~"
            + " has a link to https://example.com/ at line 26",
        "a level changed ~ === Details ~ == Details ~ is level 1 here and level 2",
      })
  void eachDifferenceIsAnErrorAtTheTranslationNamingTheSource(
      String name, String from, String to, String message, @TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    book.edit("en", CHAPTER, from.replace("\\n", "\n"), to.replace("\\n", "\n"));

    List<Diagnostic> problems = compare(book);

    assertEquals(1, problems.size(), name + ": " + problems);
    String text = problems.get(0).toString();
    assertTrue(text.startsWith("content-en/src/docs/asciidoc/chapters/_one.adoc:"), text);
    assertTrue(text.contains(": error: "), text);
    assertTrue(text.contains(message), name + ": " + text);
    assertTrue(text.contains("content-ja/src/docs/asciidoc/chapters/_one.adoc:"), text);
  }

  @Test
  void anAddedImageWithoutIdIsNamedByItsLineAndFile(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    book.edit("en", CHAPTER, "The details.", "The details.\n\nimage::no-such-figure.svg[]");

    List<Diagnostic> problems = compare(book);

    assertEquals(1, problems.size(), problems.toString());
    assertEquals(
        "content-en/src/docs/asciidoc/chapters/_one.adoc:33:1: error: section \"details\" has an"
            + " image at line 33 (`no-such-figure.svg`) that the source section"
            + " (content-ja/src/docs/asciidoc/chapters/_one.adoc:29) does not have; make them the"
            + " same (editor's and translator's notes are exempt) [translation/structure]",
        problems.get(0).toString());
  }

  @Test
  void sectionsOutOfOrderAreAnError(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    book.write(
        "en", CHAPTER, "[#details]\n== Details\n\nThe details.\n\n[#intro]\n== Intro\n\nText.\n");
    book.write("ja", CHAPTER, "[#intro]\n== はじめに\n\n本文。\n\n[#details]\n== 詳細\n\n詳細。\n");

    List<Diagnostic> problems = compare(book);

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("out of order"), problems.get(0).message());
  }

  @Test
  void editorAndTranslatorNotesAreExempt(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    book.edit(
        "en",
        CHAPTER,
        "NOTE: A note.",
        "NOTE: A note.\n\n[NOTE.translator-note]\n" + "====\nA translator's note.\n====\n");
    book.edit("en", CHAPTER, "[NOTE.editor-note#note-one]\n====\nAn editor's note.\n====\n", "");

    assertEquals(List.of(), compare(book));
  }

  @Test
  void aSectionWithoutAnIdIsAnError(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    book.edit("en", CHAPTER, "[#details]\n=== Details", "=== Details");

    List<Diagnostic> problems = StructureParity.missingIds(book.root(), book.outline("en"));

    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("has no ID"), problems.get(0).message());
  }

  @Test
  void missingAndExtraSectionsAreStatesNotStructureErrors(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    book.edit(
        "en",
        CHAPTER,
        "[#details]\n=== Details\n\nThe details.\n",
        "[#extra]\n=== Extra\n\nMore.\n");

    assertEquals(List.of(), compare(book));
  }
}
