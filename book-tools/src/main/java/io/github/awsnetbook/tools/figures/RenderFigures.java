package io.github.awsnetbook.tools.figures;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build's figures step: renders {@code assets/figures/*.svg} with one locale's labels.
 *
 * <p>The build and the preview call {@link #render(Request)}; its problems name files as they are,
 * and the caller's reporter shows them relative to the repository.
 */
public final class RenderFigures {

  /**
   * The figure templates, the locale's labels, and where the figures go; every file read must
   * really lie (links followed) inside {@code root}, or, without one, inside the folder it is named
   * in.
   */
  public record Request(
      Path figuresDir, Path labelsFile, String lang, Path outputDir, Optional<Path> root) {

    public Request {
      root = root.map(dir -> dir.toAbsolutePath().normalize());
    }
  }

  /** The problems found, and how many figures were written (none when a problem is an error). */
  public record Outcome(List<Diagnostic> problems, int rendered) {

    public Outcome {
      problems = List.copyOf(problems);
    }

    public boolean failed() {
      return problems.stream().anyMatch(Diagnostic::isError);
    }
  }

  private RenderFigures() {}

  /**
   * Renders every figure and writes them, unless a figure or label has an error; a file that cannot
   * be read or written throws {@link UncheckedIOException}.
   */
  public static Outcome render(Request request) {
    List<Diagnostic> outside = outsideTheRepository(request);
    if (!outside.isEmpty()) {
      return new Outcome(outside, 0);
    }
    Labels labels = Labels.load(request.lang(), request.labelsFile());
    FigureRenderer.Result result = FigureRenderer.render(templates(request.figuresDir()), labels);
    if (result.failed()) {
      return new Outcome(result.problems(), 0);
    }
    try {
      for (Map.Entry<String, String> svg : result.svgs().entrySet()) {
        AtomicFiles.write(
            request.outputDir().resolve(svg.getKey() + ".svg"),
            svg.getValue().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Outcome(result.problems(), result.svgs().size());
  }

  private static List<Diagnostic> outsideTheRepository(Request request) {
    Path labelsFile = request.labelsFile();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path template : svgFiles(request.figuresDir())) {
      RepositoryFiles.checkInside(request.root().orElse(request.figuresDir()), template)
          .ifPresent(problems::add);
    }
    RepositoryFiles.checkInside(
            request.root().orElse(labelsFile.toAbsolutePath().getParent()), labelsFile)
        .ifPresent(problems::add);
    return problems;
  }

  private static List<FigureTemplate> templates(Path dir) {
    return svgFiles(dir).stream().map(FigureTemplate::load).toList();
  }

  private static List<Path> svgFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the figures in " + dir, e);
    }
  }
}
