package io.github.awsnetbook.tools.publishing;

import io.github.awsnetbook.tools.commandline.Options;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.printing.PrintRequest;
import io.github.awsnetbook.tools.webfonts.WebFont;
import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to publish for one locale: the staging folder Asciidoctor wrote ({@code html/} and {@code
 * pdf/}), the module's target folder, and how to finish the HTML.
 */
public record PublishRequest(
    Path staging,
    Path target,
    LocaleLinks localeLinks,
    WebFonts webFonts,
    String pdfNamePattern,
    LocalDate date) {

  public PublishRequest {
    Objects.requireNonNull(staging, "staging");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(localeLinks, "localeLinks");
    Objects.requireNonNull(webFonts, "webFonts");
    Objects.requireNonNull(pdfNamePattern, "pdfNamePattern");
    Objects.requireNonNull(date, "date");
  }

  /** The PDF handout of this locale, as printed from its page. */
  public PrintRequest printRequest(Path page, Path pdfFolder) {
    return PrintRequest.intoFolder(
        page, pdfFolder, localeLinks.current(), webFonts.faces(), pdfNamePattern, date);
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
   * --font-family NAME --font WEIGHT=FILE ... --pdf-name NAME-{lang}.pdf --date ISO-INSTANT}; the
   * date is the one the PDF carries (the build's output timestamp), never the clock's.
   */
  public static PublishRequest parse(String... args) {
    Options options =
        Options.parse(
            Set.of(
                "--staging",
                "--target",
                "--lang",
                "--locales",
                "--fonts-dir",
                "--font-family",
                "--font",
                "--pdf-name",
                "--date"),
            args);
    Path staging = Path.of(require(options, "--staging"));
    Path target = Path.of(require(options, "--target"));
    String lang = require(options, "--lang");
    String locales = require(options, "--locales");
    Path fontsDir = Path.of(require(options, "--fonts-dir"));
    String family = require(options, "--font-family");
    List<String> fonts = options.values("--font");
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
        staging,
        target,
        LocaleLinks.of(lang, locales, "index.html"),
        new WebFonts(faces),
        require(options, "--pdf-name"),
        OffsetDateTime.parse(require(options, "--date")).toLocalDate());
  }

  private static String require(Options options, String option) {
    return options
        .value(option)
        .orElseThrow(() -> new IllegalArgumentException("missing option " + option));
  }
}
