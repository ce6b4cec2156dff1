package io.github.awsnetbook.tools.conversion;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * The options and attributes with which the build converts a locale's book into its HTML page, in
 * one place for the book plugin's convert step and the live preview.
 */
public final class BookConversion {

  private BookConversion() {}

  /**
   * The attributes of the HTML conversion: the book's Maven properties that name the book ({@code
   * book.*}, dots as dashes), then the book's setup (the empty value sets an attribute, {@code
   * false} unsets it).
   */
  public static Map<String, Object> attributes(BookLayout layout) {
    Map<String, Object> attributes = new LinkedHashMap<>(bookProperties(layout));
    attributes.putAll(sharedAttributes(layout));
    attributes.putAll(htmlAttributes(layout));
    return attributes;
  }

  /** The book's setup for every output: the table of contents, IDs, references, its files. */
  public static Map<String, Object> sharedAttributes(BookLayout layout) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("attribute-missing", "warn");
    attributes.put("attribute-undefined", "drop-line");
    attributes.put("book-locales", layout.localesAttribute());
    attributes.put("book-glossary", layout.glossary().toString());
    attributes.put("book-translation-notices", layout.translationNotices().toString());
    attributes.put("book-source-dir", layout.sourceDir().toString());
    attributes.put("toc", "left");
    attributes.put("toclevels", "2");
    attributes.put("sectanchors", "");
    attributes.put("idprefix", "");
    attributes.put("idseparator", "-");
    attributes.put("xrefstyle", "short");
    attributes.put("hide-uri-scheme", "");
    // The original as a book names it (its page's dcterms.source, the EPUB's dc:source): empty,
    // and so left to the printed edition, unless the book sets it (a trailing @: soft-set).
    attributes.put("original-source", "@");
    return attributes;
  }

  /** The HTML page's own: images, stylesheets and docinfo beside it, no web font from outside. */
  public static Map<String, Object> htmlAttributes(BookLayout layout) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("imagesdir", "images");
    attributes.put("linkcss", "");
    attributes.put("copycss", "");
    attributes.put("stylesdir", "css");
    attributes.put("docinfo", "shared");
    attributes.put("docinfodir", layout.themeDir().resolve("html").toString());
    attributes.put("webfonts", false);
    return attributes;
  }

  /** The book's Maven properties ({@code book.*} of the root pom) as attributes, dots as dashes. */
  static Map<String, Object> bookProperties(BookLayout layout) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("book-root", layout.root().toString());
    properties.put("book-theme-dir", layout.themeDir().toString());
    properties.put("book-assets-dir", layout.assetsDir().toString());
    properties.put("book-locales", layout.localesAttribute());
    properties.put("book-staging-dir", layout.stagingDir().toString());
    properties.put("book-source-lang", layout.sourceLang());
    properties.put("book-figures-dir", layout.figuresDir().toString());
    properties.put("book-lang", layout.lang());
    return properties;
  }

  /**
   * The options of the HTML conversion into {@code toDir}: the whole page (docinfo, linked
   * stylesheets copied beside it), the repository as the base folder and jail, SAFE mode (which the
   * build's {@code SafeModeFloor} also holds every document to), source locations for the checks'
   * messages.
   */
  public static Options htmlOptions(BookLayout layout, Path toDir) {
    return Options.builder()
        .backend("html5")
        .safe(SafeMode.SAFE)
        .standalone(true)
        .mkDirs(true)
        .option("sourcemap", true)
        .baseDir(layout.root().toFile())
        .toDir(toDir.toFile())
        .attributes(asAttributes(attributes(layout)))
        .build();
  }

  private static Attributes asAttributes(Map<String, Object> values) {
    var builder = Attributes.builder();
    values.forEach(builder::attribute);
    return builder.build();
  }
}
