package io.github.awsnetbook.tools.publishing;

import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.webfonts.WebFont;
import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to publish for one locale: the staging folder Asciidoctor wrote ({@code html/} and {@code
 * pdf/}), the module's target folder, and how to finish the HTML.
 */
public record PublishRequest(
    Path staging, Path target, LocaleLinks localeLinks, WebFonts webFonts) {

  public PublishRequest {
    Objects.requireNonNull(staging, "staging");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(localeLinks, "localeLinks");
    Objects.requireNonNull(webFonts, "webFonts");
  }

  /** Where the HTML of this locale is published: {@code target/html/<lang>}. */
  public Path htmlFolder() {
    return target.resolve("html").resolve(localeLinks.current());
  }

  /** Where the PDF books are published. */
  public Path pdfFolder() {
    return target.resolve("pdf");
  }

  /**
   * Parses {@code --staging DIR --target DIR --lang L --locales "L1 L2" --fonts-dir DIR
   * --font-family NAME --font WEIGHT=FILE ...}.
   */
  public static PublishRequest parse(String... args) {
    Path staging = null;
    Path target = null;
    String lang = null;
    String locales = null;
    Path fontsDir = null;
    String family = null;
    List<String> fonts = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      String value = args[++i];
      switch (name) {
        case "--staging" -> staging = Path.of(value);
        case "--target" -> target = Path.of(value);
        case "--lang" -> lang = value;
        case "--locales" -> locales = value;
        case "--fonts-dir" -> fontsDir = Path.of(value);
        case "--font-family" -> family = value;
        case "--font" -> fonts.add(value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    require(staging, "--staging");
    require(target, "--target");
    require(lang, "--lang");
    require(locales, "--locales");
    require(fontsDir, "--fonts-dir");
    require(family, "--font-family");
    List<WebFont> faces = new ArrayList<>();
    for (String font : fonts) {
      int equals = font.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("--font takes WEIGHT=FILE, not " + font);
      }
      faces.add(
          new WebFont(
              family,
              Integer.parseInt(font.substring(0, equals)),
              fontsDir.resolve(font.substring(equals + 1))));
    }
    return new PublishRequest(
        staging, target, LocaleLinks.of(lang, locales, "index.html"), new WebFonts(faces));
  }

  private static void require(Object value, String option) {
    if (value == null) {
      throw new IllegalArgumentException("missing option " + option);
    }
  }
}
