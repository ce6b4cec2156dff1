package io.github.awsnetbook.booktests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A copy of the project in a temporary folder, built with the same Maven that runs the tests, so a
 * test can break the content and see what the real build does. The real content is never touched.
 */
final class TempBuild {

  /** What a build printed and how it ended. */
  record Result(int exitCode, String log, java.time.Duration elapsed) {
    boolean failed() {
      return exitCode != 0;
    }
  }

  private final Path root;

  private TempBuild(Path root) {
    this.root = root;
  }

  /** Copies the project, without build outputs and version control, into {@code folder}. */
  static TempBuild copyOfProject(Path folder) {
    Path source = Book.root();
    try {
      Files.walkFileTree(
          source,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              if (!dir.equals(source)
                  && (name.equals("target")
                      || name.equals("node_modules")
                      || name.startsWith(".git"))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Files.createDirectories(folder.resolve(source.relativize(dir).toString()));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.copy(
                  file,
                  folder.resolve(source.relativize(file).toString()),
                  StandardCopyOption.COPY_ATTRIBUTES);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TempBuild(folder);
  }

  Path root() {
    return root;
  }

  Path resolve(String relative) {
    return root.resolve(relative);
  }

  void write(String relative, String text) {
    try {
      Files.writeString(resolve(relative), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(String relative, byte[] bytes) {
    try {
      Files.write(resolve(relative), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String relative) {
    try {
      return Files.readString(resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds one locale ({@code mvn -pl content-LANG -am package}), offline and without the unit
   * tests, which the real build has already run.
   */
  Result packageLocale(String lang, String... properties) {
    List<String> command = new ArrayList<>();
    command.add(mavenExecutable());
    command.addAll(
        List.of("-B", "-o", "-ntp", "-DskipTests", "-pl", "content-" + lang, "-am", "package"));
    command.addAll(List.of(properties));
    return run(command);
  }

  /** Runs a command in the copy's root folder, with a time limit. */
  Result run(List<String> command) {
    try {
      Path log = Files.createTempFile(root, "build", ".log");
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .directory(root.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "the build of the temporary copy did not end in 10 minutes");
      }
      return new Result(
          process.exitValue(),
          Files.readString(log, StandardCharsets.UTF_8),
          java.time.Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String mavenExecutable() {
    String home = System.getProperty("maven.home");
    return home == null ? "mvn" : Path.of(home, "bin", "mvn").toString();
  }
}
