package io.github.awsnetbook.tools.diagnostics;

import java.util.Collection;

/**
 * Where the checks send what they find: the console of a command-line run, Asciidoctor's logger
 * during a conversion, Maven's log in a plugin goal ({@code severity} maps to error, warn and
 * info), or a list in a test. A check reports; it neither formats nor prints.
 */
@FunctionalInterface
public interface DiagnosticReporter {

  void report(Diagnostic diagnostic);

  /**
   * Reports every diagnostic, in order; of one rule in one file at most {@link
   * PrintLimit#PER_RULE_AND_FILE}, then a note that counts the rest (a reporter that keeps rather
   * than prints overrides this to keep them all).
   */
  default void reportAll(Collection<Diagnostic> diagnostics) {
    PrintLimit.apply(diagnostics).forEach(this::report);
  }
}
