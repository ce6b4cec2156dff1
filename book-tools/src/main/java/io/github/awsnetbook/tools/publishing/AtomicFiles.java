package io.github.awsnetbook.tools.publishing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Writes and moves files so that a reader never sees a half-written one. */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Writes {@code bytes} to a temporary file beside {@code target}, then renames it. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, bytes);
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Renames {@code source} to {@code target} in one step, replacing it. */
  static void move(Path source, Path target) throws IOException {
    Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Puts the folder {@code source} in the place of {@code target}: the old folder is renamed aside,
   * the new one renamed in, and only then the old one deleted.
   */
  static Path replaceFolder(Path source, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Path old = target.resolveSibling("." + target.getFileName() + ".old");
    deleteTree(old);
    if (Files.exists(target)) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
    return target;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
