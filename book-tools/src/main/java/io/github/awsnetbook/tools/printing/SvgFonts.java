package io.github.awsnetbook.tools.printing;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import org.apache.batik.gvt.font.GVTFontFamily;

/**
 * The fonts an SVG figure may name: the families the printer registers for SVG use, each with its
 * faces by weight. Batik asks for a family by name and gets a {@link SvgFontFamily}, whose glyphs
 * are drawn as text. A family known only from an {@code @font-face} rule of the page resolves as in
 * openhtmltopdf (to outlines); the printer registers the book's fonts, so the figures' own family
 * is always one of these.
 */
final class SvgFonts extends OpenHtmlFontResolver {

  /** Family names match without regard to case, as in CSS and in Batik's own resolver. */
  private final Map<String, SvgFontFamily> families = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  @Override
  public GVTFontFamily resolve(String family) {
    SvgFontFamily ours = families.get(family);
    return ours != null ? ours : super.resolve(family);
  }

  @Override
  public void addFontStream(
      FSSupplier<InputStream> supplier, String family, Integer weight, FontStyle style)
      throws IOException, FontFormatException {
    try (InputStream in = supplier.supply()) {
      if (in == null) {
        throw new IOException("no data for the SVG font " + family + " " + weight);
      }
      add(family, weight, javaFont(in));
    }
  }

  @Override
  public void addFontFile(File file, String family, Integer weight, FontStyle style)
      throws IOException, FontFormatException {
    try (InputStream in = Files.newInputStream(file.toPath())) {
      add(family, weight, javaFont(in));
    }
  }

  private void add(String family, Integer weight, Font face) {
    families.computeIfAbsent(family, SvgFontFamily::new).add(weight == null ? 400 : weight, face);
  }

  private static Font javaFont(InputStream in) throws IOException, FontFormatException {
    return Font.createFont(Font.TRUETYPE_FONT, in);
  }
}
