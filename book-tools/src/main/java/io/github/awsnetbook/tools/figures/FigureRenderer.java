package io.github.awsnetbook.tools.figures;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Renders every figure for one locale and reports what is missing or unused. */
public final class FigureRenderer {

  /** The rendered SVG of each figure, by name, and the problems found. */
  public record Result(Map<String, String> svgs, List<Diagnostic> problems) {
    public boolean failed() {
      return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
  }

  /** The rule of a placeholder of a figure with no label in the locale. */
  public static final String MISSING_LABEL = "figures/missing-label";

  /** The rule of a label that no figure uses. */
  public static final String UNUSED_LABEL = "figures/unused-label";

  private FigureRenderer() {}

  public static Result render(List<FigureTemplate> figures, Labels labels) {
    Map<String, String> svgs = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    Set<String> used = new TreeSet<>();
    for (FigureTemplate figure : figures) {
      var malformed = figure.validate();
      if (malformed.isPresent()) {
        problems.add(malformed.get());
        continue;
      }
      List<Diagnostic> missing = new ArrayList<>();
      for (String key : figure.keys()) {
        String qualified = figure.name() + "." + key;
        used.add(qualified);
        if (!labels.texts().containsKey(qualified)) {
          missing.add(
              new Diagnostic(
                  Severity.ERROR,
                  labels.file(),
                  1,
                  1,
                  "figure "
                      + figure.name()
                      + " ("
                      + figure.file().getFileName()
                      + ":"
                      + figure.lineOf(key)
                      + ") has no label '"
                      + key
                      + "' in locale "
                      + labels.lang()
                      + "; add the line: "
                      + qualified
                      + " = <text in "
                      + labels.lang()
                      + ">",
                  MISSING_LABEL,
                  null));
        }
      }
      problems.addAll(missing);
      if (missing.isEmpty()) {
        svgs.put(
            figure.name(), figure.render(key -> labels.texts().get(figure.name() + "." + key)));
      }
    }
    for (String key : labels.texts().keySet()) {
      if (!used.contains(key)) {
        problems.add(
            new Diagnostic(
                Severity.WARNING,
                labels.file(),
                labels.lineOf(key),
                1,
                "label '" + key + "' is used by no figure; remove it, or check its figure and key",
                UNUSED_LABEL,
                null));
      }
    }
    return new Result(svgs, problems);
  }
}
