package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.safety.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The prose of one locale's book: every segment of its AsciiDoc sources and figure labels. */
public record Book(String language, List<Segment> segments) {

  public Book {
    Objects.requireNonNull(language, "language");
    segments = List.copyOf(segments);
  }

  /**
   * The book of {@code language} in the repository's layout: {@code
   * content-<lang>/src/docs/asciidoc/index.adoc} and what it includes, with {@code book-source-dir}
   * set as the build sets it, and {@code figures/figures.properties} of that folder where it
   * exists. Every file is read only if its real path lies inside the repository.
   */
  public static Book load(Path repositoryRoot, String language) {
    Path sources = sourceFolder(repositoryRoot, language);
    List<Segment> segments =
        new ArrayList<>(
            AsciiDocText.read(
                sources.resolve("index.adoc"),
                Map.of("book-source-dir", sources.toString()),
                repositoryRoot));
    Path figures = sources.resolve("figures").resolve("figures.properties");
    if (Files.isRegularFile(figures)) {
      try {
        RepositoryFiles.realPathInside(repositoryRoot, figures);
      } catch (RepositoryFiles.OutsideRepositoryException e) {
        throw new TerminologyException(e.diagnostic(), e);
      }
      segments.addAll(FigureLabels.read(figures));
    }
    return new Book(language, segments);
  }

  /** {@code content-<lang>/src/docs/asciidoc} of the repository. */
  public static Path sourceFolder(Path repositoryRoot, String language) {
    return repositoryRoot
        .resolve("content-" + language)
        .resolve("src/docs/asciidoc")
        .toAbsolutePath()
        .normalize();
  }
}
