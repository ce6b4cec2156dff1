package io.github.awsnetbook.tools.fuzzing;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.awsnetbook.tools.asciidoc.InlineTokens;
import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.safety.ImageTargets;
import io.github.awsnetbook.tools.safety.InputLimits;
import io.github.awsnetbook.tools.safety.RawContent;
import io.github.awsnetbook.tools.typography.InvisibleCharacters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The source checks that read a chapter's text before Asciidoctor does (package {@code safety}: the
 * input limits, invisible characters, raw content against the source's, image targets; the inline
 * tokenizer every check shares), and the console's rendering of what they find, fuzzed without
 * Asciidoctor: hundreds of inputs a second where {@link SourcesFuzzTest}, which converts every
 * input, builds one or two. Same contract: no exception, at most {@value
 * SourcesFuzzTest#TIME_LIMIT_SECONDS} s of processor time, every problem at a place, no stack trace
 * printed, nothing written outside {@code target/}. Its seeds are {@link SourcesFuzzTest}'s
 * regression corpus; its own corpus, {@code ChapterTextFuzzTestInputs/aChapterText/}, holds what it
 * found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChapterTextFuzzTest {

  private static final String CHAPTER = BookUnderFuzz.CHAPTER;

  private Path root;
  private Map<String, String> tree;
  private List<RawContent.Item> sourceItems;
  private FuzzTally tally;

  @BeforeAll
  void copyTheSourcesItReads() throws IOException {
    Path repository = SourcesFuzzTest.repository();
    root = Path.of("target/fuzz/text-work").toAbsolutePath();
    for (String folder : List.of("assets/images", "assets/figures", "content-ja/src", CHAPTER)) {
      BookUnderFuzz.copyTree(repository.resolve(folder), root.resolve(folder));
    }
    Path source = root.resolve("content-ja/src/docs/asciidoc/chapters/_article-0003.adoc");
    sourceItems = RawContent.scan(source, Files.readString(source));
    tree = BookUnderFuzz.treeOutsideTarget(root);
    boolean fuzzing = !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();
    tally =
        new FuzzTally(
            Path.of("target/fuzz")
                .toAbsolutePath()
                .resolve(fuzzing ? "report-text.txt" : "regression-report-text.txt"),
            fuzzing ? "fuzzing the chapter's text" : "regression corpus of the chapter's text",
            false);
  }

  @AfterAll
  void report() {
    System.out.println(tally.write());
  }

  /** The whole regression corpus of {@link SourcesFuzzTest}, each file one seed. */
  static Stream<Arguments> seeds() throws IOException, URISyntaxException {
    Path corpus =
        Path.of(
            ChapterTextFuzzTest.class
                .getResource("SourcesFuzzTestInputs/aTranslatedChapter")
                .toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.sorted().toList();
    }
    return files.stream().map(file -> Arguments.of((Object) read(file)));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "chapter.dict")
  void aChapterText(byte[] chapter) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Path file = root.resolve(CHAPTER);
    Files.write(file, chapter);
    List<Diagnostic> problems;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      problems = check(file, chapter);
      new ConsoleReporter(root, new PrintStream(printed, true, StandardCharsets.UTF_8))
          .reportAll(problems);
    } catch (RuntimeException | Error crash) {
      fail(FuzzTally.Kind.CRASH, chapter, start, "the checks threw " + crash, crash);
      return;
    }
    long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    if (cpu > SourcesFuzzTest.TIME_LIMIT_SECONDS * 1_000_000_000L) {
      fail(FuzzTally.Kind.HANG, chapter, start, "the checks used " + cpu / 1_000_000 + " ms", null);
      return;
    }
    List<String> broken =
        problems.stream()
            .filter(problem -> !FuzzContract.hasAPlace(root, problem.relativeTo(root)))
            .map(Diagnostic::toString)
            .toList();
    if (!broken.isEmpty()) {
      fail(FuzzTally.Kind.NO_PLACE, chapter, start, "problems without a place: " + broken, null);
      return;
    }
    Optional<String> trace = FuzzContract.stackTrace(printed.toString(StandardCharsets.UTF_8));
    if (trace.isPresent()) {
      fail(FuzzTally.Kind.STACK_TRACE, chapter, start, "a stack trace: " + trace.get(), null);
      return;
    }
    Map<String, String> now = BookUnderFuzz.treeOutsideTarget(root);
    now.put(CHAPTER, tree.get(CHAPTER));
    if (!now.equals(tree)) {
      fail(FuzzTally.Kind.WRITE_OUTSIDE_TARGET, chapter, start, "files changed: " + now, null);
      return;
    }
    tally.built(
        chapter,
        new BookUnderFuzz.Outcome(problems, false, Map.of()),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * What {@code CheckSources} finds in one chapter of a translation before Asciidoctor reads it,
   * with the same rules, and the inline tokens of each line.
   */
  private List<Diagnostic> check(Path file, byte[] bytes) {
    List<Diagnostic> problems = new ArrayList<>(InputLimits.check(file, bytes));
    if (!problems.isEmpty()) {
      return problems;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (InvisibleCharacters.Found found : InvisibleCharacters.scan(text)) {
      problems.add(
          Diagnostic.warning(file, found.line(), found.column(), found.label())
              .withRule("safety/invisible-character"));
    }
    List<RawContent.Item> items = RawContent.scan(file, text);
    problems.addAll(ImageTargets.check(root, items));
    problems.addAll(RawContent.notInSource(items, sourceItems, "content-ja"));
    text.lines().forEach(InlineTokens::of);
    return problems;
  }

  private void fail(FuzzTally.Kind kind, byte[] chapter, long start, String what, Throwable cause) {
    String detail = what;
    if (cause != null) {
      ByteArrayOutputStream trace = new ByteArrayOutputStream();
      cause.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
      detail = what + "\n" + trace.toString(StandardCharsets.UTF_8);
    }
    tally.found(kind, chapter, detail, (System.nanoTime() - start) / 1_000_000);
    if (cause instanceof RuntimeException unchecked) {
      throw unchecked;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new AssertionError(kind + ": " + what);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
