package io.github.awsnetbook.tools.figures;

import io.github.awsnetbook.tools.publishing.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Command-line entry for the build: renders {@code assets/figures/*.svg} with one locale's labels.
 *
 * <p>Usage: {@code RenderFigures FIGURES_DIR LABELS_FILE LANG OUTPUT_DIR}
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
    if (args.length != 4) {
      err.println("error: usage: RenderFigures FIGURES_DIR LABELS_FILE LANG OUTPUT_DIR");
      return 2;
    }
    Path figuresDir = Path.of(args[0]);
    Labels labels = Labels.load(args[2], Path.of(args[1]));
    Path output = Path.of(args[3]);
    FigureRenderer.Result result = FigureRenderer.render(templates(figuresDir), labels);
    result.problems().forEach(problem -> err.println(problem));
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
        "rendered " + result.svgs().size() + " figures for " + labels.lang() + " into " + output);
    return 0;
  }

  private static List<FigureTemplate> templates(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".svg"))
          .sorted()
          .map(FigureTemplate::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the figures in " + dir, e);
    }
  }
}
