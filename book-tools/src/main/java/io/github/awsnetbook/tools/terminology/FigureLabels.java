package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.figures.LabelLines;
import java.nio.file.Path;
import java.util.List;

/**
 * The values of a figure label file ({@code figures.properties}: UTF-8 Java properties, keys such
 * as {@code fig-endpoints.title}), one segment per physical line, with their lines.
 *
 * <p>A label's section ID is {@code figure:} and its key: a label is compared with the label of the
 * same key in a translation. The file is read by the figures' own reader ({@link LabelLines}):
 * escapes decoded, the offsets of the segment still pointing into the line as written.
 */
public final class FigureLabels {

  /** What the section ID of a label starts with, before its key. */
  public static final String SECTION_PREFIX = "figure:";

  private FigureLabels() {}

  /** The label values of {@code file}, one segment per physical line, blank lines left out. */
  public static List<Segment> read(Path file) {
    return LabelLines.read(file).stream()
        .filter(line -> !line.value().isBlank())
        .map(
            line ->
                new Segment(
                    line.file(),
                    line.line(),
                    line.raw(),
                    line.value(),
                    line.offsets(),
                    SECTION_PREFIX + line.key()))
        .toList();
  }
}
