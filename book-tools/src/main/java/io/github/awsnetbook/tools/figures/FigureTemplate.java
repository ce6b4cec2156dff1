package io.github.awsnetbook.tools.figures;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.TextPositions;
import io.github.awsnetbook.tools.files.SafeXml;
import io.github.awsnetbook.tools.markup.Markup;
import io.github.awsnetbook.tools.typography.JapaneseLatinBoundaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** A figure's SVG source with label placeholders. */
public record FigureTemplate(String name, Path file, String source) {

  /** A label's key, the whole content of its element: {@code {{on-premises}}}. */
  private static final Pattern KEY = Pattern.compile("\\{\\{([a-z0-9][a-z0-9-]*)\\}\\}");

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]*)\\}\\}");

  /**
   * A text or title element of the template whose whole content is one placeholder: its key, its
   * element, and where its content starts and ends in the source.
   */
  private record Label(String key, Element element, int contentStart, int contentEnd) {}

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
    StringBuilder withoutLabels = new StringBuilder(source);
    List<Label> labels = labels();
    for (int i = labels.size() - 1; i >= 0; i--) {
      withoutLabels.delete(labels.get(i).contentStart(), labels.get(i).contentEnd());
    }
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
    labels().forEach(label -> keys.add(label.key()));
    return keys;
  }

  /** The line where a key is used, for messages. */
  int lineOf(String key) {
    return lineAt(source.indexOf("{{" + key + "}}"));
  }

  /**
   * Replaces every placeholder with its text; a text with line breaks becomes one {@code <tspan>}
   * per line, each starting at the element's x. The rest of the template keeps its bytes as it was
   * drawn; what the labels put in is serialized and escaped by jsoup.
   */
  String render(java.util.function.Function<String, String> textOf) {
    StringBuilder out = new StringBuilder(source);
    List<Label> labels = labels();
    for (int i = labels.size() - 1; i >= 0; i--) {
      Label label = labels.get(i);
      out.replace(
          label.contentStart(),
          label.contentEnd(),
          content(label.element(), textOf.apply(label.key())));
    }
    return out.toString();
  }

  /** The template's labelled elements, in order, parsed by jsoup's XML parser. */
  private List<Label> labels() {
    Document svg = Parser.xmlParser().setTrackPosition(true).parseInput(source, file.toString());
    List<Label> labels = new ArrayList<>();
    for (Element element : svg.select("text, title")) {
      int start = element.sourceRange().endPos();
      int end = element.endSourceRange().startPos();
      if (!element.sourceRange().isTracked() || !element.endSourceRange().isTracked()) {
        continue;
      }
      Matcher key = KEY.matcher(source.substring(start, end));
      if (key.matches() && element.childNodeSize() == 1) {
        labels.add(new Label(key.group(1), element, start, end));
      }
    }
    return labels;
  }

  /**
   * The label's text as the element's content, serialized as XML. A drawn line is spaced as the
   * book's Japanese text is: a quarter em between a Japanese character and a Latin letter or digit
   * (JLREQ 3.2.5), the text after each such boundary a {@code <tspan dx="0.25em">}, so that the
   * labels type no space of their own and the browser and the PDF both draw the same gap.
   */
  private static String content(Element labelled, String text) {
    Document document = Markup.newXml();
    Element holder = document.appendElement(labelled.tagName());
    String[] lines = text.split("\n", -1);
    if (labelled.nameIs("title")) {
      holder.text(text.replace('\n', ' '));
    } else if (lines.length == 1) {
      appendSpaced(holder, text);
    } else {
      String x = labelled.hasAttr("x") ? labelled.attr("x") : "0";
      for (int i = 0; i < lines.length; i++) {
        Element span = holder.appendElement("tspan").attr("x", x);
        if (i > 0) {
          span.attr("dy", "1.25em");
        }
        appendSpaced(span, lines[i]);
      }
    }
    return holder.html();
  }

  /** The quarter em that JLREQ puts between Japanese and Latin, as an SVG length. */
  static final String JAPANESE_LATIN_SPACE = "0.25em";

  private static void appendSpaced(Element line, String text) {
    BitSet boundaries = JapaneseLatinBoundaries.in(text);
    int start = 0;
    for (int at = boundaries.nextSetBit(1); at > 0; at = boundaries.nextSetBit(at + 1)) {
      appendPiece(line, text.substring(start, at), start > 0);
      start = at;
    }
    appendPiece(line, text.substring(start), start > 0);
  }

  private static void appendPiece(Element line, String piece, boolean spaced) {
    if (spaced) {
      line.appendElement("tspan").attr("dx", JAPANESE_LATIN_SPACE).text(piece);
    } else {
      line.appendText(piece);
    }
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
