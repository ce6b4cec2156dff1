package io.github.awsnetbook.tools.translation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The sections of one locale's book, in reading order, the header first. */
public record Outline(String lang, Path folder, List<Section> sections) {

  public Outline {
    sections = List.copyOf(sections);
  }

  public Optional<Section> section(String id) {
    return sections.stream().filter(section -> section.id().equals(id)).findFirst();
  }

  public List<String> ids() {
    return sections.stream().map(Section::id).toList();
  }
}
