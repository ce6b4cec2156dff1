package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A bare {@code mvn clean} in the project's root works on a fresh clone: the reactor builds the
 * book plugin only for {@code package}, so cleaning must not need it, whether the local repository
 * has none (a fresh machine) or an older one without the {@code build} goal.
 */
@Execution(ExecutionMode.CONCURRENT) // beside the other classes (junit-platform.properties)
class CleanCommandIT {

  /** The book's own artifacts in a local repository, which a fresh machine does not have. */
  private static final Path OWN_ARTIFACTS = Path.of("io", "github", "awsnetbook");

  /**
   * {@code mvn -o clean} on a copy of the project, with a local repository that holds every
   * artifact of the real one (links, read only) but none of the book's own: it succeeds and removes
   * the build outputs.
   */
  @Test
  void aBareCleanNeedsNoBookPluginInTheLocalRepository(@TempDir Path folder) throws IOException {
    TempBuild build = TempBuild.copyOfProject(Files.createDirectories(folder.resolve("project")));
    Path repository = withoutOwnArtifacts(localRepository(), folder.resolve("repository"));
    assertTrue(Files.isDirectory(build.resolve("book-tools/target")), "nothing to clean");

    TempBuild.Result cleaned = build.maven("-Dmaven.repo.local=" + repository, "clean");

    assertFalse(cleaned.failed(), cleaned.log());
    assertFalse(Files.exists(build.resolve("book-tools/target")), cleaned.log());
    assertFalse(Files.exists(repository.resolve(OWN_ARTIFACTS)), "the book's plugin was fetched");
  }

  private static Path localRepository() {
    String configured = System.getProperty("book.localRepository");
    return configured == null
        ? Path.of(System.getProperty("user.home"), ".m2", "repository")
        : Path.of(configured);
  }

  /**
   * A local repository that links to every folder of {@code real} except the book's own ({@code
   * io/github/awsnetbook}): the folders on the way to it are made, everything else is a link.
   */
  private static Path withoutOwnArtifacts(Path real, Path copy) throws IOException {
    Path from = real;
    Path to = Files.createDirectories(copy);
    for (Path step : OWN_ARTIFACTS) {
      if (Files.isDirectory(from)) {
        try (Stream<Path> entries = Files.list(from)) {
          for (Path entry : entries.toList()) {
            if (!entry.getFileName().toString().equals(step.toString())) {
              Files.createSymbolicLink(to.resolve(entry.getFileName().toString()), entry);
            }
          }
        }
      }
      from = from.resolve(step.toString());
      to = to.resolve(step.toString());
      if (!step.equals(OWN_ARTIFACTS.getFileName())) {
        Files.createDirectories(to);
      }
    }
    return copy;
  }
}
