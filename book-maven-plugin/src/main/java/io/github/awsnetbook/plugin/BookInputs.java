package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.incremental.FileHashes;
import io.github.awsnetbook.tools.incremental.InputDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * Everything a locale's book is made from, for the up-to-date check: every locale's module (a
 * translation follows the source, and each book links to the others), the figures and images, the
 * theme, the termbase, the root pom, the build's own code (this plugin and book-tools, which change
 * between builds without a version change), and the settings that change what a step writes.
 */
final class BookInputs {

  private BookInputs() {}

  static InputDigest digest(
      Path root, PluginDescriptor plugin, Map<String, String> settings, FileHashes hashes)
      throws IOException {
    List<Path> inputs = new ArrayList<>(contentModules(root));
    inputs.addAll(
        List.of(
            root.resolve("pom.xml"),
            root.resolve("assets"),
            root.resolve("theme"),
            root.resolve("terminology")));
    Map<String, String> all = new TreeMap<>(settings);
    if (plugin != null) {
      for (Artifact artifact : plugin.getArtifacts()) {
        if (artifact.isSnapshot() && artifact.getFile() != null) {
          inputs.add(artifact.getFile().toPath());
        } else {
          all.put("artifact " + artifact.getId(), "");
        }
      }
      if (plugin.getPluginArtifact() != null && plugin.getPluginArtifact().getFile() != null) {
        inputs.add(plugin.getPluginArtifact().getFile().toPath());
      }
    }
    return InputDigest.of(root, inputs, all, hashes);
  }

  private static List<Path> contentModules(Path root) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(child -> child.getFileName().toString().startsWith("content-"))
          .filter(Files::isDirectory)
          .sorted()
          .toList();
    }
  }
}
