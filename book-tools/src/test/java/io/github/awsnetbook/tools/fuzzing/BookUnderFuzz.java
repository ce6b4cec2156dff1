package io.github.awsnetbook.tools.fuzzing;

import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.conversion.Converter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import io.github.awsnetbook.tools.figures.RenderFigures;
import io.github.awsnetbook.tools.printing.PrintRequest;
import io.github.awsnetbook.tools.safety.CheckSources;
import io.github.awsnetbook.tools.terminology.TerminologyCheck;
import io.github.awsnetbook.tools.translation.TranslationCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;

/**
 * A temporary copy of the repository whose English chapter the fuzzer rewrites, built as the live
 * preview builds a save: the source checks first, and only on sources they let through (as in the
 * build and the preview) translation parity, terminology and the conversion on a warm Asciidoctor
 * with the build's options ({@code conversion.BookConversion}), all reading the book through one
 * {@link SourceModels}. As in the preview, each later step runs whatever the others found, so each
 * must cope with anything the source checks let through; the conversion runs even where parity or
 * terminology refuse the book, which the build would not reach, so that the fuzzer tries the parser
 * and the extensions on more than well-formed translations.
 *
 * <p>Everything the build writes goes to the copy's {@code target/} folders; {@link
 * #writtenOutsideTarget()} lists any other change.
 */
final class BookUnderFuzz {

  /** The translated chapter the fuzzer's input replaces. */
  static final String CHAPTER = "content-en/src/docs/asciidoc/chapters/_article-0003.adoc";

  /**
   * What one build of an input gave: every problem, whether the conversion ran, and the
   * milliseconds of each step.
   */
  record Outcome(List<Diagnostic> problems, boolean converted, Map<String, Long> millis) {}

  private final Path root;
  private final BookLayout layout;
  private final Converter converter;
  private final SourceModels models;
  private final Map<Path, byte[]> generated;
  private final Map<String, String> sourceTree;
  private long builds;
  private volatile String step = "";

  private BookUnderFuzz(Path root, Asciidoctor asciidoctor) {
    this.root = root;
    this.layout =
        new BookLayout(root, "en", "ja", List.of("ja", "en"), root.resolve("content-en/target"));
    this.converter = new Converter(asciidoctor);
    this.models = new SourceModels(asciidoctor);
    renderFigures();
    build(read(root.resolve(CHAPTER)));
    // The glossary and notices of the real chapter, put back before each input: a conversion
    // depends on its own input only, not on what the checks of the input before it wrote.
    this.generated = new TreeMap<>();
    for (Path file : List.of(layout.glossary(), layout.translationNotices())) {
      generated.put(file, read(file));
    }
    this.sourceTree = treeOutsideTarget(root);
  }

  /**
   * Copies the book's sources of {@code repository} (both locales, assets, theme without its fonts,
   * the termbase) into {@code copy} and builds the real chapter once there.
   */
  static BookUnderFuzz copyOf(Path repository, Path copy, Asciidoctor asciidoctor) {
    for (String folder :
        List.of("content-ja/src", "content-en/src", "assets", "theme", "terminology", "pom.xml")) {
      copyTree(repository.resolve(folder), copy.resolve(folder));
    }
    return new BookUnderFuzz(copy.toAbsolutePath().normalize(), asciidoctor);
  }

  Path root() {
    return root;
  }

  /** The step that runs, or ran last: where a crash or a hang happened. */
  String step() {
    return step;
  }

  /** Builds the real chapter {@code runs} times, as the preview warms up before the first save. */
  void warmUp(int runs) {
    byte[] chapter = read(root.resolve(CHAPTER));
    for (int run = 0; run < runs; run++) {
      build(chapter);
    }
  }

  /** Writes {@code chapter} over the English chapter and builds the book. */
  Outcome build(byte[] chapter) {
    Path file = root.resolve(CHAPTER);
    try {
      if (generated != null) {
        for (Map.Entry<Path, byte[]> output : generated.entrySet()) {
          Files.write(output.getKey(), output.getValue());
        }
      }
      Files.write(file, chapter);
      // Each input a new modification time: the source models notice a change of the file even
      // when two inputs have the same size within the file system's clock tick.
      Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L + ++builds * 1000));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the input into " + file, e);
    }
    Map<String, Long> millis = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    List<Diagnostic> sources = timed("check-sources", millis, this::checkSources);
    problems.addAll(sources);
    boolean readable = sources.stream().noneMatch(Diagnostic::isError);
    if (readable) {
      problems.addAll(timed("translation", millis, this::checkTranslation));
      problems.addAll(timed("terminology", millis, this::checkTerminology));
      problems.addAll(timed("conversion", millis, this::convert));
    }
    return new Outcome(
        problems.stream().map(problem -> problem.relativeTo(root)).toList(), readable, millis);
  }

  /**
   * The files outside every {@code target/} folder that differ from the copy as it was made (added,
   * changed or deleted), but for the chapter the fuzzer writes; empty when the build wrote only
   * into {@code target/}.
   */
  List<String> writtenOutsideTarget() {
    Map<String, String> now = treeOutsideTarget(root);
    now.remove(CHAPTER);
    Map<String, String> before = new TreeMap<>(sourceTree);
    before.remove(CHAPTER);
    List<String> changed = new ArrayList<>();
    for (String path : before.keySet()) {
      if (!before.get(path).equals(now.get(path))) {
        changed.add(now.containsKey(path) ? "changed " + path : "deleted " + path);
      }
    }
    now.keySet().stream()
        .filter(path -> !before.containsKey(path))
        .forEach(path -> changed.add("added " + path));
    return changed;
  }

  /**
   * Every file under {@code root} outside its {@code target/} folders, by relative path, with its
   * size and modification time.
   */
  static Map<String, String> treeOutsideTarget(Path root) {
    Map<String, String> files = new TreeMap<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              return name.equals("target") || name.equals("node_modules") || name.equals(".git")
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              files.put(
                  root.relativize(file).toString().replace('\\', '/'),
                  attributes.size() + "@" + attributes.lastModifiedTime());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    return files;
  }

  /**
   * A step's findings, and its time into {@code millis}; a check that stops at a problem reports it
   * as its one finding.
   */
  private List<Diagnostic> timed(
      String name, Map<String, Long> millis, Supplier<List<Diagnostic>> work) {
    step = name;
    long start = System.nanoTime();
    try {
      return work.get();
    } catch (DiagnosticException stopped) {
      return List.of(stopped.diagnostic());
    } finally {
      millis.put(name, (System.nanoTime() - start) / 1_000_000);
    }
  }

  private List<Diagnostic> convert() {
    return converter.convertHtml(layout, layout.buildDir().resolve("staging/html")).problems();
  }

  private List<Diagnostic> checkSources() {
    return CheckSources.check(
            new CheckSources.Request(
                root,
                layout.lang(),
                layout.sourceLang(),
                // The build also checks the XML files and links of the shared folders (assets,
                // theme, termbase) here; no input changes them, so the fuzzer leaves them out.
                List.of()),
            models)
        .problems();
  }

  private List<Diagnostic> checkTranslation() {
    return TranslationCheck.check(
        new TranslationCheck.Request(
            root,
            layout.lang(),
            layout.sourceLang(),
            layout.translationNotices().getParent(),
            PrintRequest.pdfName("aws-network-{lang}.pdf", layout.sourceLang()),
            "",
            false),
        info -> {},
        models);
  }

  private List<Diagnostic> checkTerminology() {
    return TerminologyCheck.check(
            new TerminologyCheck.Request(
                root,
                layout.termbase(),
                layout.sourceLang(),
                layout.locales(),
                layout.glossary().getParent(),
                false,
                ULocale.forLocale(Locale.ROOT),
                layout.lang()),
            models)
        .findings();
  }

  /** The figures and images the conversion finds beside the page, as the build copies them. */
  private void renderFigures() {
    RenderFigures.render(
        new RenderFigures.Request(
            layout.assetsDir().resolve("figures"),
            layout.sourceDir().resolve("figures/figures.properties"),
            layout.lang(),
            layout.figuresDir(),
            Optional.of(root)));
    Path html = layout.buildDir().resolve("staging/html");
    copyTree(layout.assetsDir().resolve("images"), html.resolve("images"));
    copyTree(layout.figuresDir(), html.resolve("images"));
    copyTree(layout.themeDir().resolve("html/css"), html.resolve("css"));
  }

  /**
   * Copies a file or a folder's files; the theme's fonts are left out (no step here reads them).
   */
  static void copyTree(Path from, Path to) {
    if (!Files.exists(from)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(
                  file -> !file.toString().endsWith(".ttf") && !file.toString().endsWith(".otf"))
              .filter(file -> !from.relativize(file).toString().startsWith("target"))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + from, e);
    }
    try {
      for (Path file : files) {
        Path target = Files.isDirectory(from) ? to.resolve(from.relativize(file).toString()) : to;
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
