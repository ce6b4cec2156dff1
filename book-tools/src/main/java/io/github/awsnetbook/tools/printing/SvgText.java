package io.github.awsnetbook.tools.printing;

import com.openhtmltopdf.svgsupport.OpenHtmlGvtGlyphVector;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.Map;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;
import org.apache.batik.gvt.text.TextPaintInfo;

/**
 * The glyphs of one run of SVG text, laid out by Batik and drawn as text rather than as filled
 * outlines: {@link Graphics2D#drawString} in the PDF engine's Graphics2D writes text in the
 * document's embedded font, so a label can be searched, copied and read aloud like the page's own
 * text. Everything but drawing (positions, bounds, outlines for hit testing) is openhtmltopdf's.
 */
final class SvgText extends OpenHtmlGvtGlyphVector {

  /** How far, in user units, Batik may move a glyph before the run is written glyph by glyph. */
  private static final double SAME_POSITION = 0.01;

  private final SvgFont font;

  SvgText(GlyphVector glyphs, SvgFont font, FontRenderContext frc) {
    super(glyphs, font, frc);
    this.font = font;
  }

  /**
   * Writes the run where Batik placed it, in the fill paint of its text (strokes on text are not
   * drawn, as in openhtmltopdf). A run whose glyphs keep the font's own advances (the usual case:
   * text-anchor and the x and dy of a tspan move the run as a whole) is written as one string at
   * its first glyph; one that letter-spacing, textLength or rotation moved glyph by glyph is
   * written one character at a time, each at its own place and turned as Batik turned it.
   */
  @Override
  public void draw(Graphics2D g2d, AttributedCharacterIterator run) {
    TextPaintInfo info =
        (TextPaintInfo) run.getAttribute(GVTAttributedCharacterIterator.TextAttribute.PAINT_INFO);
    if (info != null && !info.visible) {
      return;
    }
    Paint fill = info != null ? info.fillPaint : g2d.getPaint();
    if (fill == null) {
      return;
    }
    g2d.setPaint(fill);
    String text = text(run);
    if (keepsTheFontsAdvances(text)) {
      write(g2d, text, getGlyphPosition(0));
      return;
    }
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      if (isGlyphVisible(i)) {
        writeGlyph(g2d, text.substring(i, i + Character.charCount(text.codePointAt(i))), i);
      }
    }
  }

  private void write(Graphics2D g2d, String text, Point2D at) {
    AttributedString written =
        new AttributedString(text, Map.of(TextAttribute.FONT, font.printed()));
    g2d.drawString(written.getIterator(), (float) at.getX(), (float) at.getY());
  }

  /** One glyph at its place, turned as Batik turned it (rotate, vertical text) about its origin. */
  private void writeGlyph(Graphics2D g2d, String character, int glyph) {
    AffineTransform saved = g2d.getTransform();
    Point2D at = getGlyphPosition(glyph);
    g2d.translate(at.getX(), at.getY());
    AffineTransform turn = getGlyphTransform(glyph);
    if (turn != null) {
      g2d.transform(turn);
    }
    write(g2d, character, new Point2D.Double());
    g2d.setTransform(saved);
  }

  /** Whether each glyph sits where the font alone would put it, counting from the first. */
  private boolean keepsTheFontsAdvances(String text) {
    if (text.isEmpty() || getNumGlyphs() != text.length()) {
      return false;
    }
    GlyphVector natural = font.font().createGlyphVector(getFontRenderContext(), text);
    Point2D first = getGlyphPosition(0);
    Point2D naturalFirst = natural.getGlyphPosition(0);
    for (int i = 0; i < text.length(); i++) {
      Point2D at = getGlyphPosition(i);
      Point2D naturalAt = natural.getGlyphPosition(i);
      double dx = (at.getX() - first.getX()) - (naturalAt.getX() - naturalFirst.getX());
      double dy = (at.getY() - first.getY()) - (naturalAt.getY() - naturalFirst.getY());
      if (Math.abs(dx) > SAME_POSITION
          || Math.abs(dy) > SAME_POSITION
          || !isGlyphVisible(i)
          || getGlyphTransform(i) != null) {
        return false;
      }
    }
    return true;
  }

  private static String text(AttributedCharacterIterator run) {
    StringBuilder text = new StringBuilder(run.getEndIndex() - run.getBeginIndex());
    for (char c = run.first(); c != AttributedCharacterIterator.DONE; c = run.next()) {
      text.append(c);
    }
    return text.toString();
  }
}
