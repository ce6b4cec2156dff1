package io.github.awsnetbook.tools.figures;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.TextPositions;
import io.github.awsnetbook.tools.files.SafeXml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A figure's SVG source with label placeholders. */
public record FigureTemplate(String name, Path file, String source) {

  /** A text or title element whose whole content is one placeholder. */
  static final Pattern LABELLED =
      Pattern.compile("<(text|title)\\b([^>]*)>\\{\\{([a-z0-9][a-z0-9-]*)\\}\\}</\\1>");

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]*)\\}\\}");

  public static FigureTemplate load(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.svg$", "");
    try {
      return new FigureTemplate(name, file, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the figure " + file, e);
    }
  }

  /**
   * Checks that the source is well-formed XML without a DOCTYPE, and that every placeholder is the
   * whole content of a text or title element. Returns the first problem, if any.
   */
  public Optional<Diagnostic> validate() {
    Optional<Diagnostic> malformed = SafeXml.check(file, source);
    if (malformed.isPresent()) {
      return malformed;
    }
    String withoutLabels = LABELLED.matcher(source).replaceAll("");
    Matcher stray = PLACEHOLDER.matcher(withoutLabels);
    if (stray.find()) {
      int at = source.indexOf(stray.group());
      return Optional.of(
          error(
                  lineAt(at),
                  columnAt(at),
                  "placeholder "
                      + stray.group()
                      + " must be the whole text of a <text> or <title> element, with a key of a-z,"
                      + " 0-9 and -")
              .withRule("figures/stray-placeholder"));
    }
    return Optional.empty();
  }

  /** The label keys the figure uses, in order of appearance. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    Matcher labelled = LABELLED.matcher(source);
    while (labelled.find()) {
      keys.add(labelled.group(3));
    }
    return keys;
  }

  /** The line where a key is used, for messages. */
  int lineOf(String key) {
    return lineAt(source.indexOf("{{" + key + "}}"));
  }

  /**
   * Replaces every placeholder with its text, escaped; a text with line breaks becomes one {@code
   * <tspan>} per line, each starting at the element's x.
   */
  String render(java.util.function.Function<String, String> textOf) {
    Matcher labelled = LABELLED.matcher(source);
    StringBuilder out = new StringBuilder();
    while (labelled.find()) {
      String element = labelled.group(1);
      String attributes = labelled.group(2);
      String text = textOf.apply(labelled.group(3));
      labelled.appendReplacement(
          out,
          Matcher.quoteReplacement(
              "<"
                  + element
                  + attributes
                  + ">"
                  + content(element, attributes, text)
                  + "</"
                  + element
                  + ">"));
    }
    return labelled.appendTail(out).toString();
  }

  private static String content(String element, String attributes, String text) {
    String[] lines = text.split("\n", -1);
    if (element.equals("title") || lines.length == 1) {
      return escape(text.replace('\n', ' '));
    }
    Matcher x = Pattern.compile("\\bx=\"([^\"]*)\"").matcher(attributes);
    String xValue = x.find() ? x.group(1) : "0";
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      spans.add(
          "<tspan x=\""
              + xValue
              + "\""
              + (i == 0 ? "" : " dy=\"1.25em\"")
              + ">"
              + escape(lines[i])
              + "</tspan>");
    }
    return String.join("", spans);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private Diagnostic error(int line, int column, String message) {
    return Diagnostic.error(file, line, column, message);
  }

  private int lineAt(int index) {
    return new TextPositions(source).lineAt(index);
  }

  private int columnAt(int index) {
    return new TextPositions(source).columnAt(index);
  }
}
