package io.github.awsnetbook.tools.translation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sections of one locale's book, in reading order, the header first, and every file the book
 * reads (the top document first).
 */
public record Outline(String lang, Path folder, List<Section> sections, Set<Path> files) {

  public Outline {
    sections = List.copyOf(sections);
    files = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(files));
  }

  public Optional<Section> section(String id) {
    return sections.stream().filter(section -> section.id().equals(id)).findFirst();
  }

  public List<String> ids() {
    return sections.stream().map(Section::id).toList();
  }
}
