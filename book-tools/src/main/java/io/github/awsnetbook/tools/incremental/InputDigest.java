package io.github.awsnetbook.tools.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of everything a build reads: files and folders (by path relative to the repository
 * and content) and named settings. Folders named {@code target} and dot-folders are not inputs:
 * they hold what builds write.
 */
public record InputDigest(String sha256) {

  /**
   * Digests {@code inputs} (files or folders below {@code root}) and {@code settings}, reading only
   * the files {@code hashes} lacks.
   */
  public static InputDigest of(
      Path root, List<Path> inputs, Map<String, String> settings, FileHashes hashes)
      throws IOException {
    MessageDigest digest = newDigest();
    for (Map.Entry<String, String> setting : new TreeMap<>(settings).entrySet()) {
      update(digest, "setting " + setting.getKey() + "=" + setting.getValue());
    }
    for (Map.Entry<String, Path> file : files(root, inputs).entrySet()) {
      update(digest, "file " + file.getKey() + " " + hashes.of(file.getValue()));
    }
    return new InputDigest(HexFormat.of().formatHex(digest.digest()));
  }

  /** The SHA-256 of one file's bytes, in hex. */
  static String hashOf(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Every regular file of {@code inputs}, by its path relative to {@code root}, in path order. */
  static SortedMap<String, Path> files(Path root, List<Path> inputs) throws IOException {
    SortedMap<String, Path> files = new TreeMap<>();
    for (Path input : inputs) {
      for (Path file : regularFiles(input)) {
        files.put(relative(root, file), file);
      }
    }
    return files;
  }

  private static List<Path> regularFiles(Path input) throws IOException {
    if (Files.isRegularFile(input)) {
      return List.of(input);
    }
    if (!Files.isDirectory(input)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> children = Files.list(input)) {
      for (Path child : children.sorted().toList()) {
        if (!isBuildOutput(child)) {
          files.addAll(regularFiles(child));
        }
      }
    }
    return files;
  }

  private static boolean isBuildOutput(Path child) {
    String name = child.getFileName().toString();
    return Files.isDirectory(child) && (name.equals("target") || name.startsWith("."));
  }

  static String relative(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    Path path = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return path.toString().replace('\\', '/');
  }

  private static void update(MessageDigest digest, String line) {
    digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
