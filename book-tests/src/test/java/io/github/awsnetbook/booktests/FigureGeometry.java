package io.github.awsnetbook.booktests;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The geometry of a rendered figure, as a reader sees it: each line of text as the box the book's
 * font gives it, and each drawn path (lines, polylines, curves, arrowheads) as segments with the
 * width of its stroke. Text widths come from Noto Sans JP's advance widths, the font both the page
 * and the PDF draw the figures with; the box of a line is its em box (ascent 0.88 em, descent 0.12
 * em), which holds every glyph of the font.
 */
final class FigureGeometry {

  /** One line of text: its words, its size in SVG units, and its box. */
  record Label(String text, double size, Rectangle2D box) {}

  /** One drawn path: its element, its colour, the width of its stroke and its segments. */
  record Stroke(Element element, String colour, double width, List<Line2D> segments) {

    boolean hasClass(String name) {
      for (Element e = element; e != null && !e.tagName().equals("svg"); e = e.parent()) {
        if (e.hasClass(name)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the stroke, with its width, touches a box. */
    boolean touches(Rectangle2D box) {
      double half = width / 2;
      Rectangle2D grown =
          new Rectangle2D.Double(
              box.getX() - half,
              box.getY() - half,
              box.getWidth() + width,
              box.getHeight() + width);
      return segments.stream().anyMatch(segment -> segment.intersects(grown));
    }

    List<Point2D> points() {
      List<Point2D> points = new ArrayList<>();
      segments.forEach(
          segment -> {
            points.add(segment.getP1());
            points.add(segment.getP2());
          });
      return points;
    }
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Pattern PATH_COMMAND = Pattern.compile("[MLCZmlcz]|-?\\d+(?:\\.\\d+)?");

  private final TrueTypeFont regular;
  private final TrueTypeFont bold;

  private FigureGeometry(TrueTypeFont regular, TrueTypeFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** The geometry with the book's own fonts, from theme/fonts. */
  static FigureGeometry withBookFonts() {
    Path fonts = Book.root().resolve("theme/fonts");
    return new FigureGeometry(
        font(fonts.resolve("NotoSansJP-Regular.ttf")), font(fonts.resolve("NotoSansJP-Bold.ttf")));
  }

  private static TrueTypeFont font(Path file) {
    try {
      return new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The width of the view box, in SVG units. */
  static double viewBoxWidth(Document svg) {
    String[] box = svg.selectFirst("svg").attr("viewBox").trim().split("[\\s,]+");
    return Double.parseDouble(box[2]);
  }

  /**
   * One drawn line of a text element: its characters, and the ems its pieces are moved apart by
   * (the quarter ems the renderer puts between Japanese and Latin, {@code <tspan dx="0.25em">}).
   */
  record DrawnLine(String text, double spacingEms) {}

  /**
   * The lines of a text element as the renderer writes them: one per {@code <tspan x>}, or the
   * element's whole text; the spaced pieces inside a line are read as part of it.
   */
  static List<DrawnLine> lines(Element text) {
    List<Element> lines = text.select("> tspan[x]");
    if (lines.isEmpty()) {
      lines = List.of(text);
    }
    List<DrawnLine> drawn = new ArrayList<>();
    for (Element line : lines) {
      double ems = 0;
      for (Element piece : line.select("tspan[dx]")) {
        String dx = piece.attr("dx");
        ems += dx.endsWith("em") ? Double.parseDouble(dx.substring(0, dx.length() - 2)) : 0;
      }
      drawn.add(new DrawnLine(line.wholeText(), ems));
    }
    return drawn;
  }

  /** Every line of text the figure draws (its title is not drawn). */
  List<Label> labels(Document svg) {
    List<Label> labels = new ArrayList<>();
    for (Element text : svg.select("text")) {
      double size = Double.parseDouble(inherited(text, "font-size", "16"));
      TrueTypeFont font = inherited(text, "font-weight", "normal").equals("bold") ? bold : regular;
      String anchor = inherited(text, "text-anchor", "start");
      double x = Double.parseDouble(text.attr("x"));
      double y = Double.parseDouble(text.attr("y"));
      List<DrawnLine> lines = lines(text);
      for (int i = 0; i < lines.size(); i++) {
        // The renderer sets each further line 1.25 em below the one before.
        double baseline = y + i * 1.25 * size;
        double width = (advance(font, lines.get(i).text()) + lines.get(i).spacingEms()) * size;
        double left =
            switch (anchor) {
              case "middle" -> x - width / 2;
              case "end" -> x - width;
              default -> x;
            };
        labels.add(
            new Label(
                lines.get(i).text(),
                size,
                new Rectangle2D.Double(left, baseline - 0.88 * size, width, size)));
      }
    }
    return labels;
  }

  /** Every line, polyline, path and polygon the figure draws, with its stroke. */
  List<Stroke> strokes(Document svg) {
    List<Stroke> strokes = new ArrayList<>();
    for (Element shape : svg.select("line, polyline, path, polygon")) {
      String stroke = inherited(shape, "stroke", "none");
      boolean filled = shape.tagName().equals("polygon");
      if (!filled && stroke.equals("none")) {
        continue;
      }
      double width = filled ? 0 : Double.parseDouble(inherited(shape, "stroke-width", "1"));
      String colour = filled ? inherited(shape, "fill", "#000000") : stroke;
      strokes.add(
          new Stroke(
              shape, colour.toUpperCase(Locale.ROOT), width, segments(shape.tagName(), shape)));
    }
    return strokes;
  }

  /** The rectangles the figure draws, each with its element. */
  static List<Element> rects(Document svg, String className) {
    return svg.select("rect." + className);
  }

  static Rectangle2D box(Element rect) {
    return new Rectangle2D.Double(
        Double.parseDouble(rect.attr("x")),
        Double.parseDouble(rect.attr("y")),
        Double.parseDouble(rect.attr("width")),
        Double.parseDouble(rect.attr("height")));
  }

  private static List<Line2D> segments(String tag, Element shape) {
    Path2D.Double path = new Path2D.Double();
    switch (tag) {
      case "line" -> {
        path.moveTo(number(shape, "x1"), number(shape, "y1"));
        path.lineTo(number(shape, "x2"), number(shape, "y2"));
      }
      case "polyline", "polygon" -> {
        List<Double> values = numbers(shape.attr("points"));
        path.moveTo(values.get(0), values.get(1));
        for (int i = 2; i + 1 < values.size(); i += 2) {
          path.lineTo(values.get(i), values.get(i + 1));
        }
        if (tag.equals("polygon")) {
          path.closePath();
        }
      }
      default -> followPathData(path, shape.attr("d"));
    }
    return flatten(path);
  }

  /** The absolute M, L, C and Z commands the figures use. */
  private static void followPathData(Path2D.Double path, String data) {
    Matcher token = PATH_COMMAND.matcher(data);
    List<String> tokens = new ArrayList<>();
    while (token.find()) {
      tokens.add(token.group());
    }
    String command = "M";
    for (int i = 0; i < tokens.size(); ) {
      if (Character.isLetter(tokens.get(i).charAt(0))) {
        command = tokens.get(i++);
        if (!command.equals(command.toUpperCase(Locale.ROOT))) {
          throw new AssertionError("relative path commands are not drawn by the figures: " + data);
        }
        if (command.equals("Z")) {
          path.closePath();
          continue;
        }
      }
      double[] v = new double[command.equals("C") ? 6 : 2];
      for (int k = 0; k < v.length; k++) {
        v[k] = Double.parseDouble(tokens.get(i++));
      }
      switch (command) {
        case "M" -> {
          path.moveTo(v[0], v[1]);
          command = "L";
        }
        case "L" -> path.lineTo(v[0], v[1]);
        default -> path.curveTo(v[0], v[1], v[2], v[3], v[4], v[5]);
      }
    }
  }

  private static List<Line2D> flatten(Path2D path) {
    List<Line2D> segments = new ArrayList<>();
    double[] c = new double[6];
    double startX = 0;
    double startY = 0;
    double lastX = 0;
    double lastY = 0;
    for (PathIterator it = path.getPathIterator(null, 0.25); !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> {
          startX = lastX = c[0];
          startY = lastY = c[1];
        }
        case PathIterator.SEG_LINETO -> {
          segments.add(new Line2D.Double(lastX, lastY, c[0], c[1]));
          lastX = c[0];
          lastY = c[1];
        }
        default -> {
          segments.add(new Line2D.Double(lastX, lastY, startX, startY));
          lastX = startX;
          lastY = startY;
        }
      }
    }
    return segments;
  }

  /** The advance of a line of text, in em. */
  private static double advance(TrueTypeFont font, String text) {
    try {
      var cmap = font.getUnicodeCmapLookup();
      double units = 0;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        units += font.getAdvanceWidth(cmap.getGlyphId(codePoint));
        i += Character.charCount(codePoint);
      }
      return units / font.getUnitsPerEm();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An attribute of the element or of the nearest ancestor that sets it. */
  private static String inherited(Element element, String attribute, String fallback) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr(attribute)) {
        return e.attr(attribute);
      }
    }
    return fallback;
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.attr(attribute));
  }

  private static List<Double> numbers(String text) {
    List<Double> values = new ArrayList<>();
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      values.add(Double.parseDouble(number.group()));
    }
    return values;
  }

  /** CIE L* of an sRGB colour written #RRGGBB: the lightness it keeps when printed in grey. */
  static double lightness(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    double y =
        0.2126 * linear((rgb >> 16) & 0xFF)
            + 0.7152 * linear((rgb >> 8) & 0xFF)
            + 0.0722 * linear(rgb & 0xFF);
    double f = y > 216.0 / 24389 ? Math.cbrt(y) : (24389.0 / 27 * y + 16) / 116;
    return 116 * f - 16;
  }

  /** The WCAG contrast ratio of an sRGB colour against white paper. */
  static double contrastOnWhite(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    double y =
        0.2126 * linear((rgb >> 16) & 0xFF)
            + 0.7152 * linear((rgb >> 8) & 0xFF)
            + 0.0722 * linear(rgb & 0xFF);
    return 1.05 / (y + 0.05);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
