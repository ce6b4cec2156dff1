package io.github.awsnetbook.tools.figures;

import java.io.IOException;
import java.io.StringReader;
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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
   * Checks that the source is well-formed XML without a DOCTYPE, and that every placeholder is
   * the whole content of a text or title element. Returns the first problem, if any.
   */
  public Optional<FigureProblem> validate() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(source));
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.DTD) {
          return Optional.of(error(reader.getLocation().getLineNumber(),
              reader.getLocation().getColumnNumber(),
              "a figure may not have a DOCTYPE; remove it"));
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNumber();
      int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNumber();
      return Optional.of(error(line, column, "malformed SVG: " + e.getMessage()
          .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "")
          + "; fix the markup"));
    }
    String withoutLabels = LABELLED.matcher(source).replaceAll("");
    Matcher stray = PLACEHOLDER.matcher(withoutLabels);
    if (stray.find()) {
      int at = source.indexOf(stray.group());
      return Optional.of(error(lineAt(at), columnAt(at), "placeholder " + stray.group()
          + " must be the whole text of a <text> or <title> element, with a key of a-z, 0-9 and -"));
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
   * Replaces every placeholder with its text, escaped; a text with line breaks becomes one
   * {@code <tspan>} per line, each starting at the element's x.
   */
  String render(java.util.function.Function<String, String> textOf) {
    Matcher labelled = LABELLED.matcher(source);
    StringBuilder out = new StringBuilder();
    while (labelled.find()) {
      String element = labelled.group(1);
      String attributes = labelled.group(2);
      String text = textOf.apply(labelled.group(3));
      labelled.appendReplacement(out, Matcher.quoteReplacement(
          "<" + element + attributes + ">" + content(element, attributes, text) + "</" + element + ">"));
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
      spans.add("<tspan x=\"" + xValue + "\"" + (i == 0 ? "" : " dy=\"1.25em\"") + ">"
          + escape(lines[i]) + "</tspan>");
    }
    return String.join("", spans);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private FigureProblem error(int line, int column, String message) {
    return new FigureProblem(FigureProblem.Severity.ERROR, file, line, column, message);
  }

  private int lineAt(int index) {
    return (int) source.substring(0, Math.max(index, 0)).chars().filter(c -> c == '\n').count() + 1;
  }

  private int columnAt(int index) {
    return index - source.lastIndexOf('\n', index - 1);
  }
}
