package io.github.awsnetbook.booktests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every glyph a page draws, artifacts included (running heads, page numbers), with where it stands
 * (from the top of the page), its size, its font and its fill colour; and the page's lines, glyphs
 * grouped by baseline.
 */
final class PageGlyphs {

  /** A4 portrait, and the type area the stylesheet's {@code @page} margins leave (22/20 mm). */
  static final float PAGE_HEIGHT = 841.89f;

  static final float TYPE_TOP = 62.36f;
  static final float TYPE_BOTTOM = PAGE_HEIGHT - 56.69f;

  /** One glyph: its text, left and right edges, baseline, size in points, font, fill as RGB. */
  record Glyph(
      String text, float left, float right, float baseline, float size, String font, int rgb) {}

  /** One line: the glyphs on one baseline, left to right. */
  record Line(float baseline, List<Glyph> glyphs) {
    String text() {
      StringBuilder text = new StringBuilder();
      Glyph previous = null;
      for (Glyph glyph : glyphs) {
        if (previous != null && glyph.left() - previous.right() > previous.size() * 0.2f) {
          text.append(' ');
        }
        text.append(glyph.text());
        previous = glyph;
      }
      return text.toString().strip();
    }

    float left() {
      return glyphs.get(0).left();
    }

    float right() {
      return glyphs.get(glyphs.size() - 1).right();
    }

    boolean inTypeArea() {
      return baseline > TYPE_TOP && baseline < TYPE_BOTTOM + 2;
    }
  }

  private PageGlyphs() {}

  /** The glyphs of page {@code page} (1-based). */
  static List<Glyph> of(PDDocument pdf, int page) {
    List<Glyph> glyphs = new ArrayList<>();
    try {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            {
              // The text stripper follows no colour operators of its own.
              addOperator(new SetNonStrokingColorSpace(this));
              addOperator(new SetNonStrokingColor(this));
              addOperator(new SetNonStrokingColorN(this));
              addOperator(new SetNonStrokingDeviceRGBColor(this));
              addOperator(new SetNonStrokingDeviceGrayColor(this));
              addOperator(new SetNonStrokingDeviceCMYKColor(this));
            }

            @Override
            protected void processTextPosition(TextPosition text) {
              int rgb;
              try {
                rgb = getGraphicsState().getNonStrokingColor().toRGB();
              } catch (IOException | UnsupportedOperationException e) {
                rgb = -1;
              }
              glyphs.add(
                  new Glyph(
                      text.getUnicode(),
                      text.getXDirAdj(),
                      text.getXDirAdj() + text.getWidthDirAdj(),
                      text.getYDirAdj(),
                      text.getXScale(),
                      text.getFont().getName(),
                      rgb));
            }
          };
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return glyphs;
  }

  /** The lines of page {@code page}, top to bottom. */
  static List<Line> lines(PDDocument pdf, int page) {
    List<Glyph> glyphs = new ArrayList<>(of(pdf, page));
    glyphs.removeIf(glyph -> glyph.text().isBlank());
    glyphs.sort(Comparator.comparing(Glyph::baseline));
    List<Line> lines = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    for (Glyph glyph : glyphs) {
      if (!line.isEmpty() && glyph.baseline() - line.get(0).baseline() > 1.5f) {
        lines.add(line(line));
        line = new ArrayList<>();
      }
      line.add(glyph);
    }
    if (!line.isEmpty()) {
      lines.add(line(line));
    }
    return lines;
  }

  private static Line line(List<Glyph> glyphs) {
    glyphs.sort(Comparator.comparing(Glyph::left));
    float baseline = (float) glyphs.stream().mapToDouble(Glyph::baseline).max().orElse(0);
    return new Line(baseline, glyphs);
  }
}
