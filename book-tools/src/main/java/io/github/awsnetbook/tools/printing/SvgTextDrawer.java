package io.github.awsnetbook.tools.printing;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.util.List;

/**
 * Draws the inline SVG figures with Batik, as openhtmltopdf's own drawer does (scripts off, no
 * resource loaded from outside the page), but with the labels as real PDF text.
 *
 * <p>openhtmltopdf's SVG fonts fill each label's glyph outlines, so the labels could not be
 * searched, copied or read aloud. This drawer gives Batik the fonts of {@link SvgFonts} instead,
 * whose glyphs are laid out by Batik as before and then written as text in the embedded font.
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
}
