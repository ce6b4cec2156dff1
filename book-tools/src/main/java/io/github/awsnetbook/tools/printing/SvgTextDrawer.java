package io.github.awsnetbook.tools.printing;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Draws the inline SVG figures with Batik, as openhtmltopdf's own drawer does (scripts off, no
 * resource loaded from outside the page), but with the labels as real PDF text.
 *
 * <p>openhtmltopdf's SVG fonts fill each label's glyph outlines, so the labels could not be
 * searched, copied or read aloud. This drawer gives Batik the fonts of {@link SvgFonts} instead,
 * whose glyphs are laid out by Batik as before and then written as text in the embedded font.
 *
 * <p>A figure is as wide as the stylesheet makes it (the measure where it stands) and as high as
 * its view box's proportions give at that width: openhtmltopdf, given a CSS width and no height,
 * draws an inline SVG 400 px high whatever its view box.
 */
final class SvgTextDrawer extends BatikSVGDrawer {

  SvgTextDrawer() {
    super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
  }

  /**
   * The engine calls this first, then adds the builder's fonts to the resolver set here: the same
   * two steps as the base class, with {@link SvgFonts} in place of its resolver.
   */
  @Override
  public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
    this.fontResolver = new SvgFonts();
    this.fontResolver.importFontFaces(fontFaces, shared);
  }

  /**
   * A figure given a width and no height is drawn in its view box's proportions, at most as wide as
   * its max-width.
   */
  @Override
  public SVGImage buildSVGImage(
      Element svg, Box box, CssContext c, double cssWidth, double cssHeight, double dotsPerPixel) {
    double width = cssWidth;
    double height = cssHeight;
    double ratio = viewBoxRatio(svg.getAttribute("viewBox"));
    if (cssWidth >= 0 && cssHeight < 0 && ratio > 0) {
      int maxWidth = CalculatedStyle.getCSSMaxWidth(c, box);
      if (maxWidth >= 0 && maxWidth < width) {
        width = maxWidth;
      }
      height = width * ratio;
    }
    return super.buildSVGImage(svg, box, c, width, height, dotsPerPixel);
  }

  /** The height of a view box ("0 0 700 292") over its width, or 0 where it has none. */
  static double viewBoxRatio(String viewBox) {
    String[] box = viewBox.trim().split("[\\s,]+");
    if (box.length != 4) {
      return 0;
    }
    try {
      double width = Double.parseDouble(box[2]);
      double height = Double.parseDouble(box[3]);
      return width > 0 && height > 0 ? height / width : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
