package io.github.awsnetbook.tools.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Copies of a folder's files into another, as the page's resources and the editions need them. */
public final class FileTrees {

  private FileTrees() {}

  /**
   * Every file below {@code from} copied to the same place below {@code to}, in path order,
   * replacing what is there; nothing when {@code from} is not a folder (a book without images).
   */
  public static void copyFolder(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      copyFile(file, to.resolve(from.relativize(file).toString()));
    }
  }

  /** One file copied, its folder made where missing, replacing what is there. */
  public static void copyFile(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }
}
