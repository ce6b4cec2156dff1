package io.github.awsnetbook.handouts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** Unzips the bundle's zip as a reader would, to open what they get from disk. */
final class Unzip {

  private Unzip() {}

  /** Unzips into a fresh {@code folder}; returns the zip's one top folder in it. */
  static Path into(Path zip, Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (var tree = Files.walk(folder)) {
        for (Path path : tree.sorted(Collections.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Path top = null;
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
        Path target = folder.resolve(entry.getName()).normalize();
        if (!target.startsWith(folder)) {
          throw new IOException("zip entry outside the folder: " + entry.getName());
        }
        if (top == null) {
          top = folder.resolve(entry.getName().split("/")[0]);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    if (top == null) {
      throw new IOException(zip + " is empty");
    }
    return top;
  }
}
