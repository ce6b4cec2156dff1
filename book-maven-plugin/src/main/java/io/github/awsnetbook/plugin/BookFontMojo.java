package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.pipeline.BookSettings;
import io.github.awsnetbook.tools.webfonts.WebFont;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** A step that sets pages in the book's font: the book's build and the handout bundle. */
abstract class BookFontMojo extends BookMojo {

  /** The folder of the book's font files. */
  @Parameter(defaultValue = "${book.theme.dir}/fonts", required = true)
  File fontsDirectory;

  /** The family name the pages give the book's font. */
  @Parameter(defaultValue = "${book.fontFamily}", required = true)
  String fontFamily;

  /**
   * The faces of the book's font, {@code WEIGHT=FILE} pairs separated by spaces, each file in the
   * fonts folder: the pages carry subsets of them, the PDF embeds them.
   */
  @Parameter(defaultValue = "${book.fontFaces}", required = true)
  String fontFaces;

  /** The book's font, face by face. */
  List<WebFont> webFonts() throws MojoExecutionException {
    try {
      return BookSettings.fontFaces(fontsDirectory.toPath(), fontFamily, fontFaces);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("book.fontFaces: " + e.getMessage(), e);
    }
  }
}
