package io.github.awsnetbook.booktests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A copy of the project in a temporary folder, built with the same Maven that runs the tests, so a
 * test can break the content and see what the real build does. The real content is never touched.
 *
 * <p>A copy is cheap: the build's own modules (every module that does not depend on a book, such as
 * book-tools) are not compiled again, since their build outputs are copied with their timestamps
 * and the copy is built with {@code -Dmaven.main.skip -Dmaven.test.skip}; large shared files (the
 * fonts) are hard links, which the build reads but never writes; no test, no install, offline.
 */
final class TempBuild {

  /** Files at least this large outside the locales are hard-linked instead of copied. */
  private static final long LINK_FROM_BYTES = 64 * 1024;

  /** Build outputs of the tool modules that a build without tests does not need. */
  private static final Set<String> UNNEEDED_OUTPUTS =
      Set.of("test-classes", "generated-test-sources", "surefire-reports", "failsafe-reports");

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

  /**
   * Copies the project into {@code folder}: sources, and the build outputs of the tool modules
   * (with their timestamps); not the books' outputs, version control or npm's folder.
   */
  static TempBuild copyOfProject(Path folder) {
    Path source = Book.root();
    Set<Path> toolOutputs = toolModules(source);
    try {
      Files.walkFileTree(
          source,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              if (!dir.equals(source) && skipped(dir, toolOutputs)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Files.createDirectories(folder.resolve(source.relativize(dir).toString()));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Path copy = folder.resolve(source.relativize(file).toString());
              if (attrs.isRegularFile()
                  && attrs.size() >= LINK_FROM_BYTES
                  && !source.relativize(file).toString().startsWith("content-")
                  && !inside(file, toolOutputs)) {
                linkOrCopy(file, copy);
              } else {
                // A symbolic link stays a link, as Git checks it out.
                Files.copy(
                    file, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TempBuild(folder);
  }

  private static boolean skipped(Path dir, Set<Path> toolOutputs) {
    String name = dir.getFileName().toString();
    if (name.startsWith(".git") || name.equals("node_modules")) {
      return true;
    }
    if (toolOutputs.contains(dir.getParent()) && UNNEEDED_OUTPUTS.contains(name)) {
      return true;
    }
    return name.equals("target") && !toolOutputs.contains(dir);
  }

  private static boolean inside(Path file, Set<Path> folders) {
    return folders.stream().anyMatch(file::startsWith);
  }

  /**
   * The target folders of the modules whose outputs a copy can reuse: every module folder of the
   * root whose pom names no book ({@code content-*}). The books and what is made of them (handouts,
   * these tests) are built from the copy's own content.
   */
  private static Set<Path> toolModules(Path root) {
    try (var modules = Files.list(root)) {
      return modules
          .filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
          .filter(dir -> !dir.getFileName().toString().startsWith("content-"))
          .filter(dir -> !read(dir.resolve("pom.xml")).contains("<artifactId>content-"))
          .map(dir -> dir.resolve("target"))
          .filter(Files::isDirectory)
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A hard link shares the file's bytes; across file systems, a copy. */
  private static void linkOrCopy(Path file, Path copy) throws IOException {
    try {
      Files.createLink(copy, file);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  Path root() {
    return root;
  }

  Path resolve(String relative) {
    return root.resolve(relative);
  }

  void write(String relative, String text) {
    write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a new file in place of the old one, so that a hard link is never written through. */
  void write(String relative, byte[] bytes) {
    try {
      Files.deleteIfExists(resolve(relative));
      Files.write(resolve(relative), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String relative) {
    return read(resolve(relative));
  }

  /**
   * Stand-ins for the books of an earlier, good build of {@code langs}, which a failed build must
   * leave; returns their paths.
   */
  List<String> plantLastGoodBooks(List<String> langs) {
    List<String> published = new ArrayList<>();
    for (String lang : langs) {
      for (String output :
          List.of(
              "content-" + lang + "/target/html/" + lang + "/index.html",
              "content-" + lang + "/target/pdf/aws-network-" + lang + ".pdf")) {
        try {
          Files.createDirectories(resolve(output).getParent());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        write(output, "the last good " + output);
        published.add(output);
      }
    }
    return published;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds the given locales ({@code mvn -fae -pl content-LANG,… -am package}): offline, without
   * tests and without compiling the build's own code again. With {@code --fail-at-end} each locale
   * is built even when another fails, so that one build can show several failures.
   */
  Result packageLocales(List<String> langs, String... properties) {
    return packageModules(langs.stream().map(lang -> "content-" + lang).toList(), properties);
  }

  /**
   * Builds the given modules ({@code content-en}, {@code handouts} …) and what they need, as {@link
   * #packageLocales} builds locales.
   */
  Result packageModules(List<String> modules, String... properties) {
    List<String> arguments = new ArrayList<>();
    arguments.addAll(
        List.of(
            "--fail-at-end",
            "-Dmaven.test.skip=true",
            "-Dmaven.main.skip=true",
            "-pl",
            String.join(",", modules),
            "-am",
            "package"));
    arguments.addAll(List.of(properties));
    return maven(arguments.toArray(String[]::new));
  }

  /** Runs Maven in the copy's root folder, in batch mode, offline and quiet about downloads. */
  Result maven(String... arguments) {
    List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-o", "-ntp"));
    command.addAll(List.of(arguments));
    return run(command);
  }

  /** Builds one locale, as {@link #packageLocales} does. */
  Result packageLocale(String lang, String... properties) {
    return packageLocales(List.of(lang), properties);
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
