package io.github.awsnetbook.tools.terminology;

import java.util.Optional;

/** TBX-Basic's administrative status of a term: whether to write it. */
public enum TermStatus {
  PREFERRED("preferredTerm-admn-sts"),
  ADMITTED("admittedTerm-admn-sts"),
  DEPRECATED("deprecatedTerm-admn-sts");

  private final String tbxValue;

  TermStatus(String tbxValue) {
    this.tbxValue = tbxValue;
  }

  /** The value of {@code <termNote type="administrativeStatus">}. */
  public String tbxValue() {
    return tbxValue;
  }

  /** The status a TBX value names, or empty for a value TBX-Basic does not define. */
  public static Optional<TermStatus> fromTbx(String value) {
    for (TermStatus status : values()) {
      if (status.tbxValue.equals(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
