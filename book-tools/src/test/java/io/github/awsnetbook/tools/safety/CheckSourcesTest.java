package io.github.awsnetbook.tools.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source check of a content module on a small repository: what a locale folder (and the shared
 * folders) may hold, each problem at its place.
 */
class CheckSourcesTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final String JA = "content-ja/src/docs/asciidoc/";
  private static final String EN = "content-en/src/docs/asciidoc/";
  private static final String INDEX =
      "= Title\n:doctype: book\n\ninclude::{book-source-dir}/chapters/_one.adoc[]\n";

  @TempDir Path root;
  @TempDir Path elsewhere;

  /** Exit code, standard output and error of one run. */
  private record Run(int code, String out, String err) {}

  @BeforeEach
  void repository() throws IOException {
    write(JA + "index.adoc", INDEX);
    write(JA + "chapters/_one.adoc", "[#intro]\n== はじめに\n\n本文です。\n\n[#details]\n=== 詳細\n\n詳細。\n");
    write(EN + "index.adoc", INDEX);
    write(
        EN + "chapters/_one.adoc",
        "[#intro]\n== Intro\n\nThe text.\n\n[#details]\n=== Details\n\nMore.\n");
    write("assets/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    write("theme/html/docinfo.html", "<meta name=\"x\" content=\"y\">\n");
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private void append(String relative, String text) throws IOException {
    write(relative, Files.readString(root.resolve(relative)) + text);
  }

  private Run check(String lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CheckSources.run(
            new String[] {
              root.toString(),
              lang,
              "ja",
              root.resolve("assets").toString(),
              root.resolve("theme").toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            ASCIIDOCTOR.models());
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFaithfulBookPasses() {
    Run run = check("en");
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
  }

  @Test
  void aTranslationThatIsNotUtf8IsRefusedAtItsPlaceNotWithAsciidoctorsException()
      throws IOException {
    // Found by the fuzz test: Asciidoctor's parse of the book (for its includes) stopped with
    // JRuby's ArgumentError where one of its patterns met the byte.
    byte[] head = "[#intro]\n== Intro\n\nThe text ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xff;
    bytes[head.length + 1] = '.';
    bytes[head.length + 2] = '\n';
    Files.write(root.resolve(EN + "chapters/_one.adoc"), bytes);

    Run run = check("en");

    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains(EN + "chapters/_one.adoc:4:10: error: "), run.err());
    assertTrue(run.err().contains("[safety/not-utf8]"), run.err());
  }

  @Test
  void aNulInAnImageTargetIsRefusedAtItsPlaceNotWithAsciidoctorsException() throws IOException {
    // Found by the fuzz test: Asciidoctor's parse stopped with JRuby's ArgumentError ("string
    // contains null byte") at the target's base name.
    append(EN + "chapters/_one.adoc", "\nimage::logo\0.svg[Logo]\n");

    Run run = check("en");

    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains(EN + "chapters/_one.adoc:11:12: error: a NUL"), run.err());
    assertTrue(run.err().contains("[safety/nul-character]"), run.err());
  }

  @Test
  void aListAThousandLevelsDeepIsRefusedBeforeAsciidoctorParsesTheBook() throws IOException {
    StringBuilder list = new StringBuilder("[#intro]\n== はじめに\n\n");
    for (int level = 1; level <= 1000; level++) {
      list.append("*".repeat(level)).append(" 階層").append(level).append('\n');
    }
    write(JA + "chapters/_one.adoc", list.toString());

    Run run = check("ja");

    assertEquals(1, run.code());
    assertTrue(
        run.err().contains(JA + "chapters/_one.adoc:12:1: error: a list nested 9 levels deep"),
        run.err());
  }

  @Test
  void aLineOfOneAndAHalfMegabytesIsRefusedInSecondsWithOneShortError() throws IOException {
    String sentence = "Traffic leaves through the NAT Gateway over a leased line (DX). ";
    write(EN + "chapters/_one.adoc", "= One\n\n" + sentence.repeat(1_500_000 / sentence.length()));

    long started = System.nanoTime();
    Run run = check("en");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(1, run.code());
    assertTrue(
        run.err()
            .startsWith(
                EN
                    + "chapters/_one.adoc:3:10001: error: a line of 1,499,968 characters, more"
                    + " than the 10,000 a line may have;"),
        run.err());
    // The line is shown as a window around the column, not whole.
    assertTrue(run.err().length() < 1000, run.err());
    assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
  }

  @Test
  void aLinkToAFileOutsideTheRepositoryIsRefusedNamingTheLinkAndItsTarget() throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:TOP-SECRET\n");
    Files.createSymbolicLink(root.resolve(EN + "chapters/_notes.adoc"), secret);
    append(EN + "chapters/_one.adoc", "\ninclude::_notes.adoc[]\n");

    Run run = check("en");

    assertEquals(1, run.code());
    assertTrue(
        run.err()
            .contains(
                EN
                    + "chapters/_notes.adoc:1:1: error: a symbolic link to "
                    + secret.toRealPath()
                    + ", outside the repository"),
        run.err());
    assertFalse(run.err().contains("TOP-SECRET"), run.err());
  }

  @Test
  void aLinkedFolderOutsideTheRepositoryAndADanglingLinkAreRefused() throws IOException {
    Files.createSymbolicLink(root.resolve(EN + "chapters/etc"), elsewhere);
    Files.createSymbolicLink(root.resolve(EN + "_gone.adoc"), Path.of("no-such-file.adoc"));

    Run run = check("en");

    assertEquals(1, run.code());
    assertTrue(run.err().contains(EN + "chapters/etc:1:1: error: a symbolic link to "), run.err());
    assertTrue(
        run.err()
            .contains(
                EN
                    + "_gone.adoc:1:1: error: a symbolic link to no-such-file.adoc, which"
                    + " does not exist"),
        run.err());
  }

  @Test
  void aLinkInASharedFolderOutOfTheRepositoryIsRefused() throws IOException {
    Files.createSymbolicLink(
        root.resolve("assets/images/pixel.png"), Files.writeString(elsewhere.resolve("p"), "x"));

    Run run = check("ja");

    assertEquals(1, run.code());
    assertTrue(
        run.err().contains("assets/images/pixel.png:1:1: error: a symbolic link to "), run.err());
  }

  @Test
  void aLinkToASharedPartialInsideTheRepositoryPasses() throws IOException {
    write("shared/_partial.adoc", "A shared partial.\n");
    Files.createSymbolicLink(
        root.resolve(EN + "chapters/_partial.adoc"),
        Path.of("../../../../../shared/_partial.adoc"));
    Files.createSymbolicLink(root.resolve(EN + "shared"), Path.of("../../../../shared"));
    append(EN + "chapters/_one.adoc", "\ninclude::_partial.adoc[]\n");

    Run run = check("en");

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("checked 4 source files"), run.out());
  }

  @Test
  void aBidiControlATranslationAddsIsAnErrorAtItsLineAndColumnWithItsName() throws IOException {
    append(EN + "chapters/_one.adoc", "\nRead this \u202E slowly \u202C, please.\n");

    Run run = check("en");

    assertEquals(1, run.code());
    assertTrue(
        run.err()
            .contains(
                EN
                    + "chapters/_one.adoc:11:11: error: an invisible bidirectional control, U+202E"
                    + " RIGHT-TO-LEFT OVERRIDE: it reorders the text a reader sees, and the source"
                    + " (content-ja) has no such character at this place; delete it"),
        run.err());
    assertTrue(run.err().contains(":11:20: error: an invisible bidirectional control, U+202C"));
  }

  @Test
  void theLineOfAnInvisibleCharacterIsPrintedWithItsNameAndACaretUnderIt() throws IOException {
    append(EN + "chapters/_one.adoc", "\n日本語 \u202E here.\n");

    Run run = check("en");

    // The override is shown by name, not obeyed: the printed line keeps its order. Three wide
    // characters and a space before it take seven cells.
    assertTrue(
        run.err()
            .contains("[safety/invisible-character]\n日本語 <U+202E> here.\n" + " ".repeat(7) + "^\n"),
        run.err());
    assertFalse(run.err().contains("\u202E"), run.err());
  }

  @Test
  void aTagCharacterIsAnErrorAndAZeroWidthSpaceAWarning() throws IOException {
    append(EN + "chapters/_one.adoc", "\nHidden\uDB40\uDC41 text and a\u200Bspace.\n");

    Run run = check("en");

    assertEquals(1, run.code());
    assertTrue(
        run.err()
            .contains(
                ":11:7: error: an invisible tag character, U+E0041 TAG LATIN CAPITAL"
                    + " LETTER A: it hides text from readers (ASCII smuggling)"),
        run.err());
    assertTrue(
        run.err().contains(":11:19: warning: an invisible character, U+200B ZERO WIDTH SPACE"),
        run.err());
  }

  @Test
  void aBidiControlTheSourceHasInTheAlignedSectionIsOnlyAWarning() throws IOException {
    write(
        JA + "chapters/_one.adoc",
        "[#intro]\n== はじめに\n\n本文\u200Fです。\n\n[#details]\n=== 詳細\n\n詳細。\n");
    write(
        EN + "chapters/_one.adoc",
        "[#intro]\n== Intro\n\nThe\u200F text.\n\n[#details]\n=== Details\n\nMore\u200F.\n");

    Run translation = check("en");
    Run source = check("ja");

    assertEquals(1, translation.code(), translation.err());
    assertTrue(
        translation
            .err()
            .contains(
                EN
                    + "chapters/_one.adoc:4:4: warning: an invisible bidirectional control, U+200F"
                    + " RIGHT-TO-LEFT MARK: it reorders the text a reader sees; the source"
                    + " (content-ja) has it here too"),
        translation.err());
    // The section "details" of the source has no such mark.
    assertTrue(
        translation.err().contains(EN + "chapters/_one.adoc:9:5: error:"), translation.err());
    assertEquals(0, source.code(), source.err());
    assertTrue(source.err().contains(JA + "chapters/_one.adoc:4:3: warning:"), source.err());
  }

  @Test
  void theArticlesCloudWithItsSelectorPasses() throws IOException {
    write(
        EN + "chapters/_one.adoc",
        "[#intro]\n== ☁️ Intro\n\nThe text.\n\n[#details]\n=== Details\n\nMore.\n");

    Run run = check("en");

    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
  }

  @Test
  void imageTargetsOutsideTheImagesOrMissingAreErrorsAtTheirLines() throws IOException {
    append(
        EN + "chapters/_one.adoc",
        "\nimage::../../../../../../../../usr/share/pixmaps/debian-logo.png[]\n"
            + "\nSee image:/usr/share/pixmaps/debian-logo.png[] and image:logo.svg[].\n"
            + "\nimage::no-such-figure.svg[]\n");

    Run run = check("en");

    assertEquals(1, run.code());
    assertTrue(
        run.err()
            .contains(EN + "chapters/_one.adoc:11:1: error: an image target that resolves outside"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                EN + "chapters/_one.adoc:13:5: error: an image target that is an absolute path"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                EN
                    + "chapters/_one.adoc:15:1: error: an image that does not exist:"
                    + " no-such-figure.svg"),
        run.err());
    assertTrue(run.out().contains(": 3 errors"), run.out());
  }

  @Test
  void anIncludeOfAFileOutsideTheRepositoryIsAnErrorAtItsLine() throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("secret.adoc"), "TOP-SECRET\n");
    append(EN + "chapters/_one.adoc", "\ninclude::" + secret.toAbsolutePath() + "[]\n");

    Run run = check("en");

    assertEquals(1, run.code());
    assertTrue(
        run.err()
            .contains(
                EN
                    + "chapters/_one.adoc:11:1: error: the include target "
                    + secret.toAbsolutePath()
                    + " is outside the repository"),
        run.err());
    assertFalse(run.err().contains("TOP-SECRET"), run.err());
  }

  @Test
  void aFileIncludedFromElsewhereInTheRepositoryIsCheckedToo() throws IOException {
    write("shared/_partial.adoc", "Read this \u202E slowly.\n\nimage::/etc/logo.png[]\n");
    append(EN + "chapters/_one.adoc", "\ninclude::../../../../../shared/_partial.adoc[]\n");

    Run run = check("en");

    assertEquals(1, run.code());
    assertTrue(
        run.err().contains("shared/_partial.adoc:1:11: error: an invisible bidirectional"),
        run.err());
    assertTrue(
        run.err().contains("shared/_partial.adoc:3:1: error: an image target that is an absolute"),
        run.err());
  }
}
