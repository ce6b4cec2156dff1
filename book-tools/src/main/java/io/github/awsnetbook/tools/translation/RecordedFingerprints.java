package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.files.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a translation says it was translated from: for each section ID, the fingerprint of the
 * source section at the time a translator marked it. Kept in the translation's own folder, in a
 * file only the mark command writes.
 */
public record RecordedFingerprints(Path file, Map<String, String> bySection) {

  public static final String FILE_NAME = "translated-from.properties";

  private static final String HEADER =
      """
      # Which version of each source section this translation was made from: the fingerprint of
      # the source section's text when a translator last marked the section as translated.
      # Written by the mark command (README, "For translators"); do not edit it by hand.
      """;

  public RecordedFingerprints {
    bySection = Map.copyOf(bySection);
  }

  public static RecordedFingerprints in(Path localeFolder) {
    Path file = localeFolder.resolve(FILE_NAME);
    Map<String, String> fingerprints = new TreeMap<>();
    if (Files.isRegularFile(file)) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      properties
          .stringPropertyNames()
          .forEach(id -> fingerprints.put(id, properties.getProperty(id).strip()));
    }
    return new RecordedFingerprints(file, fingerprints);
  }

  public RecordedFingerprints with(Map<String, String> marked) {
    Map<String, String> updated = new TreeMap<>(bySection);
    updated.putAll(marked);
    return new RecordedFingerprints(file, updated);
  }

  /** Writes the file sorted by ID, with no date, so that marking twice changes nothing. */
  public void save() {
    StringBuilder text = new StringBuilder(HEADER);
    new TreeMap<>(bySection)
        .forEach(
            (id, fingerprint) -> text.append(id).append(" = ").append(fingerprint).append('\n'));
    try {
      AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
