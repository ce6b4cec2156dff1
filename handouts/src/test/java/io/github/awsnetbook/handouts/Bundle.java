package io.github.awsnetbook.handouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The handout bundle the build assembled, and the tools the tests need, named by the build. */
record Bundle(Path folder, Path zip, Path nodeModules, Path screenshots, List<String> locales) {

  static Bundle built() {
    return new Bundle(
        Path.of(property("handouts.folder")),
        Path.of(property("handouts.zip")),
        Path.of(property("handouts.node.modules")),
        Path.of(property("handouts.screenshots")),
        Arrays.stream(property("book.locales").split("\\s+")).toList());
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("run through Maven (mvn verify): " + name + " is not set");
    }
    return value;
  }

  /**
   * The folders of the parallel editions, one per translation beside the source (the first locale):
   * {@code ja-en}.
   */
  List<String> parallelEditions() {
    return locales.stream().skip(1).map(lang -> locales.get(0) + "-" + lang).toList();
  }

  /** Every HTML page of the bundle, by path: the landing page and each locale's book. */
  List<Path> pages() {
    return files(".html");
  }

  List<Path> stylesheets() {
    return files(".css");
  }

  List<Path> files(String suffix) {
    try (Stream<Path> tree = Files.walk(folder)) {
      return tree.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file of an npm package the tests run, which {@code mvn verify} installs before the tests
   * ({@code npm ci}); a missing one fails the test with the command that installs it (it is never
   * skipped).
   */
  Path npmFile(String relative) {
    Path file = nodeModules.resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "missing "
              + file
              + "; mvn verify installs the test tools before the tests (npm ci in "
              + nodeModules.getParent()
              + "); run the tests through it (Node.js and npm: apt-get install nodejs npm)");
    }
    return file;
  }
}
