package io.github.awsnetbook.tools.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryFilesTest {

  @TempDir Path root;
  @TempDir Path elsewhere;

  @Test
  void aLinkInsideTheRepositoryResolvesToItsTarget() throws IOException {
    Path target = Files.writeString(root.resolve("partial.adoc"), "x");
    Path link = Files.createSymbolicLink(root.resolve("link.adoc"), Path.of("partial.adoc"));

    assertEquals(target.toRealPath(), RepositoryFiles.realPathInside(root, link));
    assertEquals(Optional.empty(), RepositoryFiles.checkLink(root, link));
  }

  @Test
  void aLinkOutOfTheRepositoryIsAnErrorNamingTheLinkAndItsTarget() throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("secret"), "x");
    Path link = Files.createSymbolicLink(root.resolve("notes.adoc"), secret);

    RepositoryFiles.OutsideRepositoryException refused =
        assertThrows(
            RepositoryFiles.OutsideRepositoryException.class,
            () -> RepositoryFiles.realPathInside(root, link));

    assertEquals(
        "notes.adoc:1:1: error: a symbolic link to "
            + secret.toRealPath()
            + ", outside the repository; the build reads only files inside the repository: put"
            + " the file itself here, or link to a file inside the repository"
            + " [safety/symlink-outside]",
        refused.getMessage());
    assertTrue(RepositoryFiles.checkLink(root, link).isPresent());
  }

  @Test
  void aFileReachedThroughALinkedFolderOutsideIsRefused() throws IOException {
    Files.writeString(elsewhere.resolve("secret"), "x");
    Files.createSymbolicLink(root.resolve("chapters"), elsewhere);

    RepositoryFiles.OutsideRepositoryException refused =
        assertThrows(
            RepositoryFiles.OutsideRepositoryException.class,
            () -> RepositoryFiles.realPathInside(root, root.resolve("chapters/secret")));

    assertTrue(
        refused.getMessage().contains("a path that leads through a symbolic link to "),
        refused.getMessage());
  }

  @Test
  void aMissingFileIsLeftToTheCallerToReport() {
    Path missing = root.resolve("missing.adoc");
    assertEquals(missing, RepositoryFiles.realPathInside(root, missing));
  }
}
