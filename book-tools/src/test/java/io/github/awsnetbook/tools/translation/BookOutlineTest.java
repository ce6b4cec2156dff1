package io.github.awsnetbook.tools.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import io.github.awsnetbook.tools.translation.Section.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BookOutlineTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @Test
  void sectionsAreReadThroughIncludesWithTheirIdsLevelsAndLines(@TempDir Path root) {
    Outline outline = MiniBook.create(root, ASCIIDOCTOR.get()).outline("ja");

    assertEquals(List.of(Section.HEADER_ID, "intro", "details"), outline.ids());
    Section intro = outline.section("intro").orElseThrow();
    assertEquals(1, intro.level());
    assertEquals("はじめに", intro.title());
    assertEquals(2, intro.line());
    assertTrue(intro.file().endsWith("chapters/_one.adoc"), intro.file().toString());
    assertEquals(2, outline.section("details").orElseThrow().level());
    assertEquals("本のタイトル", outline.sections().get(0).title());
  }

  @Test
  void attributeEntriesAreNoSectionsTextWhereverTheyStand(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    String before = Fingerprint.of(book.outline("ja").section("details").orElseThrow());
    book.write(
        "ja",
        "chapters/_one.adoc",
        MiniBook.JA_CHAPTER
            + "\n// The post's front matter, as book:import writes it above the next chapter.\n"
            + ":article-0004-post-title: 次の記事\n:article-0004-post-date: 2026-01-05\n");

    Section details = book.outline("ja").section("details").orElseThrow();

    assertEquals(before, Fingerprint.of(details));
    assertTrue(
        details.ownLines().stream().noneMatch(line -> line.text().startsWith(":article-")),
        details.ownLines().toString());
  }

  @Test
  void anIncludeThatIsALinkOutOfTheRepositoryIsRefusedAtItsLine(
      @TempDir Path root, @TempDir Path elsewhere) throws IOException {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0\n");
    Files.createSymbolicLink(book.folder("en").resolve("chapters/_notes.adoc"), secret);
    book.write("en", "chapters/_one.adoc", MiniBook.EN_CHAPTER + "\ninclude::_notes.adoc[]\n");

    RepositoryFiles.OutsideRepositoryException refused =
        assertThrows(
            RepositoryFiles.OutsideRepositoryException.class,
            () -> BookOutline.read(ASCIIDOCTOR.models(), "en", book.folder("en"), root));

    assertTrue(
        refused
            .getMessage()
            .startsWith(
                "content-en/src/docs/asciidoc/chapters/_one.adoc:33:1: error: the include target"
                    + " content-en/src/docs/asciidoc/chapters/_notes.adoc is a symbolic link to "
                    + secret.toRealPath()
                    + ", outside the repository"),
        refused.getMessage());
  }

  @Test
  void aFigureKeepsTheFileItShows(@TempDir Path root) {
    Section intro =
        MiniBook.create(root, ASCIIDOCTOR.get()).outline("en").section("intro").orElseThrow();

    assertEquals("fig-one.svg", intro.figures().get(0).target());
  }

  @Test
  void theStructureOfASectionIsItsFiguresTablesAdmonitionsAndReferences(@TempDir Path root) {
    Section intro =
        MiniBook.create(root, ASCIIDOCTOR.get()).outline("ja").section("intro").orElseThrow();

    assertEquals(List.of("fig-one"), intro.figures().stream().map(Section.Figure::id).toList());
    Section.Table table = intro.tables().get(0);
    assertEquals("tbl-one", table.id());
    assertEquals(2, table.rows(), "the header row and one body row");
    assertEquals(2, table.columns());
    assertEquals(
        List.of("NOTE"),
        intro.admonitions().stream().map(Section.Admonition::type).toList(),
        "the editor's note is exempt, the plain note is not");
    assertEquals(
        List.of("CROSS_REFERENCE details", "LINK https://docs.aws.amazon.com/vpc/"),
        intro.references().stream().map(r -> r.kind() + " " + r.target()).toList());
  }

  @Test
  void aFenceHidesReferencesAndOnlyTheBranchAsciidoctorTakesCounts(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    book.edit(
        "ja",
        "chapters/_one.adoc",
        "詳細の本文です。",
        "詳細の本文です。\n\n```ruby\n<<not-a-ref>> pass:[<b>x</b>]\n```\n\n"
            + "ifdef::no-such-attribute[]\n<<hidden-ref>>\nendif::[]\n"
            + "ifndef::no-such-attribute[]\n<<intro>>\nendif::[]\n");

    Section details = book.outline("ja").section("details").orElseThrow();

    assertEquals(
        List.of("intro"), details.references().stream().map(Section.Reference::target).toList());
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsKeepTheSectionId(@TempDir Path root) throws IOException {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    Path chapter = book.folder("ja").resolve("chapters/_one.adoc");
    Files.writeString(chapter, "\uFEFF" + Files.readString(chapter).replace("\n", "\r\n"));

    assertEquals(List.of(Section.HEADER_ID, "intro", "details"), book.outline("ja").ids());
  }

  @Test
  void listingBlocksAndCommentsHideHeadingsAndReferences(@TempDir Path root) {
    MiniBook book = MiniBook.create(root, ASCIIDOCTOR.get());
    book.edit(
        "ja",
        "chapters/_one.adoc",
        "詳細の本文です。",
        "詳細の本文です。\n\n----\n== 見出しではない\n"
            + "<<nowhere>>\n----\n\n// <<nowhere-either>>\n////\n== これも見出しではない\n////\n");

    Outline outline = book.outline("ja");

    assertEquals(List.of(Section.HEADER_ID, "intro", "details"), outline.ids());
    assertEquals(
        List.of(),
        outline.section("details").orElseThrow().references().stream()
            .map(Reference::target)
            .toList());
  }
}
