package io.github.awsnetbook.tools.handouts;

import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.webfonts.WebFont;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to bundle: the repository (whose {@code content-<lang>/target} folders hold the books), the
 * locales with the source first, where to write, the bundle's name, its entries' time, the theme
 * files the landing page uses, and the stylesheet of the parallel editions (none: the bundle has no
 * parallel edition).
 */
public record BundleRequest(
    Path root,
    List<String> locales,
    String sourceLang,
    Path output,
    String name,
    Instant timestamp,
    Path docinfo,
    Path stylesheet,
    Path fontLicence,
    List<WebFont> fonts,
    Optional<Path> parallelStylesheet) {

  public BundleRequest {
    Objects.requireNonNull(root, "root");
    locales = List.copyOf(locales);
    fonts = List.copyOf(fonts);
    Objects.requireNonNull(parallelStylesheet, "parallelStylesheet");
    if (!locales.contains(sourceLang)) {
      throw new IllegalArgumentException(
          "the source locale " + sourceLang + " is not one of the locales " + locales);
    }
  }

  /** The unzipped bundle, {@code <output>/<name>/}. */
  public Path folder() {
    return output.resolve(name);
  }

  /** The zip, {@code <output>/<name>.zip}. */
  public Path zip() {
    return output.resolve(name + ".zip");
  }

  /** The top document of a locale's book, {@code content-<lang>/src/docs/asciidoc/index.adoc}. */
  public Path bookDocument(String lang) {
    return BookLayout.documentOf(root, lang);
  }

  /** Where the content module of a locale left its books. */
  public Path moduleTarget(String lang) {
    return BookLayout.targetOf(root, lang);
  }
}
