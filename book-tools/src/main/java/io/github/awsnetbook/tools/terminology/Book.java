package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The prose of one locale's book: its paragraphs (each a list of segments, one per source line)
 * from the AsciiDoc sources and the figure labels.
 */
public record Book(String language, List<List<Segment>> paragraphs) {

  public Book {
    Objects.requireNonNull(language, "language");
    paragraphs = paragraphs.stream().map(List::copyOf).toList();
  }

  /** Every segment, in reading order. */
  public List<Segment> segments() {
    return paragraphs.stream().flatMap(List::stream).toList();
  }

  /**
   * The book of {@code language} in the repository's layout: {@code
   * content-<lang>/src/docs/asciidoc/index.adoc} and what it includes, read through {@code models}
   * (each book parsed once) with {@code book-source-dir} set as the build sets it ({@link
   * SourceModel}), and {@code figures/figures.properties} of that folder where it exists. Every
   * file is read only if its real path lies inside the repository.
   *
   * @throws TerminologyException where Asciidoctor reports an error while reading the sources (a
   *     missing include, includes nested too deep, a link out of the repository)
   */
  public static Book load(SourceModels models, Path repositoryRoot, String language) {
    Path root = repositoryRoot.toAbsolutePath().normalize();
    Path sources = sourceFolder(root, language);
    List<List<Segment>> paragraphs =
        new ArrayList<>(
            paragraphs(
                models,
                root,
                sources.resolve("index.adoc"),
                Map.of("book-source-dir", sources.toString())));
    Path figures = sources.resolve("figures").resolve("figures.properties");
    if (Files.isRegularFile(figures)) {
      try {
        RepositoryFiles.realPathInside(root, figures);
      } catch (RepositoryFiles.OutsideRepositoryException e) {
        throw new TerminologyException(e.diagnostic(), e);
      }
      paragraphs.addAll(labels(FigureLabels.read(figures)));
    }
    return new Book(language, paragraphs);
  }

  /**
   * The prose paragraphs of {@code document} and what it includes, read through {@code models} in
   * the jail {@code root}; an error Asciidoctor reports while reading (a missing include, includes
   * nested too deep, a link out of the repository) is thrown with its place.
   */
  static List<List<Segment>> paragraphs(
      SourceModels models, Path root, Path document, Map<String, Object> attributes) {
    SourceModel model = models.load(root, document, attributes);
    for (SourceModel.Message message : model.messages()) {
      if (message.isError()) {
        throw new TerminologyException(message.diagnostic(root));
      }
    }
    return BookProse.of(model);
  }

  /** A label continued onto the next line ({@code \}) is one paragraph. */
  private static List<List<Segment>> labels(List<Segment> segments) {
    List<List<Segment>> labels = new ArrayList<>();
    Segment previous = null;
    for (Segment segment : segments) {
      boolean continues =
          previous != null
              && previous.sectionId().equals(segment.sectionId())
              && previous.line() + 1 == segment.line();
      if (!continues) {
        labels.add(new ArrayList<>());
      }
      labels.get(labels.size() - 1).add(segment);
      previous = segment;
    }
    return labels;
  }

  /** {@code content-<lang>/src/docs/asciidoc} of the repository. */
  public static Path sourceFolder(Path repositoryRoot, String language) {
    return BookLayout.sourceDirOf(repositoryRoot, language).toAbsolutePath().normalize();
  }
}
