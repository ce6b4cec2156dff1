package io.github.awsnetbook.tools.figures;

import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticReporter;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.publishing.AtomicFiles;
import io.github.awsnetbook.tools.safety.RepositoryFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Command-line entry for the build: renders {@code assets/figures/*.svg} with one locale's labels.
 *
 * <p>Usage: {@code RenderFigures FIGURES_DIR LABELS_FILE LANG OUTPUT_DIR [ROOT]}; with ROOT, the
 * repository every file read must really lie in, and the folder that the paths of messages are
 * relative to (without ROOT, the current folder).
 */
public final class RenderFigures {

  private RenderFigures() {}

  public static void main(String[] args) {
    if (run(args, System.out, System.err) != 0) {
      throw new IllegalStateException("the figures have errors; see the messages above");
    }
  }

  /** Renders and returns an exit code: 0, or 1 when a figure or label has an error. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 4 && args.length != 5) {
      err.println("error: usage: RenderFigures FIGURES_DIR LABELS_FILE LANG OUTPUT_DIR [ROOT]");
      return 2;
    }
    Path figuresDir = Path.of(args[0]);
    Path labelsFile = Path.of(args[1]);
    Path shownFrom = args.length == 5 ? Path.of(args[4]) : Path.of("");
    DiagnosticReporter reporter = new ConsoleReporter(shownFrom, err);
    List<Diagnostic> outside = outsideTheRepository(args, figuresDir, labelsFile);
    if (!outside.isEmpty()) {
      reporter.reportAll(outside);
      return 1;
    }
    Labels labels = Labels.load(args[2], labelsFile);
    Path output = Path.of(args[3]);
    FigureRenderer.Result result = FigureRenderer.render(templates(figuresDir), labels);
    reporter.reportAll(result.problems());
    if (result.failed()) {
      return 1;
    }
    try {
      for (Map.Entry<String, String> svg : result.svgs().entrySet()) {
        AtomicFiles.write(
            output.resolve(svg.getKey() + ".svg"), svg.getValue().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(
        "rendered "
            + result.svgs().size()
            + " figures for "
            + labels.lang()
            + " into "
            + Places.shown(shownFrom, output));
    return 0;
  }

  /**
   * The figures and the label file, each of which must really lie (links followed) inside the
   * repository ROOT; without ROOT, inside the folder it is named in.
   */
  private static List<Diagnostic> outsideTheRepository(
      String[] args, Path figuresDir, Path labelsFile) {
    Path root = args.length == 5 ? Path.of(args[4]).toAbsolutePath().normalize() : null;
    List<Diagnostic> problems = new ArrayList<>();
    for (Path template : svgFiles(figuresDir)) {
      RepositoryFiles.checkInside(root != null ? root : figuresDir, template)
          .ifPresent(problems::add);
    }
    RepositoryFiles.checkInside(
            root != null ? root : labelsFile.toAbsolutePath().getParent(), labelsFile)
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
