package io.github.awsnetbook.tools.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A zip whose bytes depend only on the files: entries in one order (by path, each folder before its
 * contents, or the order a container format prescribes), one time for every entry, and fixed Unix
 * modes (0644 files, 0755 folders) whatever the files on disk have. The handout bundle and the EPUB
 * books are written with it.
 */
public final class ReproducibleZip {

  static final int FILE_MODE = 0100644;
  static final int FOLDER_MODE = 040755;

  /**
   * A file of a zip written from memory: its name in the zip, its bytes, and whether it is stored
   * rather than deflated (an EPUB's {@code mimetype} must be).
   */
  public record Entry(String name, byte[] bytes, boolean stored) {
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  private ReproducibleZip() {}

  /**
   * Zips the folder {@code root} under the top folder {@code top} (so that unzipping gives one
   * folder), every entry dated {@code time}.
   */
  public static byte[] of(Path root, String top, Instant time) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      zip.setEncoding("UTF-8");
      zip.setUseLanguageEncodingFlag(true);
      zip.putArchiveEntry(entry(top + "/", FOLDER_MODE, time));
      zip.closeArchiveEntry();
      for (Path path : sortedTree(root)) {
        String name = top + "/" + relativeName(root, path);
        if (Files.isDirectory(path)) {
          zip.putArchiveEntry(entry(name + "/", FOLDER_MODE, time));
        } else {
          zip.putArchiveEntry(entry(name, FILE_MODE, time));
          zip.write(Files.readAllBytes(path));
        }
        zip.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * Zips {@code entries} in the order given, every entry dated {@code time}, without entries for
   * folders and without the extra fields a zip tool adds (so that the first entry's data starts at
   * a fixed offset, as the EPUB container asks of its {@code mimetype}).
   */
  public static byte[] of(List<Entry> entries, Instant time) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      zip.setEncoding("UTF-8");
      zip.setUseLanguageEncodingFlag(true);
      zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
      for (Entry file : entries) {
        ZipArchiveEntry entry = new ZipArchiveEntry(file.name());
        entry.setTime(dosTime(time));
        if (file.stored()) {
          entry.setMethod(ZipArchiveEntry.STORED);
          entry.setSize(file.bytes().length);
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(file.bytes());
          entry.setCrc(crc.getValue());
        } else {
          entry.setUnixMode(FILE_MODE);
        }
        zip.putArchiveEntry(entry);
        zip.write(file.bytes());
        zip.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static ZipArchiveEntry entry(String name, int mode, Instant time) {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setUnixMode(mode);
    entry.setTime(dosTime(time));
    return entry;
  }

  /**
   * A zip stores its times as a local date and time without a zone, converted with the machine's
   * zone. The time that gives the UTC date and time in any zone keeps the bytes the same
   * everywhere.
   */
  static long dosTime(Instant time) {
    LocalDateTime utc = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    return utc.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
  }

  /** Every file and folder below {@code root}, ordered by their path names ('/' separated). */
  public static List<Path> sortedTree(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      return tree.filter(p -> !p.equals(root))
          // By the entry's name, a folder's with its slash: "ja-en/" before "ja/", as a reader of
          // the zip sorts its entries.
          .sorted((a, b) -> entryName(root, a).compareTo(entryName(root, b)))
          .toList();
    }
  }

  private static String entryName(Path root, Path path) {
    return relativeName(root, path) + (Files.isDirectory(path) ? "/" : "");
  }

  public static String relativeName(Path root, Path path) {
    return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}
