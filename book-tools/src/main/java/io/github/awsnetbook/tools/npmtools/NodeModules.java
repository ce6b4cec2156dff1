package io.github.awsnetbook.tools.npmtools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An npm project folder ({@code package-lock.json} beside {@code node_modules}) and whether its
 * installed packages are those its lock file pins.
 */
public record NodeModules(Path folder) {

  static final String LOCK_FILE = "package-lock.json";

  /**
   * Why {@code npm ci} has to run, or empty when every package of the lock file is installed at its
   * locked version (an optional package may be absent: npm leaves out those of another platform).
   */
  public Optional<String> differenceFromLockFile() {
    Path lock = folder.resolve(LOCK_FILE);
    if (!Files.isDirectory(folder.resolve("node_modules"))) {
      return Optional.of(folder.resolve("node_modules") + " does not exist");
    }
    for (Map.Entry<String, JsonNode> locked : read(lock).path("packages").properties()) {
      if (locked.getKey().isEmpty()) {
        continue; // the project itself
      }
      Optional<String> difference = differenceOf(locked.getKey(), locked.getValue());
      if (difference.isPresent()) {
        return difference;
      }
    }
    return Optional.empty();
  }

  private Optional<String> differenceOf(String path, JsonNode locked) {
    Path manifest = folder.resolve(path).resolve("package.json");
    if (!Files.isRegularFile(manifest)) {
      return locked.path("optional").asBoolean(false)
          ? Optional.empty()
          : Optional.of(path + " is not installed");
    }
    String want = locked.path("version").asString("");
    String have = read(manifest).path("version").asString("");
    return want.equals(have)
        ? Optional.empty()
        : Optional.of(path + " is " + have + " where " + LOCK_FILE + " pins " + want);
  }

  private static JsonNode read(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getOriginalMessage(), e);
    }
  }
}
