package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad content fails the build with a message naming the file and line, and loses nothing. */
class BrokenContentIT {

  private static final String CHAPTER = "content-ja/src/docs/asciidoc/chapters/_article-0003.adoc";

  @Test
  void aMissingIncludeFailsTheBuildNamingFileAndLine(@TempDir Path folder) throws IOException {
    TempBuild build = TempBuild.copyOfProject(folder);
    String chapter = build.read(CHAPTER);
    int line = (int) chapter.lines().count() + 2;
    build.write(CHAPTER, chapter + "\ninclude::_no-such-section.adoc[]\n");
    byte[] sourceBefore = Files.readAllBytes(build.resolve(CHAPTER));

    TempBuild.Result result = build.packageLocale("ja");

    assertTrue(result.failed(), "the build succeeded with a missing include:\n" + result.log());
    assertTrue(
        // Every check reads the book through one parse (the source model), which reports a
        // missing include once, in the compiler's format.
        Pattern.compile(
                "content-ja/src/docs/asciidoc/chapters/_article-0003\\.adoc:"
                    + line
                    + ":1: error: include file not found")
            .matcher(result.log())
            .find(),
        "the log does not name the file and line " + line + ":\n" + result.log());
    assertFalse(
        Files.exists(build.resolve("content-ja/target/pdf/aws-network-ja.pdf")),
        "a failed build published a PDF");
    assertFalse(
        Files.exists(build.resolve("content-ja/target/html/ja/index.html")),
        "a failed build published an HTML page");
    assertArrayEquals(
        sourceBefore, Files.readAllBytes(build.resolve(CHAPTER)), "the build changed its source");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<<no-such-section>> を参照。 | cross reference to a missing ID: no-such-section",
        "{no-such-attribute} の値。 | reference to a missing attribute: {no-such-attribute}",
        "====\\n閉じていない例のブロック | unterminated example block"
      })
  void aContentWarningFailsTheBuildNamingFileAndLine(
      String planted, String message, @TempDir Path folder) {
    TempBuild build = TempBuild.copyOfProject(folder);
    String chapter = build.read(CHAPTER);
    int line = (int) chapter.lines().count() + 2;
    build.write(CHAPTER, chapter + "\n" + planted.replace("\\n", "\n") + "\n");

    TempBuild.Result result = build.packageLocale("ja");

    assertTrue(result.failed(), "the build succeeded with: " + planted + "\n" + result.log());
    assertTrue(result.log().contains(message), "no \"" + message + "\" in:\n" + result.log());
    assertTrue(
        result.log().contains("_article-0003.adoc: line " + line),
        "the log does not name the file and line " + line + ":\n" + result.log());
  }

  @Test
  void anIncludeOfASystemFileIsRefusedAndNeverPublished(@TempDir Path folder) throws IOException {
    TempBuild build = TempBuild.copyOfProject(folder);
    Path secret =
        Files.writeString(
            Files.createTempFile("outside-the-project", ".txt"), "TOP-SECRET-OUTSIDE-THE-PROJECT");
    try {
      String chapter = build.read(CHAPTER);
      int line = (int) chapter.lines().count() + 2;
      build.write(
          CHAPTER,
          chapter
              + "\ninclude::"
              + secret.toAbsolutePath()
              + "[]\n"
              + "\ninclude::../../../../../../../../../../.."
              + secret.toAbsolutePath()
              + "[]\n");

      TempBuild.Result result = build.packageLocale("ja");

      assertTrue(result.failed(), "an include outside the project was accepted:\n" + result.log());
      // Refused before conversion, at the include's line, by the source check.
      assertTrue(
          result
              .log()
              .contains(
                  CHAPTER
                      + ":"
                      + line
                      + ":1: error: the include target "
                      + secret.toAbsolutePath()
                      + " is outside the repository"),
          result.log());
      for (String output :
          new String[] {
            "content-ja/target/staging/html/index.html", "content-ja/target/html/ja/index.html"
          }) {
        Path page = build.resolve(output);
        assertFalse(
            Files.exists(page) && Files.readString(page).contains("TOP-SECRET"),
            output + " carries the content of a file outside the project");
      }
    } finally {
      Files.deleteIfExists(secret);
    }
  }
}
