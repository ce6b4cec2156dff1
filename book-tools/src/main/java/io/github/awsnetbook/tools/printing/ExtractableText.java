package io.github.awsnetbook.tools.printing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Makes the text of the PDF come out as the page wrote it. One glyph of Noto Sans JP stands for
 * several code points (自 U+81EA and the Kangxi radical ⾃ U+2F83, ・ U+30FB and ‧ U+2027), and PDFBox
 * writes the lowest of them into a font's ToUnicode map, so that a screen reader, a search or a
 * copy would get the radical; and where PDFBox replaced a sequence by a ligature glyph (—— by ⸺),
 * the map names the ligature. Each such glyph is mapped back to the text the page wrote.
 */
final class ExtractableText {

  private ExtractableText() {}

  /**
   * Rewrites the ToUnicode map of every embedded subset of one of {@code fonts} that needs it. The
   * subsets keep no character map of their own, so the whole fonts tell which code points share a
   * glyph; their codes are the whole font's glyph IDs.
   */
  static void useCodePointsOfThePage(
      PDDocument pdf, Set<Integer> pageCodePoints, List<Path> fonts, ParsedFonts faces)
      throws IOException {
    Map<String, Glyphs> glyphsOfFonts = new HashMap<>();
    for (Path file : fonts) {
      TrueTypeFont font = faces.face(file);
      glyphsOfFonts.put(
          font.getName(), new Glyphs(font.getUnicodeCmapLookup(), font.getGsubData()));
    }
    List<COSStream> done = new ArrayList<>();
    for (PDResources resources : allResources(pdf)) {
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        if (font instanceof PDType0Font type0
            && type0.getDescendantFont() instanceof PDCIDFontType2 cidFont) {
          COSStream toUnicode = type0.getCOSObject().getCOSStream(COSName.TO_UNICODE);
          if (toUnicode != null && !done.contains(toUnicode)) {
            done.add(toUnicode);
            Glyphs glyphs =
                glyphsOfFonts.get(cidFont.getBaseFont().replaceFirst("^[A-Z]{6}\\+", ""));
            if (glyphs != null) {
              repair(toUnicode, glyphs, pageCodePoints);
            }
          }
        }
      }
    }
  }

  /**
   * The resources of every page and of every form they draw: the SVG figures are forms, and their
   * labels are text in fonts of the form's own resources.
   */
  private static List<PDResources> allResources(PDDocument pdf) throws IOException {
    List<PDResources> all = new ArrayList<>();
    List<COSBase> seen = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      addWithForms(page.getResources(), all, seen);
    }
    return all;
  }

  private static void addWithForms(PDResources resources, List<PDResources> all, List<COSBase> seen)
      throws IOException {
    if (resources == null || seen.contains(resources.getCOSObject())) {
      return;
    }
    seen.add(resources.getCOSObject());
    all.add(resources);
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        addWithForms(form.getResources(), all, seen);
      }
    }
  }

  private static void repair(COSStream toUnicode, Glyphs glyphs, Set<Integer> page)
      throws IOException {
    CMap current;
    try (InputStream in = toUnicode.createInputStream()) {
      current = new CMapParser().parse(new RandomAccessReadBuffer(in));
    }
    Map<Integer, String> mapping = new TreeMap<>();
    boolean changed = false;
    for (int cid = 0; cid <= 0xFFFF; cid++) {
      String unicode = current.toUnicode(cid);
      if (unicode == null) {
        continue;
      }
      String preferred = glyphs.text(cid, unicode, page);
      changed |= !preferred.equals(unicode);
      mapping.put(cid, preferred);
    }
    if (changed) {
      try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(cmap(mapping));
      }
    }
  }

  /**
   * A whole font's glyphs: which code points map to each, and which glyph sequences PDFBox's
   * ligature substitution (GSUB) replaces by one glyph, such as —— by the two-em dash ⸺.
   */
  private record Glyphs(CmapLookup cmap, GsubData substitutions) {

    /** The text a glyph stands for on this page: its own code point, or what it replaced. */
    String text(int glyph, String current, Set<Integer> page) {
      if (current.codePointCount(0, current.length()) != 1
          || page.contains(current.codePointAt(0))) {
        return current;
      }
      List<Integer> candidates = cmap.getCharCodes(glyph);
      if (candidates != null) {
        for (int candidate : candidates) {
          if (page.contains(candidate)) {
            return Character.toString(candidate);
          }
        }
      }
      return replacedSequence(glyph, page).orElse(current);
    }

    private Optional<String> replacedSequence(int glyph, Set<Integer> page) {
      if (substitutions == null || substitutions == GsubData.NO_DATA_FOUND) {
        return Optional.empty();
      }
      for (String name : substitutions.getSupportedFeatures()) {
        ScriptFeature feature = substitutions.getFeature(name);
        for (List<Integer> sequence : feature.getAllGlyphIdsForSubstitution()) {
          if (sequence.size() > 1
              && Integer.valueOf(glyph).equals(feature.getReplacementForGlyphs(sequence))) {
            Optional<String> text = textOf(sequence, page);
            if (text.isPresent()) {
              return text;
            }
          }
        }
      }
      return Optional.empty();
    }

    private Optional<String> textOf(List<Integer> sequence, Set<Integer> page) {
      StringBuilder text = new StringBuilder();
      for (int glyph : sequence) {
        List<Integer> codePoints = cmap.getCharCodes(glyph);
        Optional<Integer> used =
            codePoints == null
                ? Optional.empty()
                : codePoints.stream().filter(page::contains).findFirst();
        if (used.isEmpty()) {
          return Optional.empty();
        }
        text.appendCodePoint(used.get());
      }
      return Optional.of(text.toString());
    }
  }

  /** A ToUnicode CMap for two-byte codes (Identity-H), in blocks of at most 100 entries. */
  private static byte[] cmap(Map<Integer, String> mapping) {
    StringBuilder text = new StringBuilder();
    text.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    List<Map.Entry<Integer, String>> entries = new ArrayList<>(mapping.entrySet());
    for (int from = 0; from < entries.size(); from += 100) {
      List<Map.Entry<Integer, String>> block =
          entries.subList(from, Math.min(entries.size(), from + 100));
      text.append(block.size()).append(" beginbfchar\n");
      for (Map.Entry<Integer, String> entry : block) {
        text.append(String.format("<%04X> <", entry.getKey()));
        for (char c : entry.getValue().toCharArray()) {
          text.append(String.format("%04X", (int) c));
        }
        text.append(">\n");
      }
      text.append("endbfchar\n");
    }
    text.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
