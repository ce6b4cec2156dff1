package io.github.awsnetbook.tools.safety;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build's first step in every content module: the locale's source files are within bounds and
 * valid UTF-8, every XML file the build reads has no DOCTYPE, and a translation adds no raw HTML,
 * script URL or page resource that its source does not have.
 *
 * <p>Usage: {@code CheckSources ROOT LANG SOURCE_LANG [SHARED_DIR…]}; the locale's files are {@code
 * ROOT/content-LANG/src/docs/asciidoc}.
 */
public final class CheckSources {

  private CheckSources() {}

  public static void main(String[] args) {
    if (run(args, System.out, System.err) != 0) {
      throw new IllegalStateException("the sources have errors; see the messages above");
    }
  }

  /** Checks and returns an exit code: 0, 1 when a file has an error, 2 on a usage error. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 3) {
      err.println("error: usage: CheckSources ROOT LANG SOURCE_LANG [SHARED_DIR...]");
      return 2;
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    String lang = args[1];
    String sourceLang = args[2];
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files = filesUnder(localeDir(root, lang));
    files.forEach(file -> problems.addAll(checkFile(file)));
    for (int i = 3; i < args.length; i++) {
      filesUnder(Path.of(args[i])).stream()
          .filter(CheckSources::isXml)
          .forEach(file -> SafeXml.check(file, read(file)).ifPresent(problems::add));
    }
    if (!lang.equals(sourceLang) && problems.stream().noneMatch(Diagnostic::isError)) {
      problems.addAll(
          RawContent.notInSource(
              rawItems(files),
              rawItems(filesUnder(localeDir(root, sourceLang))),
              "content-" + sourceLang));
    }
    problems.forEach(problem -> err.println(relative(root, problem)));
    long errors = problems.stream().filter(Diagnostic::isError).count();
    out.println(
        "checked "
            + files.size()
            + " source files of content-"
            + lang
            + ": "
            + errors
            + (errors == 1 ? " error" : " errors"));
    return errors == 0 ? 0 : 1;
  }

  private static Path localeDir(Path root, String lang) {
    return root.resolve("content-" + lang).resolve("src/docs/asciidoc");
  }

  private static List<Diagnostic> checkFile(Path file) {
    List<Diagnostic> problems = new ArrayList<>();
    try {
      InputLimits.checkSize(file, Files.size(file)).ifPresent(problems::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    byte[] bytes = readBytes(file);
    if (isXml(file)) {
      problems.addAll(InputLimits.check(file, bytes));
      if (problems.isEmpty()) {
        SafeXml.check(file, new String(bytes, StandardCharsets.UTF_8)).ifPresent(problems::add);
      }
    } else if (isText(file)) {
      problems.addAll(InputLimits.check(file, bytes));
    }
    return problems;
  }

  private static List<RawContent.Item> rawItems(List<Path> files) {
    List<RawContent.Item> items = new ArrayList<>();
    files.stream()
        .filter(file -> file.toString().endsWith(".adoc"))
        .forEach(file -> items.addAll(RawContent.scan(file, read(file))));
    return items;
  }

  private static boolean isXml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".svg") || name.endsWith(".xml") || name.endsWith(".tbx");
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".adoc")
        || name.endsWith(".properties")
        || name.endsWith(".csv")
        || name.endsWith(".txt");
  }

  private static Diagnostic relative(Path root, Diagnostic problem) {
    return new Diagnostic(
        problem.severity(),
        Places.relative(root, problem.file()),
        problem.line(),
        problem.column(),
        problem.message());
  }

  private static List<Path> filesUnder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String read(Path file) {
    return new String(readBytes(file), StandardCharsets.UTF_8);
  }
}
