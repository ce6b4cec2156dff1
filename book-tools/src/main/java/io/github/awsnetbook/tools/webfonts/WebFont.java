package io.github.awsnetbook.tools.webfonts;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One face of the book's font family as the page declares it in {@code @font-face}: upright, or
 * italic (a Latin face of the same design, for the Latin text that is set in italic).
 */
public record WebFont(String family, int weight, boolean italic, Path source) {

  /** An upright face. */
  public WebFont(String family, int weight, Path source) {
    this(family, weight, false, source);
  }

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
        + "  font-style: "
        + (italic ? "italic" : "normal")
        + ";\n"
        + "  font-weight: "
        + weight
        + ";\n"
        + "  font-display: swap;\n"
        + "  src: "
        + localSources()
        + "url(\""
        + subsetFileName()
        + "\") format(\"truetype\");\n"
        + "}\n";
  }

  /**
   * The reader's own copy of the same typeface first: Noto Sans JP is the Japanese cut of Noto Sans
   * CJK JP, which most Japanese readers have installed (Debian's fonts-noto-cjk). A page laid out
   * first in that installed font and then again in the subset once it came moved a section 30 to 60
   * px down under the reader, so a jump to a section at load (the other locale's link) left the
   * link of the section before it in view; with the installed face there is nothing to swap.
   */
  private String localSources() {
    boolean bold = weight >= 600;
    StringBuilder sources = new StringBuilder();
    for (String name :
        bold
            ? new String[] {
              "Noto Sans JP Bold", "NotoSansJP-Bold", "Noto Sans CJK JP Bold", "NotoSansCJKjp-Bold"
            }
            : new String[] {
              "Noto Sans JP", "NotoSansJP-Regular", "Noto Sans CJK JP", "NotoSansCJKjp-Regular"
            }) {
      sources.append("local(\"").append(name).append("\"), ");
    }
    return family.startsWith("Noto Sans JP") && !italic ? sources.toString() : "";
  }
}
