package io.github.awsnetbook.tools.terminology;

import java.util.Optional;

/**
 * TBX-Basic's {@code termType}. Acronyms and abbreviations are treated apart: one next to its full
 * form is an introduction, not an inconsistency, and a deprecated one is allowed there.
 */
public enum TermType {
  FULL_FORM("fullForm"),
  ACRONYM("acronym"),
  ABBREVIATION("abbreviation"),
  SHORT_FORM("shortForm"),
  VARIANT("variant"),
  PHRASE("phrase");

  private final String tbxValue;

  TermType(String tbxValue) {
    this.tbxValue = tbxValue;
  }

  public String tbxValue() {
    return tbxValue;
  }

  /** An acronym or an abbreviation: a short form that is introduced next to the full term. */
  public boolean isAbbreviation() {
    return this == ACRONYM || this == ABBREVIATION;
  }

  /** The type a TBX value names, or empty for a value TBX-Basic does not define. */
  public static Optional<TermType> fromTbx(String value) {
    for (TermType type : values()) {
      if (type.tbxValue.equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
