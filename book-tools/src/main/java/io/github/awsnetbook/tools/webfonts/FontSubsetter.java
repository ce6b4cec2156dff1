package io.github.awsnetbook.tools.webfonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/** Cuts a TrueType font down to a set of code points. */
public final class FontSubsetter {

  /**
   * The tables a browser needs. Chromium rejects a font without {@code OS/2}, {@code name}, {@code
   * post} or {@code cmap}, even though a PDF subset can do without them.
   */
  static final List<String> WEB_TABLES =
      List.of("head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap", "OS/2", "name", "post");

  /**
   * Noto Sans JP has a format 14 cmap (emoji variation sequences) that FontBox skips with a warning
   * on every parse; a page needs no such sequences, so the warning is noise in the build log. The
   * logger is held here so that its level is not lost to garbage collection.
   */
  private static final java.util.logging.Logger CMAP_LOGGER = quietCmapLogger();

  private FontSubsetter() {}

  private static java.util.logging.Logger quietCmapLogger() {
    java.util.logging.Logger logger =
        java.util.logging.Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  /** Returns the bytes of a TrueType font holding only the glyphs of {@code codePoints}. */
  public static byte[] subset(Path fontFile, Set<Integer> codePoints) {
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile))) {
      TTFSubsetter subsetter = new TTFSubsetter(font, WEB_TABLES);
      subsetter.addAll(codePoints);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot subset font " + fontFile, e);
    }
  }
}
