package io.github.awsnetbook.tools.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes and moves files so that a reader never sees a half-written one. */
public final class AtomicFiles {

  /**
   * The mode of every file the build writes: readable by everyone, so that a web server running as
   * another user can serve it and a copy ({@code scp -p}, {@code rsync -a}) keeps it readable.
   */
  public static final Set<PosixFilePermission> FILE_MODE =
      PosixFilePermissions.fromString("rw-r--r--");

  /** The mode of every folder the build creates. */
  public static final Set<PosixFilePermission> FOLDER_MODE =
      PosixFilePermissions.fromString("rwxr-xr-x");

  private AtomicFiles() {}

  /**
   * Writes {@code bytes} to a temporary file beside {@code target}, then renames it. The file is
   * world-readable ({@link #FILE_MODE}): a temporary file is created private (0600), and the rename
   * would otherwise publish it so.
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, bytes);
      setMode(temp, FILE_MODE);
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Sets a POSIX mode where the file system has them (not on Windows, where it is not needed). */
  public static void setMode(Path path, Set<PosixFilePermission> mode) throws IOException {
    if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(path, mode);
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
  public static Path replaceFolder(Path source, Path target) throws IOException {
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

  public static void deleteTree(Path root) throws IOException {
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
