package io.github.awsnetbook.tools.asciidoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A corpus of the AsciiDoc that hand-written readers got wrong: a byte-order mark, CRLF line ends,
 * delimiters with trailing spaces, fences, nested conditionals, includes with {@code leveloffset}
 * and tags, comments, tables with {@code a|} cells. Written into a folder of the test's own.
 */
final class EdgeCases {

  private EdgeCases() {}

  /** The top documents of the corpus, written into {@code folder}. */
  static List<Path> write(Path folder) {
    write(folder, "bom.adoc", "\uFEFF[#intro]\n== Intro\n\nThe NAT gateway.\n");
    write(
        folder,
        "crlf.adoc",
        "= CRLF\r\n\r\n"
            + "[#first]\r\n"
            + "== First\r\n\r\n"
            + "One line\r\n"
            + "and two.\r\n\r\n"
            + "----\r\n"
            + "code\r\n"
            + "----\r\n");
    write(
        folder,
        "delimiters.adoc",
        """
        == Delimiters

        ----\s\s
        <<not-a-ref>> and pass:[<b>raw</b>] in a listing
        ----\s\s

        ....\s
        literal
        ....

        ====\s
        An example.
        ====

        After.
        """);
    write(
        folder,
        "fences.adoc",
        """
        == Fences

        ```ruby
        <<not-a-ref>> pass:[<i>x</i>]
        ```

        Prose with <<intro,a reference>>.
        """);
    write(
        folder,
        "conditionals.adoc",
        """
        = Conditionals
        :flag:

        ifdef::flag[]
        [#shown]
        == Shown

        ifndef::flag[]
        Never.
        endif::[]
        ifdef::other[]
        Not this either.
        endif::[]
        ifeval::[{sectnumlevels} > 1]
        Evaluated.
        endif::[]
        endif::flag[]
        ifndef::flag[]
        [#hidden]
        == Hidden
        endif::[]
        ifdef::flag[Single-line form.]
        """);
    write(
        folder,
        "_part.adoc",
        """
        // tag::kept[]
        = Included title

        Kept text.
        // end::kept[]
        // tag::dropped[]
        Dropped text.
        // end::dropped[]
        """);
    write(
        folder,
        "includes.adoc",
        """
        = Includes

        [#top]
        == Top

        include::_part.adoc[leveloffset=+1,tag=kept]

        include::_part.adoc[lines=1..4,leveloffset=+2]

        A paragraph that runs on
        include::_tail.adoc[]
        """);
    write(folder, "_tail.adoc", "into an included file.\n");
    write(
        folder,
        "comments.adoc",
        """
        == Comments

        // a comment line
        Text before
        // a comment inside a paragraph
        text after.

        ////
        == Not a section
        ////

        Last.
        """);
    write(
        folder,
        "tables.adoc",
        """
        == Tables

        [cols="1,2"]
        |===
        |Plain cell |Another
        a|
        * a list in a cell
        * second

        [source]
        ----
        code in a cell
        ----
        |Multi-line
        cell text
        |===
        """);
    return List.of(
            "bom.adoc",
            "crlf.adoc",
            "delimiters.adoc",
            "fences.adoc",
            "conditionals.adoc",
            "includes.adoc",
            "comments.adoc",
            "tables.adoc")
        .stream()
        .map(folder::resolve)
        .toList();
  }

  /** Attributes as the build sets them, for a document of {@code folder}. */
  static Map<String, Object> attributes(Path folder) {
    return Map.of("book-source-dir", folder.toString());
  }

  private static void write(Path folder, String name, String text) {
    try {
      Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
