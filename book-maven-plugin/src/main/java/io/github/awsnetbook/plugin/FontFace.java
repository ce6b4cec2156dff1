package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.webfonts.WebFont;
import java.nio.file.Path;
import java.util.List;

/**
 * One face of the book's font as the plugin's configuration names it: {@code
 * <fontFace><weight>400</weight><file>NotoSansJP-Regular.ttf</file></fontFace>}. A class with
 * fields rather than a record, because Maven fills configuration objects field by field.
 */
public class FontFace {

  /** The CSS font weight of the face, 1 to 1000. */
  private int weight;

  /** The font file, in the fonts folder. */
  private String file;

  /** The faces as the pages declare them, their files in {@code fontsDirectory}. */
  static List<WebFont> webFonts(String family, Path fontsDirectory, List<FontFace> faces) {
    return faces.stream()
        .map(face -> new WebFont(family, face.weight, fontsDirectory.resolve(face.file)))
        .toList();
  }
}
