package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The prose the terminology check reads from the one source model of a book. */
class BookProseTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** Each segment as "file:line [section] prose", the prose with its blanks collapsed. */
  private List<Segment> segments(Path index, Map<String, Object> attributes) {
    return Book.paragraphs(ASCIIDOCTOR.models(), dir, index, attributes).stream()
        .flatMap(List::stream)
        .toList();
  }

  private List<String> read(Path root) {
    return segments(root, Map.of("book-source-dir", dir.toString())).stream()
        .map(
            s ->
                dir.relativize(s.file())
                    + ":"
                    + s.line()
                    + " ["
                    + s.sectionId()
                    + "] "
                    + s.text().strip().replaceAll("\\s+", " "))
        .toList();
  }

  @Test
  void theEntriesOfABibliographyAreNotProseButItsIntroductionAndWhatFollowsAre()
      throws IOException {
    Path index =
        write(
            "index.adoc",
            """
            = The book
            :doctype: book

            [appendix#sources]
            == Sources

            The pages cited.

            [bibliography]
            * [[[src-tgw,1]]] What is Amazon VPC Transit Gateways?. https://example.com/[]. Today.

            After the list.
            """);

    assertEquals(
        List.of(
            "index.adoc:1 [] The book",
            "index.adoc:5 [sources] Sources",
            "index.adoc:7 [sources] The pages cited.",
            "index.adoc:12 [sources] After the list."),
        read(index));
  }

  @Test
  void followsIncludesWithTheBuildsAttribute() throws IOException {
    Path index =
        write(
            "index.adoc",
            """
            = The book
            :doctype: book
            ifndef::book-source-dir[:book-source-dir: {docdir}]

            include::{book-source-dir}/chapters/_one.adoc[]

            After.
            """);
    write(
        "chapters/_one.adoc",
        """
        [#one]
        == One

        Text of one.
        include::_two.adoc[]
        """);
    write("chapters/_two.adoc", "Text of two.\n");
    assertEquals(
        List.of(
            "index.adoc:1 [] The book",
            "chapters/_one.adoc:2 [one] One",
            "chapters/_one.adoc:4 [one] Text of one.",
            "chapters/_two.adoc:1 [one] Text of two.",
            "index.adoc:7 [one] After."),
        read(index));
  }

  @Test
  void theEditorsDefaultOfTheAttributeIsTheDocumentsFolder() throws IOException {
    Path index =
        write(
            "index.adoc",
            """
            ifndef::book-source-dir[:book-source-dir: {docdir}]
            include::{book-source-dir}/_part.adoc[]
            """);
    write("_part.adoc", "Part.\n");
    List<Segment> segments = segments(index, Map.of());
    assertEquals("Part.", segments.get(0).text());
  }

  @Test
  void aMissingIncludeIsAnErrorWithItsPlace() throws IOException {
    Path index = write("index.adoc", "\ninclude::nowhere.adoc[]\n");
    TerminologyException e = assertThrows(TerminologyException.class, () -> read(index));
    assertTrue(
        e.getMessage().contains("index.adoc:2:1: error: include file not found"), e.getMessage());
  }

  @Test
  void anIncludeThatIsALinkOutOfTheRepositoryIsAnErrorAndIsNotRead(@TempDir Path elsewhere)
      throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:TOP-SECRET\n");
    Files.createSymbolicLink(dir.resolve("_notes.adoc"), secret);
    Path index = write("index.adoc", "Text.\n\ninclude::_notes.adoc[]\n");

    TerminologyException e =
        assertThrows(TerminologyException.class, () -> segments(index, Map.of()));

    assertTrue(
        e.getMessage().startsWith("index.adoc:3:1: error: include file ")
            && e.getMessage().contains("is a symbolic link to " + secret.toRealPath()),
        e.getMessage());
  }

  @Test
  void anIncludeThatIsALinkInsideTheRepositoryIsRead() throws IOException {
    write("shared/_partial.adoc", "Shared partial.\n");
    Files.createSymbolicLink(dir.resolve("_partial.adoc"), Path.of("shared/_partial.adoc"));
    Path index = write("index.adoc", "include::_partial.adoc[]\n");

    assertEquals("Shared partial.", segments(index, Map.of()).get(0).text());
  }

  @Test
  void skipsWhatIsNotProse() throws IOException {
    Path index =
        write(
            "index.adoc",
            """
            // a comment with NATGW
            :description: an attribute with NATGW

            ////
            A comment block with NATGW
            ////

            [source,java]
            ----
            String natgw = "NATGW";
            ----

            ....
            literal NATGW
            ....

            ++++
            <b>NATGW</b>
            ++++

            [literal]
            A literal paragraph with NATGW

             An indented literal paragraph with NATGW

            [source]
            A source paragraph with NATGW

            prose one
            """);
    // The description is prose: readers see it as the page's and the PDF's description.
    assertEquals(
        List.of("index.adoc:2 [] an attribute with NATGW", "index.adoc:29 [] prose one"),
        read(index));
  }

  @Test
  void skipsInlineMarkupButKeepsItsText() throws IOException {
    Path index =
        write(
            "index.adoc",
            """
            Code `NATGW` and +NATGW+ and {natgw} stay out.
            See https://example.com/NATGW and https://example.com/a[the VPC page].
            A link:https://example.com/NATGW[VPC link] and xref:natgw-id[VPC reference].
            A <<natgw-id,VPC peering>> and <<natgw-id>> and [[natgw-anchor]]here.
            image:natgw.png[NAT gateway diagram,300] and image::natgw.png[pdfwidth=38%]
            """);
    assertEquals(
        List.of(
            "index.adoc:1 [] Code and and stay out.",
            "index.adoc:2 [] See and the VPC page .",
            "index.adoc:3 [] A VPC link and VPC reference .",
            "index.adoc:4 [] A VPC peering and and here.",
            "index.adoc:5 [] NAT gateway diagram and"),
        read(index));
  }

  @Test
  void keepsAQuotedAltTextWholeWithItsCommas() throws IOException {
    Path index =
        write(
            "index.adoc",
            """
            image::fig.svg["The NAT gateway, the internet gateway, and AWS's network",pdfwidth=100%]
            """);
    assertEquals(
        List.of("index.adoc:1 [] The NAT gateway, the internet gateway, and AWS's network"),
        read(index));
  }

  @Test
  void blankedMarkupKeepsTheColumnsOfTheLine() throws IOException {
    Path index = write("index.adoc", "「`x`」のVPC\n");
    Segment segment = segments(index, Map.of()).get(0);
    int vpc = segment.text().indexOf("VPC");
    assertEquals(7, segment.column(vpc));
  }

  @Test
  void sectionsTakeTheirIdFromTheLinesAboveOrTheirParent() throws IOException {
    Path index =
        write(
            "index.adoc",
            """
            = Book
            :doctype: book

            [#part-a]
            == A

            a

            === A.1 without an ID

            a1

            [[part-b]]
            == B

            [NOTE.editor-note#note-b]
            ====
            b note
            ====

            [colophon#colophon]
            = Colophon

            c
            """);
    assertEquals(
        List.of(
            "index.adoc:1 [] Book",
            "index.adoc:5 [part-a] A",
            "index.adoc:7 [part-a] a",
            "index.adoc:9 [part-a] A.1 without an ID",
            "index.adoc:11 [part-a] a1",
            "index.adoc:14 [part-b] B",
            "index.adoc:18 [part-b] b note",
            "index.adoc:22 [colophon] Colophon",
            "index.adoc:24 [colophon] c"),
        read(index));
  }

  @Test
  void conditionalsFollowTheAttributes() throws IOException {
    Path index =
        write(
            "index.adoc",
            """
            :shown:
            ifdef::shown[]
            shown text
            endif::[]
            ifdef::hidden[]
            hidden text
            ifndef::shown[]
            nested
            endif::[]
            endif::[]
            ifndef::hidden[]
            also shown
            endif::[]
            """);
    assertEquals(List.of("index.adoc:3 [] shown text", "index.adoc:12 [] also shown"), read(index));
  }
}
