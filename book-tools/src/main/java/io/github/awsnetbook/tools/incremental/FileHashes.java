package io.github.awsnetbook.tools.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of files, each file read once while it stays the same: the steps of one build digest
 * the same inputs (the book's fonts, the build's own code) several times, and reading and hashing
 * them is the most of it. A file stays the same while its identity (the inode), size and
 * modification time do; a step that writes a source (a translation mark) changes its time, and an
 * output written anew ({@code files.AtomicFiles}) is another file. One build's steps share one; a
 * new build starts with none.
 */
public final class FileHashes {

  private record Version(Path file, Object identity, long size, FileTime modified) {}

  private final Map<Version, String> hashes = new ConcurrentHashMap<>();

  /** The SHA-256 of {@code file}'s bytes, in hex. */
  public String of(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    Version version =
        new Version(
            file.toAbsolutePath().normalize(),
            attributes.fileKey(),
            attributes.size(),
            attributes.lastModifiedTime());
    String known = hashes.get(version);
    if (known != null) {
      return known;
    }
    String hash = InputDigest.hashOf(file);
    hashes.put(version, hash);
    return hash;
  }
}
