package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;

/** The checks, their IDs in reports and their severities. */
public enum CheckId {
  TERM001(
      Severity.ERROR,
      "deprecated-term",
      "A deprecated term is used; write the preferred term of the termbase instead."),
  TERM002(
      Severity.WARNING,
      "inconsistent-admitted-forms",
      "Two admitted forms of one concept are used in one book; write one of them, best the"
          + " preferred term."),
  TERM003(
      Severity.ERROR,
      "concept-missing-in-translation",
      "A concept of a section of the source has no term in the same section of a translation, or"
          + " the other way round; translate it with a term of the termbase.");

  private final Severity severity;
  private final String ruleName;
  private final String description;

  CheckId(Severity severity, String ruleName, String description) {
    this.severity = severity;
    this.ruleName = ruleName;
    this.description = description;
  }

  public Severity severity() {
    return severity;
  }

  /** A short name, SARIF's {@code rule.name}. */
  public String ruleName() {
    return ruleName;
  }

  public String description() {
    return description;
  }
}
