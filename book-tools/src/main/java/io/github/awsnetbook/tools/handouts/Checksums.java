package io.github.awsnetbook.tools.handouts;

import io.github.awsnetbook.tools.files.ReproducibleZip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code SHA256SUMS}: one line per file of the bundle, in the format of {@code sha256sum}, so that
 * {@code sha256sum -c SHA256SUMS} in the bundle's folder checks every file.
 */
final class Checksums {

  static final String FILE_NAME = "SHA256SUMS";

  private Checksums() {}

  /** The lines for every file below {@code root} (this file itself excepted), by path. */
  static String of(Path root) throws IOException {
    StringBuilder sums = new StringBuilder();
    for (Path path : ReproducibleZip.sortedTree(root)) {
      String name = ReproducibleZip.relativeName(root, path);
      if (Files.isRegularFile(path) && !name.equals(FILE_NAME)) {
        sums.append(sha256(Files.readAllBytes(path))).append("  ").append(name).append('\n');
      }
    }
    return sums.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
