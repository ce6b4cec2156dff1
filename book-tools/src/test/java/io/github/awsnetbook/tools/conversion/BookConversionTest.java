package io.github.awsnetbook.tools.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conversion's options and attributes, which the book plugin's convert step and the live
 * preview both use: the book's setup, and every book.* property of the root pom as an attribute.
 */
class BookConversionTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path BUILD = ROOT.resolve("content-en/target");
  private static final BookLayout LAYOUT =
      new BookLayout(ROOT, "en", "ja", List.of("ja", "en"), BUILD);

  @Test
  void theBookIsConvertedWithItsTableOfContentsIdsAndReferenceStyle() {
    Map<String, Object> attributes = BookConversion.sharedAttributes(LAYOUT);
    assertEquals("left", attributes.get("toc"));
    assertEquals("2", attributes.get("toclevels"));
    assertEquals("", attributes.get("idprefix"));
    assertEquals("-", attributes.get("idseparator"));
    assertEquals("short", attributes.get("xrefstyle"));
    // A missing attribute is a warning, and every warning fails the book.
    assertEquals("warn", attributes.get("attribute-missing"));
    assertEquals(LAYOUT.glossary().toString(), attributes.get("book-glossary"));
    assertEquals(
        LAYOUT.translationNotices().toString(), attributes.get("book-translation-notices"));
    assertEquals(LAYOUT.sourceDir().toString(), attributes.get("book-source-dir"));
  }

  @Test
  void thePageLinksItsStylesheetsAndImagesBesideItAndLoadsNoWebFont() {
    Map<String, Object> attributes = BookConversion.htmlAttributes(LAYOUT);
    assertEquals("images", attributes.get("imagesdir"));
    // Linked, not embedded, so that the Content-Security-Policy can forbid inline code.
    assertEquals("", attributes.get("linkcss"));
    assertEquals("css", attributes.get("stylesdir"));
    assertEquals(LAYOUT.themeDir().resolve("html").toString(), attributes.get("docinfodir"));
    assertEquals(false, attributes.get("webfonts"));
  }

  @Test
  void theBookAttributesNameTheLayoutsFoldersAndLocales() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("book-root", ROOT.toString());
    expected.put("book-theme-dir", ROOT.resolve("theme").toString());
    expected.put("book-assets-dir", ROOT.resolve("assets").toString());
    expected.put("book-locales", "ja en");
    expected.put("book-staging-dir", BUILD.resolve("staging").toString());
    expected.put("book-source-lang", "ja");
    expected.put("book-figures-dir", BUILD.resolve("figures").toString());
    expected.put("book-lang", "en");
    assertEquals(expected, BookConversion.bookProperties(LAYOUT));
  }

  @Test
  void theConversionIsSafeWholePageWithSourceLocationsInTheRepositoryJail() {
    Map<String, Object> options =
        BookConversion.htmlOptions(LAYOUT, BUILD.resolve("staging/html")).map();
    assertEquals("html5", options.get("backend"));
    assertEquals(true, options.get("sourcemap"));
    assertEquals(true, options.get("standalone"));
    assertEquals(ROOT.toString(), options.get("base_dir"));
    assertEquals(BUILD.resolve("staging/html").toString(), options.get("to_dir"));
    assertEquals(org.asciidoctor.SafeMode.SAFE.getLevel(), options.get("safe"));
  }

  @Test
  void theBuildsExtensionsAreTheServiceLoadersWhichEveryAsciidoctorLoads() throws IOException {
    Path services =
        Path.of(
            "src/main/resources/META-INF/services/"
                + "org.asciidoctor.jruby.extension.spi.ExtensionRegistry");
    assertEquals(
        List.of(
            "io.github.awsnetbook.tools.safety.SafeModeFloor",
            "io.github.awsnetbook.tools.safety.RealPathJail",
            "io.github.awsnetbook.tools.asciidoc.ReadLines",
            "io.github.awsnetbook.tools.typography.TypographyRegistry",
            "io.github.awsnetbook.tools.translation.TranslationRegistry",
            "io.github.awsnetbook.tools.references.ReferencesRegistry",
            "io.github.awsnetbook.tools.titlepage.TitlePageRegistry"),
        Files.readAllLines(services, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank())
            .toList());
  }
}
