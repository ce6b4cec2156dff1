package io.github.awsnetbook.tools.webfonts;

import java.nio.file.Path;
import java.util.Objects;

/** One face of the book's font family as the page declares it in {@code @font-face}. */
public record WebFont(String family, int weight, Path source) {

  public WebFont {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(source, "source");
    if (family.isBlank() || family.contains("\"")) {
      throw new IllegalArgumentException("unusable font family name: " + family);
    }
    if (weight < 1 || weight > 1000) {
      throw new IllegalArgumentException("font weight out of range: " + weight);
    }
  }

  /** The file name of the subset, next to the page in {@code fonts/}. */
  public String subsetFileName() {
    String name = source.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot < 0 ? name : name.substring(0, dot)) + ".subset.ttf";
  }

  String fontFaceRule() {
    return "@font-face {\n"
        + "  font-family: \""
        + family
        + "\";\n"
        + "  font-style: normal;\n"
        + "  font-weight: "
        + weight
        + ";\n"
        + "  font-display: swap;\n"
        + "  src: url(\""
        + subsetFileName()
        + "\") format(\"truetype\");\n"
        + "}\n";
  }
}
