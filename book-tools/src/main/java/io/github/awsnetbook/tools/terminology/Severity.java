package io.github.awsnetbook.tools.terminology;

/** How bad a finding is: an error fails the build, a warning only when asked to. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String word;

  Severity(String word) {
    this.word = word;
  }

  /** The word of the log line ({@code error}, {@code warning}), also SARIF's {@code level}. */
  public String word() {
    return word;
  }
}
