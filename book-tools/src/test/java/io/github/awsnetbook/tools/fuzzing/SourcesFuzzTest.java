package io.github.awsnetbook.tools.fuzzing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.files.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fuzz test of what a translator's sources go through: the English chapter of a temporary copy
 * of the repository replaced by the input, then the source checks, translation parity, terminology
 * and the conversion ({@link BookUnderFuzz}). Whatever the input, the build must end within {@value
 * #TIME_LIMIT_SECONDS} s, throw nothing, print no stack trace, report every problem as a {@link
 * Diagnostic} at a place (a file of the copy and a line), and write only into {@code target/}
 * folders (of the copy; the repository itself is never touched).
 *
 * <p>{@code mvn verify} runs it on its regression corpus, {@code
 * src/test/resources/io/github/awsnetbook/tools/fuzzing/SourcesFuzzTestInputs/aTranslatedChapter/}:
 * the real chapters, the typography stress document, hostile snippets and every input a fuzzing run
 * found. {@code mvn -pl book-tools -Pfuzz test -Dfuzz.duration=10m} fuzzes it with Jazzer (README,
 * Fuzzing), starting from that corpus with the dictionary {@code chapter.dict} (delimiters,
 * nesting, attributes, includes, IDs; invisible, bidi and look-alike letters).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesFuzzTest {

  static final int TIME_LIMIT_SECONDS = 10;

  static final int WALL_LIMIT_SECONDS = 120;

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private BookUnderFuzz book;
  private FuzzTally tally;
  private ExecutorService builder;
  private Future<BookUnderFuzz.Outcome> lastBuild;
  private volatile Thread buildThread;
  private Path repository;
  private Map<String, String> repositoryTree;

  @BeforeAll
  void copyTheRepository() throws Exception {
    repository = repository();
    repositoryTree = sourcesOf(repository);
    Path work = Path.of("target/fuzz/work").toAbsolutePath();
    if (Files.exists(work)) {
      AtomicFiles.deleteTree(work);
    }
    book = BookUnderFuzz.copyOf(repository, work, ASCIIDOCTOR.get());
    boolean fuzzing = !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();
    tally =
        new FuzzTally(
            Path.of("target/fuzz")
                .toAbsolutePath()
                .resolve(fuzzing ? "report.txt" : "regression-report.txt"),
            fuzzing ? "fuzzing" : "regression corpus",
            !fuzzing);
    builder =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "book-under-fuzz");
              thread.setDaemon(true);
              buildThread = thread;
              return thread;
            });
    // As the preview does before the first save: JRuby compiles Asciidoctor's hot code only after
    // a few runs, and the time limit is for the build, not for warming the JVM.
    builder.submit(() -> book.warmUp(fuzzing ? 3 : 0)).get();
  }

  @AfterAll
  void reportAndCheckTheRepository() {
    builder.shutdownNow();
    System.out.println(tally.write());
    assertEquals(
        repositoryTree,
        sourcesOf(repository),
        "the fuzz test changed the repository's sources; it must write into target/ only");
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "chapter.dict")
  void aTranslatedChapter(byte[] chapter) throws Exception {
    awaitAHungBuild();
    long start = System.nanoTime();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    BookUnderFuzz.Outcome outcome;
    System.setOut(capture);
    System.setErr(capture);
    Future<BookUnderFuzz.Outcome> building = builder.submit(() -> book.build(chapter));
    lastBuild = building;
    try {
      outcome = awaitWithinTheTimeLimit(building);
    } catch (TimeoutException hang) {
      fail(
          FuzzTally.Kind.HANG,
          chapter,
          start,
          hang.getMessage() + " in " + book.step() + "; where it was:\n" + whereTheBuildIs(),
          null);
      return;
    } catch (ExecutionException crash) {
      fail(
          FuzzTally.Kind.CRASH,
          chapter,
          start,
          book.step() + " threw " + crash.getCause(),
          crash.getCause());
      return;
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    List<String> broken = new ArrayList<>();
    for (Diagnostic problem : outcome.problems()) {
      if (!FuzzContract.hasAPlace(book.root(), problem)) {
        broken.add(problem.toString());
      }
    }
    if (!broken.isEmpty()) {
      fail(FuzzTally.Kind.NO_PLACE, chapter, start, "problems without a place: " + broken, null);
      return;
    }
    String messages =
        String.join("\n", outcome.problems().stream().map(Diagnostic::toString).toList())
            + "\n"
            + printed.toString(StandardCharsets.UTF_8);
    Optional<String> trace = FuzzContract.stackTrace(messages);
    if (trace.isPresent()) {
      fail(FuzzTally.Kind.STACK_TRACE, chapter, start, "a stack trace: " + trace.get(), null);
      return;
    }
    List<String> written = book.writtenOutsideTarget();
    if (!written.isEmpty() || !repositoryTree.equals(sourcesOf(repository))) {
      fail(
          FuzzTally.Kind.WRITE_OUTSIDE_TARGET,
          chapter,
          start,
          "written outside target/: " + (written.isEmpty() ? "the repository's sources" : written),
          null);
      return;
    }
    tally.built(chapter, outcome, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The build's outcome, once it ends within the time limit: {@value #TIME_LIMIT_SECONDS} s of the
   * processor time of the thread that builds, so that a machine busy with other work does not turn
   * a slow build into a hang, or {@value #WALL_LIMIT_SECONDS} s of wall time (a build that waits
   * for ever uses no processor time).
   */
  private BookUnderFuzz.Outcome awaitWithinTheTimeLimit(Future<BookUnderFuzz.Outcome> building)
      throws InterruptedException, ExecutionException, TimeoutException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuAtStart = threads.getThreadCpuTime(buildThread.getId());
    long wallStart = System.nanoTime();
    while (true) {
      try {
        return building.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillBuilding) {
        long cpu = threads.getThreadCpuTime(buildThread.getId()) - cpuAtStart;
        if (cpu > TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS)) {
          throw new TimeoutException(
              "the build used over " + TIME_LIMIT_SECONDS + " s of processor time");
        }
        if (System.nanoTime() - wallStart > TimeUnit.SECONDS.toNanos(WALL_LIMIT_SECONDS)) {
          throw new TimeoutException("the build took over " + WALL_LIMIT_SECONDS + " s");
        }
      }
    }
  }

  /**
   * Waits for the build of an earlier input that went over the time limit to end, so that each
   * input's time is its own. One that does not end within a minute more never will (a file that
   * includes itself twice was read 2^64 times): its thread cannot be stopped and holds the one
   * Asciidoctor, so the run ends here, with its report, instead of failing every later input.
   */
  private void awaitAHungBuild() throws InterruptedException {
    if (lastBuild == null || lastBuild.isDone()) {
      return;
    }
    try {
      lastBuild.get(1, TimeUnit.MINUTES);
    } catch (ExecutionException | TimeoutException ended) {
      // The hang is the earlier input's finding.
    }
    if (!lastBuild.isDone()) {
      String report = tally.write();
      System.err.println(
          report + "the build of the last hang never ends: the run stops (its input is above)");
      Runtime.getRuntime().halt(3);
    }
  }

  /** The stack of the thread that builds, at the time limit: where a hang is. */
  private static String whereTheBuildIs() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(thread -> thread.getKey().getName().equals("book-under-fuzz"))
        .flatMap(thread -> java.util.Arrays.stream(thread.getValue()))
        .filter(
            frame ->
                !frame.getClassName().startsWith("org.jruby.runtime")
                    && !frame.getClassName().startsWith("org.jruby.ir.interpreter")
                    && !frame.getClassName().startsWith("org.jruby.internal"))
        .limit(40)
        .map(frame -> "  " + frame)
        .reduce((a, b) -> a + "\n" + b)
        .orElse("(not running)");
  }

  private void fail(FuzzTally.Kind kind, byte[] chapter, long start, String what, Throwable cause) {
    long millis = (System.nanoTime() - start) / 1_000_000;
    String detail = what;
    if (cause != null) {
      ByteArrayOutputStream trace = new ByteArrayOutputStream();
      cause.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
      detail = what + "\n" + trace.toString(StandardCharsets.UTF_8);
    }
    tally.found(kind, chapter, detail, millis);
    // The exception itself, so that Jazzer tells distinct crashes apart by their stacks.
    if (cause instanceof RuntimeException unchecked) {
      throw unchecked;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new AssertionError(kind + ": " + what, cause);
  }

  /** The repository's sources (content, assets, theme, termbase) with sizes and times. */
  private static Map<String, String> sourcesOf(Path repository) {
    Map<String, String> tree = new java.util.TreeMap<>();
    for (String folder : List.of("content-ja", "content-en", "assets", "theme", "terminology")) {
      BookUnderFuzz.treeOutsideTarget(repository.resolve(folder))
          .forEach((path, state) -> tree.put(folder + "/" + path, state));
    }
    return tree;
  }

  static Path repository() {
    String configured = System.getProperty("book.root");
    return (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
  }
}
