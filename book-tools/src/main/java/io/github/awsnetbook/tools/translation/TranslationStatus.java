package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.translation.SectionState.State;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Classifies every section of a translation against its source: the core of staleness. */
public record TranslationStatus(String lang, List<SectionState> sections) {

  public TranslationStatus {
    sections = List.copyOf(sections);
  }

  /**
   * Source sections in source order, then the translation's orphans in its order. A section the
   * translation has but never marked counts as stale: nobody vouched for its version.
   */
  public static TranslationStatus of(
      Outline source, Outline translation, RecordedFingerprints recorded) {
    List<SectionState> states = new ArrayList<>();
    for (Section section : source.sections()) {
      Optional<Section> translated = translation.section(section.id());
      State state;
      if (translated.isEmpty()) {
        state = State.UNTRANSLATED;
      } else if (Fingerprint.of(section).equals(recorded.bySection().get(section.id()))) {
        state = State.UP_TO_DATE;
      } else {
        state = State.STALE;
      }
      states.add(
          new SectionState(section.id(), section.title(), state, Optional.of(section), translated));
    }
    for (Section section : translation.sections()) {
      if (source.section(section.id()).isEmpty()) {
        states.add(
            new SectionState(
                section.id(),
                section.title(),
                State.ORPHANED,
                Optional.empty(),
                Optional.of(section)));
      }
    }
    return new TranslationStatus(translation.lang(), states);
  }

  public Map<State, Integer> counts() {
    Map<State, Integer> counts = new EnumMap<>(State.class);
    for (State state : State.values()) {
      counts.put(state, 0);
    }
    sections.forEach(section -> counts.merge(section.state(), 1, Integer::sum));
    return counts;
  }

  public List<SectionState> in(State state) {
    return sections.stream().filter(section -> section.state() == state).toList();
  }
}
