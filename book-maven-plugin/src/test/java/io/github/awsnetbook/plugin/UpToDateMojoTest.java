package io.github.awsnetbook.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module whose sources and outputs are those of its last successful build is up to date, and its
 * steps then leave everything as it is; any change, or a build that marks sections, runs them.
 */
class UpToDateMojoTest {

  @TempDir Path root;

  private final RecordingLog log = new RecordingLog();
  private MavenProject module;
  private Path chapter;
  private Path page;

  @BeforeEach
  void book() throws Exception {
    Path sources = Files.createDirectories(root.resolve("content-en/src/docs/asciidoc"));
    chapter = sources.resolve("index.adoc");
    Files.writeString(chapter, "= Book\n\nText.\n");
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Files.createDirectories(root.resolve("theme"));
    page = Files.createDirectories(root.resolve("content-en/target/html/en")).resolve("index.html");
    Files.writeString(page, "<p>Text.</p>");
    module = new MavenProject(new Model());
  }

  private <T extends UpToDateMojo> T configured(T mojo) {
    mojo.setLog(log);
    mojo.rootDirectory = root.toFile();
    mojo.sourceLang = "ja";
    mojo.locales = "ja en";
    mojo.lang = "en";
    mojo.buildDirectory = root.resolve("content-en/target").toFile();
    mojo.outputTimestamp = "2026-01-01T00:00:00Z";
    mojo.project = module;
    return mojo;
  }

  private boolean upToDate(String mark) throws Exception {
    UpToDateMojo check = configured(new UpToDateMojo());
    check.mark = mark;
    check.execute();
    return Boolean.parseBoolean(module.getProperties().getProperty(UpToDateMojo.PROPERTY));
  }

  private void recordBuild() throws Exception {
    module.getProperties().setProperty(UpToDateMojo.PROPERTY, "false");
    configured(new RecordBuildMojo()).execute();
  }

  @Test
  void aModuleBuiltBeforeFromTheSameSourcesIsUpToDateAndItsStepsDoNothing() throws Exception {
    assertFalse(upToDate(null), "no build was recorded yet");
    recordBuild();

    assertTrue(upToDate(null));
    PublishMojo publish = new PublishMojo();
    publish.setLog(log);
    publish.project = module;
    publish.execute(); // would fail: it has no staging folder, fonts or PDF name
    assertEquals("INFO up to date, nothing to do (target/book.stamp)", log.lines().get(1));
  }

  @Test
  void anEditedSourceOrATouchedOutputMakesTheModuleRunAgain() throws Exception {
    recordBuild();
    Files.writeString(chapter, "= Book\n\nText, edited.\n");
    assertFalse(upToDate(null));
    assertFalse(
        Files.exists(root.resolve("content-en/target/book.stamp")),
        "the stamp of the last build stays only while it describes the outputs");

    recordBuild();
    Files.writeString(page, "<p>Edited by hand.</p>");
    assertFalse(upToDate(null));
  }

  @Test
  void anotherLocalesEditMakesTheModuleRunAgain() throws Exception {
    recordBuild();
    Path source = Files.createDirectories(root.resolve("content-ja/src/docs/asciidoc"));
    Files.writeString(source.resolve("index.adoc"), "= 本\n");

    assertFalse(upToDate(null));
  }

  @Test
  void aBuildThatMarksSectionsAlwaysRuns() throws Exception {
    recordBuild();

    assertFalse(upToDate("all"));
  }

  @Test
  void theStepsOfAModuleNotFoundUpToDateRun() {
    List.of("false", "")
        .forEach(
            value -> {
              module.getProperties().setProperty(UpToDateMojo.PROPERTY, value);
              PublishMojo publish = new PublishMojo();
              publish.project = module;
              assertFalse(publish.skipAsUpToDate());
            });
  }
}
