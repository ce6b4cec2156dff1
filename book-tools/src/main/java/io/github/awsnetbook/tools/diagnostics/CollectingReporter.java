package io.github.awsnetbook.tools.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Keeps what is reported, in order, for a test or a caller that decides later what to print. */
public final class CollectingReporter implements DiagnosticReporter {

  private final List<Diagnostic> reported = new ArrayList<>();

  @Override
  public void report(Diagnostic diagnostic) {
    reported.add(diagnostic);
  }

  /** Keeps every one: a collecting reporter prints nothing, so nothing is left out. */
  @Override
  public void reportAll(Collection<Diagnostic> diagnostics) {
    reported.addAll(diagnostics);
  }

  public List<Diagnostic> all() {
    return List.copyOf(reported);
  }

  public List<Diagnostic> errors() {
    return reported.stream().filter(Diagnostic::isError).toList();
  }

  /** The one-line forms, {@code path:line:column: severity: message [rule-id]}. */
  public List<String> lines() {
    return reported.stream().map(Diagnostic::toString).toList();
  }
}
