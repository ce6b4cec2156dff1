package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.webfonts.WebFont;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** A step that sets pages in the book's font: the publish step and the handout bundle. */
abstract class BookFontMojo extends BookMojo {

  /** The folder of the book's font files. */
  @Parameter(defaultValue = "${book.theme.dir}/fonts", required = true)
  File fontsDirectory;

  /** The family name the pages give the book's font. */
  @Parameter(required = true)
  String fontFamily;

  /** The faces of the book's font: the pages carry subsets of them, the PDF embeds them. */
  @Parameter(required = true)
  List<FontFace> fontFaces;

  /** The book's font, face by face. */
  List<WebFont> webFonts() {
    return FontFace.webFonts(fontFamily, fontsDirectory.toPath(), fontFaces);
  }
}
