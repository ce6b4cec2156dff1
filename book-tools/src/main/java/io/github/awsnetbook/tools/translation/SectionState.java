package io.github.awsnetbook.tools.translation;

import java.util.Optional;

/** Where one section of one translation stands against its source. */
public record SectionState(
    String id, String title, State state, Optional<Section> source, Optional<Section> translation) {

  /** The four states a translated section can be in. */
  public enum State {
    UP_TO_DATE("up-to-date"),
    STALE("stale"),
    UNTRANSLATED("untranslated"),
    ORPHANED("orphaned");

    private final String key;

    State(String key) {
      this.key = key;
    }

    /** The name used in reports and in the notices file. */
    public String key() {
      return key;
    }
  }
}
