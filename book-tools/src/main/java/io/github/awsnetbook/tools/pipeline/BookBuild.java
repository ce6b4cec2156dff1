package io.github.awsnetbook.tools.pipeline;

import io.github.awsnetbook.tools.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One locale's book built: {@code target/staging} emptied (an earlier failed build leaks nothing
 * into this one), then the steps of {@link BookStep#build()} in their order, up to the first that
 * does not pass. The book's Maven goal runs this, and so do the tests that build a copy of the
 * project in their own JVM: what they find is what the Maven build does, without starting one.
 */
public final class BookBuild {

  private BookBuild() {}

  /** What the build tells its caller around each step: the log, the printer's readiness. */
  public interface Listener {

    /** Before {@code step} runs (the Maven build readies the printer before the publish step). */
    default void starting(BookStep step) {}

    /** What {@code step} found; called for every step that ran, the failing one too. */
    void finished(BookStep step, StepOutcome outcome);
  }

  /**
   * Runs every step of the build; returns the step that stopped the book, if one did. A file that
   * cannot be read or written stops it as a broken build: {@link java.io.UncheckedIOException}, or
   * {@link IOException} for the staging folder.
   */
  public static Optional<BookStep> run(StepRun run, Listener listener) throws IOException {
    return run(run, BookStep.build(), listener);
  }

  /**
   * Runs {@code steps} (a prefix of {@link BookStep#build()}: a test that checks what the steps
   * before the page find stops there); returns the step that stopped the book, if one did.
   */
  public static Optional<BookStep> run(StepRun run, List<BookStep> steps, Listener listener)
      throws IOException {
    Path staging = run.layout().stagingDir();
    if (Files.exists(staging)) {
      AtomicFiles.deleteTree(staging);
    }
    for (BookStep step : steps) {
      listener.starting(step);
      StepOutcome outcome = step.run(run);
      listener.finished(step, outcome);
      if (!outcome.passed()) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }
}
