package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import java.util.List;

/**
 * The checks, their rule IDs in reports ({@code terminology/deprecated-term}) and their severities.
 * The constant names (TERM001...) were the IDs of earlier reports; SARIF keeps them as deprecated
 * IDs of the rules.
 */
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
          + " the other way round; translate it with a term of the termbase."),
  LOOK_ALIKE_TERM(
      Severity.ERROR,
      "look-alike-term",
      "A term of the termbase is written with a letter of another script that looks like its"
          + " own (UTS #39 confusables), which searches, tools and the checks miss; write the term"
          + " in its own letters."),
  MIXED_SCRIPT_WORD(
      Severity.ERROR,
      "mixed-script-word",
      "A word mixes letters of scripts that are not written together in one word, such as Latin"
          + " and Cyrillic (UTS #39, ICU's highly restrictive level); write it in one script. A"
          + " warning in the source.");

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

  /** The ID in log lines and SARIF's {@code ruleId}: {@code terminology/} and the rule's name. */
  public String ruleId() {
    return "terminology/" + ruleName;
  }

  /** The check of a rule ID. */
  public static CheckId ofRule(String ruleId) {
    for (CheckId check : values()) {
      if (check.ruleId().equals(ruleId)) {
        return check;
      }
    }
    throw new IllegalArgumentException("not a terminology rule: " + ruleId);
  }

  /**
   * The ID earlier reports used (TERM001…), for SARIF's {@code deprecatedIds}; none for later
   * rules.
   */
  public List<String> legacyIds() {
    return name().startsWith("TERM") ? List.of(name()) : List.of();
  }

  /** A short name, SARIF's {@code rule.name}. */
  public String ruleName() {
    return ruleName;
  }

  public String description() {
    return description;
  }
}
