package io.github.awsnetbook.plugin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source check as a goal: how a content error reaches Maven's log and stops the build. */
class CheckSourcesMojoTest {

  @TempDir Path folder;

  private final RecordingLog log = new RecordingLog();

  private CheckSourcesMojo mojo(Repository repository, String lang) {
    CheckSourcesMojo mojo = new CheckSourcesMojo();
    mojo.setLog(log);
    mojo.rootDirectory = repository.root().toFile();
    mojo.sourceLang = "ja";
    mojo.locales = "ja en";
    mojo.lang = lang;
    mojo.assetsDirectory = repository.resolve("assets").toFile();
    mojo.themeDirectory = repository.resolve("theme").toFile();
    mojo.termbase = repository.resolve("terminology/aws-networking.tbx").toFile();
    return mojo;
  }

  @Test
  void aContentErrorFailsTheGoalWithItsPlaceInTheLogAndInTheFailure() {
    Repository repository = Repository.create(folder);
    // A right-to-left override the source lacks (an error), a zero-width space (a warning).
    repository.write(
        Repository.EN_CHAPTER, "[#intro]\n== Intro\n\nThe \u202Etext.\n\nA\u200Bword.\n");

    MojoFailureException failure =
        assertThrows(MojoFailureException.class, () -> mojo(repository, "en").execute());

    String place = Repository.EN_CHAPTER + ":4:5: error: an invisible bidirectional control";
    assertTrue(
        failure.getMessage().startsWith("the sources of content-en: 1 error"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("the first: " + place), failure.getMessage());
    List<String> errors = log.at("ERROR");
    assertEquals(1, errors.size(), log.lines().toString());
    assertTrue(errors.get(0).startsWith(place), errors.get(0));
    assertTrue(
        log.at("WARN").get(0).startsWith(Repository.EN_CHAPTER + ":6:2: warning:"),
        log.lines().toString());
    assertTrue(log.at("INFO").contains("checked 2 source files of content-en: 1 error"));
  }

  @Test
  void aFaithfulTranslationPassesWithItsSummary() {
    Repository repository = Repository.create(folder);

    assertDoesNotThrow(() -> mojo(repository, "en").execute());

    assertEquals(List.of("INFO checked 2 source files of content-en: 0 errors"), log.lines());
  }
}
