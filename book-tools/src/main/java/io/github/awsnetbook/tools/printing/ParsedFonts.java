package io.github.awsnetbook.tools.printing;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The book's font files, each parsed once: for a print, or for every print of a build (the
 * warm-up's, each book's, the parallel edition's). A print lays the page out several times ({@link
 * PagePlacement}) and names each face under four families (the book's and the generic ones); given
 * as bytes, a 5 MB Japanese face was parsed again for each family in each layout, and again by each
 * print, which made most of a print's garbage. Each layout's document gets its own PDF font on the
 * one parsed face, subset as before: the same bytes.
 *
 * <p>A parsed face reads its glyphs as they are asked for: the prints that share one run one after
 * the other ({@link PdfPrinter} holds it for the whole print).
 */
public final class ParsedFonts implements AutoCloseable {

  /** No font parsed yet. */
  public ParsedFonts() {}

  private final Map<Path, TrueTypeFont> faces = new HashMap<>();

  /** The face in {@code file}, parsed the first time it is asked for. */
  synchronized TrueTypeFont face(Path file) throws IOException {
    TrueTypeFont face = faces.get(file);
    if (face == null) {
      face = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)));
      // The engine measures each letter by its own advance. Given the face's substitutions, PDFBox
      // drew "ffi" as one narrower ligature wherever a run was shown whole (ragged lines, never
      // justified ones, which are shown letter by letter), so those lines ended short of where
      // the engine measured them; and it compiled the substitutions' patterns again for every
      // string it showed, which was most of a print's time.
      face.getTableMap().remove("GSUB");
      faces.put(file, face);
    }
    return face;
  }

  /**
   * The face in {@code file} as an embedded, subset PDF font of {@code document}, made when the
   * engine first needs it (a family the page never uses costs nothing).
   */
  PDFontSupplier fontOf(PDDocument document, Path file) {
    return new PDFontSupplier(null) {
      @Override
      public PDFont supply() {
        try {
          return PDType0Font.load(document, face(file), true);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the font " + file, e);
        }
      }
    };
  }

  @Override
  public synchronized void close() {
    for (TrueTypeFont face : faces.values()) {
      try {
        face.close();
      } catch (IOException e) {
        // An in-memory face: nothing is left open.
      }
    }
    faces.clear();
  }
}
