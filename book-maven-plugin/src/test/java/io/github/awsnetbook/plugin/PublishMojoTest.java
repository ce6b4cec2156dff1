package io.github.awsnetbook.plugin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish goal: a step whose input is missing is a broken build, not bad content. */
class PublishMojoTest {

  @TempDir Path folder;

  @Test
  void aMissingConvertedPageFailsAsABrokenBuildAndPublishesNothing() {
    PublishMojo mojo = new PublishMojo();
    mojo.setLog(new RecordingLog());
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

    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);

    assertTrue(failure.getMessage().startsWith("cannot publish content-en: no converted page at"));
    assertFalse(Files.exists(folder.resolve("content-en/target/html")));
  }
}
