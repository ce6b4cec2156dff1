package io.github.awsnetbook.tools.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source check of a content module on a small repository, through the door the build uses
 * ({@link CheckSources#check(CheckSources.Request,
 * io.github.awsnetbook.tools.asciidoc.SourceModels)}): what a locale folder (and the shared
 * folders) may hold, each problem with its rule at its place.
 */
class CheckSourcesTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final String JA = "content-ja/src/docs/asciidoc/";
  private static final String EN = "content-en/src/docs/asciidoc/";
  private static final String INDEX =
      "= Title\n:doctype: book\n\ninclude::{book-source-dir}/chapters/_one.adoc[]\n";

  @TempDir Path root;
  @TempDir Path elsewhere;

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

  private CheckSources.Result check(String lang) {
    return CheckSources.check(
        new CheckSources.Request(
            root, lang, "ja", List.of(root.resolve("assets"), root.resolve("theme"))),
        ASCIIDOCTOR.models());
  }

  /** The problem at {@code place} ({@code path:line:column}); fails if there is none. */
  private static Diagnostic at(CheckSources.Result result, String place) {
    return result.problems().stream()
        .filter(problem -> placeOf(problem).equals(place))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + place + ": " + result.problems()));
  }

  private static String placeOf(Diagnostic problem) {
    return problem.shownPath() + ":" + problem.line() + ":" + problem.column();
  }

  /** Asserts the problem at {@code place}: its severity, rule and the start of its message. */
  private static void assertProblem(
      CheckSources.Result result,
      String place,
      Severity severity,
      String rule,
      String messageStart) {
    Diagnostic problem = at(result, place);
    assertEquals(severity, problem.severity(), problem.toString());
    assertEquals(rule, problem.ruleId(), problem.toString());
    assertTrue(problem.message().startsWith(messageStart), problem.toString());
  }

  /**
   * What the build prints of the result: each problem's lines, as the console reporter has them.
   */
  private String printed(CheckSources.Result result) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    new ConsoleReporter(root, new PrintStream(err, true, StandardCharsets.UTF_8))
        .reportAll(result.problems());
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aFaithfulBookPasses() {
    CheckSources.Result result = check("en");

    assertEquals(List.of(), result.problems());
    assertEquals("checked 2 source files of content-en: 0 errors", result.summary("en"));
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

    CheckSources.Result result = check("en");

    assertEquals(1, result.errors(), result.problems().toString());
    assertProblem(result, EN + "chapters/_one.adoc:4:10", Severity.ERROR, "safety/not-utf8", "");
  }

  @Test
  void aNulInAnImageTargetIsRefusedAtItsPlaceNotWithAsciidoctorsException() throws IOException {
    // Found by the fuzz test: Asciidoctor's parse stopped with JRuby's ArgumentError ("string
    // contains null byte") at the target's base name.
    append(EN + "chapters/_one.adoc", "\nimage::logo\0.svg[Logo]\n");

    CheckSources.Result result = check("en");

    assertEquals(1, result.errors(), result.problems().toString());
    assertProblem(
        result, EN + "chapters/_one.adoc:11:12", Severity.ERROR, "safety/nul-character", "a NUL");
  }

  @Test
  void aListAThousandLevelsDeepIsRefusedBeforeAsciidoctorParsesTheBook() throws IOException {
    StringBuilder list = new StringBuilder("[#intro]\n== はじめに\n\n");
    for (int level = 1; level <= 1000; level++) {
      list.append("*".repeat(level)).append(" 階層").append(level).append('\n');
    }
    write(JA + "chapters/_one.adoc", list.toString());

    CheckSources.Result result = check("ja");

    assertEquals(1, result.errors(), result.problems().toString());
    assertProblem(
        result,
        JA + "chapters/_one.adoc:12:1",
        Severity.ERROR,
        "safety/nesting-depth",
        "a list nested 9 levels deep");
  }

  @Test
  void aLineOfOneAndAHalfMegabytesIsRefusedInSecondsWithOneShortError() throws IOException {
    String sentence = "Traffic leaves through the NAT Gateway over a leased line (DX). ";
    write(EN + "chapters/_one.adoc", "= One\n\n" + sentence.repeat(1_500_000 / sentence.length()));

    long started = System.nanoTime();
    CheckSources.Result result = check("en");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(1, result.problems().size(), result.problems().toString());
    assertProblem(
        result,
        EN + "chapters/_one.adoc:3:10001",
        Severity.ERROR,
        "safety/line-too-long",
        "a line of 1,499,968 characters, more than the 10,000 a line may have;");
    // The line is printed as a window around the column, not whole.
    assertTrue(printed(result).length() < 1000, printed(result));
    assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
  }

  @Test
  void aLinkToAFileOutsideTheRepositoryIsRefusedNamingTheLinkAndItsTarget() throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:TOP-SECRET\n");
    Files.createSymbolicLink(root.resolve(EN + "chapters/_notes.adoc"), secret);
    append(EN + "chapters/_one.adoc", "\ninclude::_notes.adoc[]\n");

    CheckSources.Result result = check("en");

    // The link itself, and the include that reads it.
    assertEquals(2, result.errors(), result.problems().toString());
    assertProblem(
        result,
        EN + "chapters/_one.adoc:11:1",
        Severity.ERROR,
        "safety/symlink-outside",
        "the include target "
            + EN
            + "chapters/_notes.adoc is a symbolic link to "
            + secret.toRealPath());
    assertProblem(
        result,
        EN + "chapters/_notes.adoc:1:1",
        Severity.ERROR,
        "safety/symlink-outside",
        "a symbolic link to " + secret.toRealPath() + ", outside the repository");
    assertFalse(printed(result).contains("TOP-SECRET"), printed(result));
  }

  @Test
  void aLinkedFolderOutsideTheRepositoryAndADanglingLinkAreRefused() throws IOException {
    Files.createSymbolicLink(root.resolve(EN + "chapters/etc"), elsewhere);
    Files.createSymbolicLink(root.resolve(EN + "_gone.adoc"), Path.of("no-such-file.adoc"));

    CheckSources.Result result = check("en");

    assertEquals(2, result.errors(), result.problems().toString());
    assertProblem(
        result,
        EN + "chapters/etc:1:1",
        Severity.ERROR,
        "safety/symlink-outside",
        "a symbolic link to ");
    assertTrue(
        at(result, EN + "_gone.adoc:1:1")
            .message()
            .startsWith("a symbolic link to no-such-file.adoc, which does not exist"),
        result.problems().toString());
  }

  @Test
  void aLinkInASharedFolderOutOfTheRepositoryIsRefused() throws IOException {
    Files.createSymbolicLink(
        root.resolve("assets/images/pixel.png"), Files.writeString(elsewhere.resolve("p"), "x"));

    CheckSources.Result result = check("ja");

    assertEquals(1, result.errors(), result.problems().toString());
    assertProblem(
        result,
        "assets/images/pixel.png:1:1",
        Severity.ERROR,
        "safety/symlink-outside",
        "a symbolic link to ");
  }

  @Test
  void aLinkToASharedPartialInsideTheRepositoryPasses() throws IOException {
    write("shared/_partial.adoc", "A shared partial.\n");
    Files.createSymbolicLink(
        root.resolve(EN + "chapters/_partial.adoc"),
        Path.of("../../../../../shared/_partial.adoc"));
    Files.createSymbolicLink(root.resolve(EN + "shared"), Path.of("../../../../shared"));
    append(EN + "chapters/_one.adoc", "\ninclude::_partial.adoc[]\n");

    CheckSources.Result result = check("en");

    assertEquals(List.of(), result.problems());
    assertEquals(4, result.files());
  }

  @Test
  void aBidiControlATranslationAddsIsAnErrorAtItsLineAndColumnWithItsName() throws IOException {
    append(EN + "chapters/_one.adoc", "\nRead this \u202E slowly \u202C, please.\n");

    CheckSources.Result result = check("en");

    assertEquals(2, result.errors(), result.problems().toString());
    assertProblem(
        result,
        EN + "chapters/_one.adoc:11:11",
        Severity.ERROR,
        "safety/invisible-character",
        "an invisible bidirectional control, U+202E RIGHT-TO-LEFT OVERRIDE: it reorders the text"
            + " a reader sees, and the source (content-ja) has no such character at this place;"
            + " delete it");
    assertProblem(
        result,
        EN + "chapters/_one.adoc:11:20",
        Severity.ERROR,
        "safety/invisible-character",
        "an invisible bidirectional control, U+202C");
  }

  @Test
  void theLineOfAnInvisibleCharacterIsPrintedWithItsNameAndACaretUnderIt() throws IOException {
    append(EN + "chapters/_one.adoc", "\n日本語 \u202E here.\n");

    String printed = printed(check("en"));

    // The override is shown by name, not obeyed: the printed line keeps its order. Three wide
    // characters and a space before it take seven cells.
    assertTrue(
        printed.contains(
            "[safety/invisible-character]\n日本語 <U+202E> here.\n" + " ".repeat(7) + "^\n"),
        printed);
    assertFalse(printed.contains("\u202E"), printed);
  }

  @Test
  void aTagCharacterIsAnErrorAndAZeroWidthSpaceAWarning() throws IOException {
    append(EN + "chapters/_one.adoc", "\nHidden\uDB40\uDC41 text and a\u200Bspace.\n");

    CheckSources.Result result = check("en");

    assertEquals(1, result.errors(), result.problems().toString());
    assertProblem(
        result,
        EN + "chapters/_one.adoc:11:7",
        Severity.ERROR,
        "safety/invisible-character",
        "an invisible tag character, U+E0041 TAG LATIN CAPITAL LETTER A: it hides text from"
            + " readers (ASCII smuggling)");
    assertProblem(
        result,
        EN + "chapters/_one.adoc:11:19",
        Severity.WARNING,
        "safety/invisible-character",
        "an invisible character, U+200B ZERO WIDTH SPACE");
  }

  @Test
  void aBidiControlTheSourceHasInTheAlignedSectionIsOnlyAWarning() throws IOException {
    write(
        JA + "chapters/_one.adoc",
        "[#intro]\n== はじめに\n\n本文\u200Fです。\n\n[#details]\n=== 詳細\n\n詳細。\n");
    write(
        EN + "chapters/_one.adoc",
        "[#intro]\n== Intro\n\nThe\u200F text.\n\n[#details]\n=== Details\n\nMore\u200F.\n");

    CheckSources.Result translation = check("en");
    CheckSources.Result source = check("ja");

    assertEquals(1, translation.errors(), translation.problems().toString());
    assertProblem(
        translation,
        EN + "chapters/_one.adoc:4:4",
        Severity.WARNING,
        "safety/invisible-character",
        "an invisible bidirectional control, U+200F RIGHT-TO-LEFT MARK: it reorders the text a"
            + " reader sees; the source (content-ja) has it here too");
    // The section "details" of the source has no such mark.
    assertEquals(Severity.ERROR, at(translation, EN + "chapters/_one.adoc:9:5").severity());
    assertEquals(0, source.errors(), source.problems().toString());
    assertEquals(Severity.WARNING, at(source, JA + "chapters/_one.adoc:4:3").severity());
  }

  @Test
  void theArticlesCloudWithItsSelectorPasses() throws IOException {
    write(
        EN + "chapters/_one.adoc",
        "[#intro]\n== ☁️ Intro\n\nThe text.\n\n[#details]\n=== Details\n\nMore.\n");

    assertEquals(List.of(), check("en").problems());
  }

  @Test
  void imageTargetsOutsideTheImagesOrMissingAreErrorsAtTheirLines() throws IOException {
    append(
        EN + "chapters/_one.adoc",
        "\nimage::../../../../../../../../usr/share/pixmaps/debian-logo.png[]\n"
            + "\nSee image:/usr/share/pixmaps/debian-logo.png[] and image:logo.svg[].\n"
            + "\nimage::no-such-figure.svg[]\n");

    CheckSources.Result result = check("en");

    assertEquals(3, result.errors(), result.problems().toString());
    assertTrue(
        at(result, EN + "chapters/_one.adoc:11:1")
            .message()
            .startsWith("an image target that resolves outside"),
        result.problems().toString());
    assertTrue(
        at(result, EN + "chapters/_one.adoc:13:5")
            .message()
            .startsWith("an image target that is an absolute path"),
        result.problems().toString());
    assertTrue(
        at(result, EN + "chapters/_one.adoc:15:1")
            .message()
            .startsWith("an image that does not exist: no-such-figure.svg"),
        result.problems().toString());
    assertTrue(result.summary("en").endsWith(": 3 errors"), result.summary("en"));
  }

  @Test
  void anIncludeOfAFileOutsideTheRepositoryIsAnErrorAtItsLine() throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("secret.adoc"), "TOP-SECRET\n");
    append(EN + "chapters/_one.adoc", "\ninclude::" + secret.toAbsolutePath() + "[]\n");

    CheckSources.Result result = check("en");

    assertEquals(1, result.errors(), result.problems().toString());
    assertTrue(
        at(result, EN + "chapters/_one.adoc:11:1")
            .message()
            .startsWith(
                "the include target " + secret.toAbsolutePath() + " is outside the repository"),
        result.problems().toString());
    assertFalse(printed(result).contains("TOP-SECRET"), printed(result));
  }

  @Test
  void aFileIncludedFromElsewhereInTheRepositoryIsCheckedToo() throws IOException {
    write("shared/_partial.adoc", "Read this \u202E slowly.\n\nimage::/etc/logo.png[]\n");
    append(EN + "chapters/_one.adoc", "\ninclude::../../../../../shared/_partial.adoc[]\n");

    CheckSources.Result result = check("en");

    assertEquals(2, result.errors(), result.problems().toString());
    assertProblem(
        result,
        "shared/_partial.adoc:1:11",
        Severity.ERROR,
        "safety/invisible-character",
        "an invisible bidirectional");
    assertTrue(
        at(result, "shared/_partial.adoc:3:1")
            .message()
            .startsWith("an image target that is an absolute"),
        result.problems().toString());
  }
}
