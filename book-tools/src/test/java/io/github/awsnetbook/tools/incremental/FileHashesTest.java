package io.github.awsnetbook.tools.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashesTest {

  @TempDir Path folder;

  @Test
  void aFileIsReadOnceWhileItKeepsItsIdentitySizeAndTime() throws IOException {
    Path font = Files.writeString(folder.resolve("font.ttf"), "glyphs A");
    FileTime time = Files.getLastModifiedTime(font);
    FileHashes hashes = new FileHashes();
    String first = hashes.of(font);

    // Same inode, size and time: not read again (what only a racing writer could do).
    Files.writeString(font, "glyphs B");
    Files.setLastModifiedTime(font, time);

    assertEquals(first, hashes.of(font));
    assertEquals(InputDigest.hashOf(folder.resolve("font.ttf")), new FileHashes().of(font));
    assertNotEquals(first, new FileHashes().of(font), "a new build reads every file again");
  }

  @Test
  void aFileWrittenAgainOrReplacedIsReadAgain() throws IOException {
    Path status = Files.writeString(folder.resolve("status.adoc"), "draft");
    FileHashes hashes = new FileHashes();
    String draft = hashes.of(status);

    Files.writeString(status, "done!");
    Files.setLastModifiedTime(status, FileTime.fromMillis(0));
    String marked = hashes.of(status);
    Path replacement = Files.writeString(folder.resolve("new.adoc"), "final");
    Files.setLastModifiedTime(replacement, FileTime.fromMillis(0));
    Files.move(replacement, status, StandardCopyOption.REPLACE_EXISTING);

    assertNotEquals(draft, marked, "another time");
    assertEquals(InputDigest.hashOf(status), hashes.of(status), "another file, same size and time");
  }
}
