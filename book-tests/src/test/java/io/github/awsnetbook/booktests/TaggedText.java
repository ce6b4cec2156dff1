package io.github.awsnetbook.booktests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a tagged PDF in reading order: the structure tree walked from its root, each block
 * (paragraph, heading, cell, caption, figure, label) with its lines as laid out on the page.
 * Running headers and page numbers are artifacts and are not part of it; glyphs in a sequence with
 * an empty ActualText (a hyphenated line's hyphen) are in a block's glyphs but not in its text.
 */
final class TaggedText {

  /** Structure types that hold a block of text of their own. */
  static final Set<String> BLOCKS =
      Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "TD", "TH", "Caption", "Lbl", "Figure");

  /**
   * One block of text: its structure type, the pages it is on (1-based), and its lines, as text and
   * as the glyphs drawn.
   */
  record Block(
      String type, List<Integer> pages, List<String> lines, List<List<TextPosition>> glyphs) {
    String text() {
      return String.join("\n", lines);
    }
  }

  /**
   * A glyph drawn, and whether it is read as text: the hyphen at the end of a hyphenated line is
   * drawn in a sequence with an empty ActualText, so that it is ink and not text.
   */
  private record Drawn(TextPosition position, boolean read) {}

  private record Glyph(int page, Drawn drawn) {
    TextPosition position() {
      return drawn.position();
    }
  }

  private final PDDocument pdf;
  private final Map<PDPage, Map<Integer, List<Drawn>>> contentOfPages = new HashMap<>();

  private TaggedText(PDDocument pdf) {
    this.pdf = pdf;
  }

  /** Structure types that are part of the text around them. */
  static final Set<String> INLINE =
      Set.of("Span", "Link", "Code", "Quote", "Reference", "Annot", "Em", "Strong", "NonStruct");

  /** Every block of the document, in the order of its structure tree. */
  static List<Block> blocks(PDDocument pdf) {
    TaggedText text = new TaggedText(pdf);
    List<Block> blocks = new ArrayList<>();
    text.walk(pdf.getDocumentCatalog().getStructureTreeRoot(), null, blocks);
    return blocks;
  }

  /**
   * A reader of the document's elements one at a time ({@link #blocksOf}), which reads each page's
   * content once for all of them: a parallel edition has hundreds of sides on a few dozen pages.
   */
  static TaggedText of(PDDocument pdf) {
    return new TaggedText(pdf);
  }

  /** The blocks of one element of the structure tree and of what it holds, in the tree's order. */
  List<Block> blocksOf(PDStructureElement element) {
    List<Block> blocks = new ArrayList<>();
    walk(element, element.getPage(), blocks);
    return blocks;
  }

  /**
   * Walks a node whose own text is a block: an element of a block type gives one block with all of
   * its text; any other element gives one block for each run of text and inline elements between
   * its block children.
   */
  private void walk(PDStructureNode node, PDPage page, List<Block> blocks) {
    String type = node instanceof PDStructureElement e ? e.getStructureType() : "Document";
    List<Glyph> run = new ArrayList<>();
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element
          && !INLINE.contains(element.getStructureType())) {
        flush(type, run, blocks);
        run = new ArrayList<>();
        PDPage elementPage = element.getPage() != null ? element.getPage() : page;
        if (BLOCKS.contains(element.getStructureType())) {
          List<Glyph> glyphs = new ArrayList<>();
          gather(element, elementPage, glyphs);
          flush(element.getStructureType(), glyphs, blocks);
        } else {
          walk(element, elementPage, blocks);
        }
      } else {
        gatherKid(kid, page, run);
      }
    }
    flush(type, run, blocks);
  }

  private static void flush(String type, List<Glyph> glyphs, List<Block> blocks) {
    if (!glyphs.isEmpty()) {
      blocks.add(block(type, glyphs));
    }
  }

  private void gather(PDStructureNode node, PDPage page, List<Glyph> glyphs) {
    for (Object kid : node.getKids()) {
      gatherKid(kid, page, glyphs);
    }
  }

  private void gatherKid(Object kid, PDPage page, List<Glyph> glyphs) {
    if (kid instanceof PDStructureElement element) {
      gather(element, element.getPage() != null ? element.getPage() : page, glyphs);
    } else if (kid instanceof Integer mcid) {
      collect(page, mcid, glyphs);
    } else if (kid instanceof PDMarkedContentReference reference) {
      collect(
          reference.getPage() != null ? reference.getPage() : page, reference.getMCID(), glyphs);
    }
  }

  private void collect(PDPage page, int mcid, List<Glyph> glyphs) {
    if (page == null) {
      return;
    }
    int pageNumber = pdf.getPages().indexOf(page) + 1;
    // The document's own page: it shares the document's resource cache, so the book's fonts are
    // parsed once; a page the structure tree hands out has no cache and parses them again.
    PDPage read = pageNumber > 0 ? pdf.getPage(pageNumber - 1) : page;
    for (Drawn drawn : content(read).getOrDefault(mcid, List.of())) {
      glyphs.add(new Glyph(pageNumber, drawn));
    }
  }

  private Map<Integer, List<Drawn>> content(PDPage page) {
    return contentOfPages.computeIfAbsent(page, TaggedText::extract);
  }

  private static Map<Integer, List<Drawn>> extract(PDPage page) {
    try {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, List<Drawn>> byMcid = new HashMap<>();
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        addContent(content, content.getMCID(), true, byMcid);
      }
      return byMcid;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addContent(
      PDMarkedContent content, int mcid, boolean read, Map<Integer, List<Drawn>> byMcid) {
    int own = content.getMCID() >= 0 ? content.getMCID() : mcid;
    boolean readHere = read && !"".equals(content.getActualText());
    for (Object item : content.getContents()) {
      if (item instanceof TextPosition position && own >= 0) {
        byMcid.computeIfAbsent(own, k -> new ArrayList<>()).add(new Drawn(position, readHere));
      } else if (item instanceof PDMarkedContent nested) {
        addContent(nested, own, readHere, byMcid);
      }
    }
  }

  /**
   * Cuts a block's glyphs, in reading order, into lines: a new line where the text goes back to the
   * left or moves to another page. A superscript stays on its line.
   */
  private static Block block(String type, List<Glyph> glyphs) {
    List<String> lines = new ArrayList<>();
    List<List<TextPosition>> glyphLines = new ArrayList<>();
    List<TextPosition> glyphLine = new ArrayList<>();
    List<Integer> pages = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    Glyph previous = null;
    for (Glyph glyph : glyphs) {
      TextPosition at = glyph.position();
      if (previous != null) {
        TextPosition before = previous.position();
        boolean newLine =
            glyph.page() != previous.page()
                || at.getXDirAdj() < before.getXDirAdj() - 0.5f
                || Math.abs(at.getYDirAdj() - before.getYDirAdj()) > before.getHeightDir() * 1.5;
        if (newLine) {
          lines.add(line.toString());
          line.setLength(0);
          glyphLines.add(glyphLine);
          glyphLine = new ArrayList<>();
        } else if (glyph.drawn().read()) {
          float gap = at.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
          if (gap > before.getFontSizeInPt() * 0.2f
              && !before.getUnicode().isBlank()
              && !at.getUnicode().isBlank()) {
            line.append(' ');
          }
        }
      }
      if (!pages.contains(glyph.page())) {
        pages.add(glyph.page());
      }
      if (glyph.drawn().read()) {
        line.append(at.getUnicode());
      }
      glyphLine.add(at);
      previous = glyph;
    }
    lines.add(line.toString());
    glyphLines.add(glyphLine);
    return new Block(type, pages, lines.stream().map(String::strip).toList(), glyphLines);
  }
}
