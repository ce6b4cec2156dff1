package io.github.awsnetbook.tools.handouts;

import io.github.awsnetbook.tools.commandline.Options;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.webfonts.WebFont;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to bundle: the repository (whose {@code content-<lang>/target} folders hold the books), the
 * locales with the source first, where to write, the bundle's name, its entries' time, and the
 * theme files the landing page uses.
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
    List<WebFont> fonts) {

  public BundleRequest {
    Objects.requireNonNull(root, "root");
    locales = List.copyOf(locales);
    fonts = List.copyOf(fonts);
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

  /** Where the content module of a locale left its books. */
  public Path moduleTarget(String lang) {
    return root.resolve("content-" + lang).resolve("target");
  }

  /**
   * Parses {@code --root DIR --locales "ja en" --source ja --output DIR --name NAME --timestamp
   * 2025-10-13T00:00:00Z --docinfo FILE --stylesheet FILE --font-licence FILE --fonts-dir DIR
   * --font-family NAME --font WEIGHT=FILE ...}.
   */
  public static BundleRequest parse(String... args) {
    Options options =
        Options.parse(
            Set.of(
                "--root",
                "--locales",
                "--source",
                "--output",
                "--name",
                "--timestamp",
                "--docinfo",
                "--stylesheet",
                "--font-licence",
                "--fonts-dir",
                "--font-family",
                "--font"),
            args);
    Path fontsDir = Path.of(require(options, "--fonts-dir"));
    String family = require(options, "--font-family");
    List<WebFont> fonts = new ArrayList<>();
    for (String font : options.values("--font")) {
      int equals = font.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("--font takes WEIGHT=FILE, not " + font);
      }
      fonts.add(
          new WebFont(
              family,
              Integer.parseInt(font.substring(0, equals)),
              fontsDir.resolve(font.substring(equals + 1))));
    }
    return new BundleRequest(
        Path.of(require(options, "--root")),
        LocaleLinks.parse(require(options, "--locales")),
        require(options, "--source"),
        Path.of(require(options, "--output")),
        require(options, "--name"),
        Instant.parse(require(options, "--timestamp")),
        Path.of(require(options, "--docinfo")),
        Path.of(require(options, "--stylesheet")),
        Path.of(require(options, "--font-licence")),
        fonts);
  }

  private static String require(Options options, String option) {
    return options
        .value(option)
        .orElseThrow(() -> new IllegalArgumentException("missing option " + option));
  }
}
