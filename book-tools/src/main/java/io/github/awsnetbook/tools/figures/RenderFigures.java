package io.github.awsnetbook.tools.figures;

import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import java.io.IOException;
import java.io.PrintStream;
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
 * <p>The build calls {@link #render(Request)}; {@link #run} is the same given as command-line
 * arguments, {@code FIGURES_DIR LABELS_FILE LANG OUTPUT_DIR [ROOT]}.
 *
 * <p>With ROOT, the paths of messages are relative to it (without ROOT, to the current folder).
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

  /** Renders and returns an exit code: 0, or 1 when a figure or label has an error. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 4 && args.length != 5) {
      err.println("error: usage: RenderFigures FIGURES_DIR LABELS_FILE LANG OUTPUT_DIR [ROOT]");
      return 2;
    }
    Request request =
        new Request(
            Path.of(args[0]),
            Path.of(args[1]),
            args[2],
            Path.of(args[3]),
            Optional.ofNullable(args.length == 5 ? Path.of(args[4]) : null));
    Outcome outcome = render(request);
    new ConsoleReporter(request.root().orElse(Path.of("")), err).reportAll(outcome.problems());
    if (outcome.failed()) {
      return 1;
    }
    out.println(summary(request, outcome));
    return 0;
  }

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

  private static String summary(Request request, Outcome outcome) {
    return "rendered "
        + outcome.rendered()
        + " figures for "
        + request.lang()
        + " into "
        + Places.shown(request.root().orElse(Path.of("")), request.outputDir());
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
