package io.github.awsnetbook.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish goal: a step whose input is missing is a broken build; a page it refuses is bad
 * content.
 */
class PublishMojoTest {

  @TempDir Path folder;

  @Test
  void aMissingConvertedPageFailsAsABrokenBuildAndPublishesNothing() {
    PublishMojo mojo = mojo(new RecordingLog());

    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);

    assertTrue(failure.getMessage().startsWith("cannot publish content-en: no converted page at"));
    assertFalse(Files.exists(folder.resolve("content-en/target/html")));
  }

  @Test
  void aPageWithTwoElementsOfOneIdFailsAsBadContentAtItsPlaceAndPublishesNothing()
      throws IOException {
    Path staged = folder.resolve("content-en/target/staging/html/index.html");
    Files.createDirectories(staged.getParent());
    Files.writeString(
        staged,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Book</title></head>\n<body>\n"
            + "<div id=\"header\"><h1>Book</h1></div>\n<div id=\"content\">\n"
            + "<p><a id=\"content\"></a>Text.</p>\n</div>\n</body></html>\n");
    RecordingLog log = new RecordingLog();

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo(log)::execute);

    String place = "content-en/target/staging/html/index.html:";
    assertTrue(failure.getMessage().contains(place), failure.getMessage());
    assertTrue(failure.getMessage().contains("[publishing/duplicate-id]"), failure.getMessage());
    assertTrue(
        log.at("ERROR").stream().anyMatch(line -> line.contains("\"content\"")),
        log.lines().toString());
    assertFalse(Files.exists(folder.resolve("content-en/target/html")));
  }

  private PublishMojo mojo(RecordingLog log) {
    PublishMojo mojo = new PublishMojo();
    mojo.setLog(log);
    mojo.rootDirectory = folder.toFile();
    mojo.sourceLang = "ja";
    mojo.locales = "ja en";
    mojo.lang = "en";
    mojo.stagingDirectory = folder.resolve("content-en/target/staging").toFile();
    mojo.targetDirectory = folder.resolve("content-en/target").toFile();
    mojo.pdfName = "book-{lang}.pdf";
    mojo.fontsDirectory = folder.resolve("theme/fonts").toFile();
    mojo.fontFamily = "Book";
    mojo.fontFaces = List.of();
    mojo.outputTimestamp = "2025-10-13T00:00:00Z";
    return mojo;
  }
}
