package io.github.awsnetbook.tools.pipeline;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.publishing.FinishedPage;
import java.util.List;
import java.util.Optional;

/**
 * What one step found ({@code problems}), what it tells the reader of the log after them ({@code
 * notes}: summaries, what was written), and whether the book may go on ({@code passed}: no error,
 * and for the terminology step no warning when warnings fail), and the page it finished, for a step
 * that finishes one in place (the preview's publish step, whose page the preview prints on request:
 * from that document, never from the written file read again).
 */
public record StepOutcome(
    List<Diagnostic> problems, List<String> notes, boolean passed, Optional<FinishedPage> page) {

  public StepOutcome {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** An outcome that passes unless a problem is an error. */
  static StepOutcome of(List<Diagnostic> problems, String... notes) {
    return new StepOutcome(
        problems,
        List.of(notes),
        problems.stream().noneMatch(Diagnostic::isError),
        Optional.empty());
  }

  /** The outcome of a step that finished {@code page} and found nothing. */
  static StepOutcome finished(FinishedPage page) {
    return new StepOutcome(List.of(), List.of(), true, Optional.of(page));
  }

  /** The outcome of a step that stopped at one problem (a file out of the repository, …). */
  static StepOutcome refused(Diagnostic problem) {
    return new StepOutcome(List.of(problem), List.of(), false, Optional.empty());
  }
}
