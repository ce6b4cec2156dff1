package io.github.awsnetbook.tools.printing;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.Serial;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTGlyphVector;
import org.apache.batik.gvt.font.GVTLineMetrics;

/**
 * One face of an SVG font at one size. Batik lays out the glyphs of this Java font; {@link SvgText}
 * then writes them as text in the same face of the PDF's embedded font.
 *
 * @param family the family name the SVG asked for
 * @param font the face at its size, as loaded from the font file (plain style: a bold face is bold
 *     by its own outlines, and Java would embolden a bold-styled one a second time)
 * @param bold whether the face is a bold one, which the PDF engine needs told to pick its face
 */
record SvgFont(String family, Font font, boolean bold) implements GVTFont {

  /**
   * The font text is written in. The PDF engine finds its embedded font by the family name of a
   * Java font and the bold bit of its style; a font loaded from a file gives the name inside the
   * file ("Noto Sans JP"), so this one gives the name the SVG asked for, under which the printer
   * registered the same file for the page, and the labels share the page's embedded subsets.
   */
  Font printed() {
    return new Registered(bold ? font.deriveFont(Font.BOLD) : font, family);
  }

  /** A Java font known by the family name it was registered under. */
  private static final class Registered extends Font {
    @Serial private static final long serialVersionUID = 1L;

    private final String family;

    Registered(Font font, String family) {
      super(font);
      this.family = family;
    }

    @Override
    public String getFamily() {
      return family;
    }
  }

  @Override
  public boolean canDisplay(char c) {
    return font.canDisplay(c);
  }

  @Override
  public int canDisplayUpTo(char[] text, int start, int limit) {
    return font.canDisplayUpTo(text, start, limit);
  }

  @Override
  public int canDisplayUpTo(CharacterIterator text, int start, int limit) {
    return font.canDisplayUpTo(text, start, limit);
  }

  @Override
  public int canDisplayUpTo(String text) {
    return font.canDisplayUpTo(text);
  }

  @Override
  public GVTGlyphVector createGlyphVector(FontRenderContext frc, char[] text) {
    return createGlyphVector(frc, new String(text));
  }

  @Override
  public GVTGlyphVector createGlyphVector(FontRenderContext frc, CharacterIterator text) {
    return new SvgText(font.createGlyphVector(frc, text), this, frc);
  }

  /** Glyph codes chosen by the SVG (altGlyph) are not supported, as in openhtmltopdf. */
  @Override
  public GVTGlyphVector createGlyphVector(
      FontRenderContext frc, int[] glyphCodes, CharacterIterator text) {
    throw new UnsupportedOperationException("altGlyph is not supported in the figures");
  }

  @Override
  public GVTGlyphVector createGlyphVector(FontRenderContext frc, String text) {
    return createGlyphVector(frc, new StringCharacterIterator(text));
  }

  @Override
  public GVTFont deriveFont(float size) {
    return new SvgFont(family, font.deriveFont(size), bold);
  }

  @Override
  public String getFamilyName() {
    return family;
  }

  @Override
  public GVTLineMetrics getLineMetrics(char[] text, int start, int limit, FontRenderContext frc) {
    return new GVTLineMetrics(font.getLineMetrics(text, start, limit, frc));
  }

  @Override
  public GVTLineMetrics getLineMetrics(
      CharacterIterator text, int start, int limit, FontRenderContext frc) {
    return new GVTLineMetrics(font.getLineMetrics(text, start, limit, frc));
  }

  @Override
  public GVTLineMetrics getLineMetrics(String text, FontRenderContext frc) {
    return new GVTLineMetrics(font.getLineMetrics(text, frc));
  }

  @Override
  public GVTLineMetrics getLineMetrics(String text, int start, int limit, FontRenderContext frc) {
    return new GVTLineMetrics(font.getLineMetrics(text, start, limit, frc));
  }

  @Override
  public float getSize() {
    return font.getSize2D();
  }

  @Override
  public float getVKern(int glyph1, int glyph2) {
    return 0;
  }

  @Override
  public float getHKern(int glyph1, int glyph2) {
    return 0;
  }
}
