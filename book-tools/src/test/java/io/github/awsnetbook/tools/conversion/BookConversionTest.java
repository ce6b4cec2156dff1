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
import org.w3c.dom.Element;

/**
 * The conversion's Java API and the build's asciidoctor-maven-plugin configuration in the root
 * {@code pom.xml} give Asciidoctor the same attributes and options: a change to one without the
 * other fails here.
 */
class BookConversionTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path BUILD = ROOT.resolve("content-en/target");
  private static final BuildPom POM = BuildPom.read(ROOT, "en", BUILD);
  private static final BookLayout LAYOUT =
      new BookLayout(ROOT, "en", "ja", List.of("ja", "en"), BUILD);

  @Test
  void sharedAttributesAreThePluginsAttributes() {
    Element configuration = POM.pluginConfiguration("asciidoctor-maven-plugin");
    assertEquals(
        asThePluginPassesThem(POM.resolvedChildren(configuration, "attributes")),
        BookConversion.sharedAttributes(LAYOUT));
  }

  @Test
  void htmlAttributesAreTheHtmlExecutionsAttributes() {
    Element html = POM.executionConfiguration("asciidoctor-maven-plugin", "html");
    assertEquals(
        asThePluginPassesThem(POM.resolvedChildren(html, "attributes")),
        BookConversion.htmlAttributes(LAYOUT));
  }

  @Test
  void bookPropertiesArePassedAsThePluginPassesProjectProperties() {
    Map<String, Object> expected = new LinkedHashMap<>();
    for (String name : POM.resolvedChildren(pomProject(), "properties").keySet()) {
      if (name.startsWith("book.")) {
        expected.put(name.replace('.', '-'), POM.property(name));
      }
    }
    expected.put("book-lang", "en");
    assertEquals(expected, BookConversion.bookProperties(LAYOUT));
  }

  @Test
  void optionsAreThePluginsOptions() {
    Element configuration = POM.pluginConfiguration("asciidoctor-maven-plugin");
    Element html = POM.executionConfiguration("asciidoctor-maven-plugin", "html");
    assertEquals("src/docs/asciidoc", BuildPom.text(configuration, "sourceDirectory"));
    assertEquals("index.adoc", BuildPom.text(configuration, "sourceDocumentName"));
    assertEquals(LAYOUT.sourceDir(), LAYOUT.module().resolve("src/docs/asciidoc"));
    assertEquals(ROOT.toString(), POM.resolve(BuildPom.text(configuration, "baseDir")));
    assertEquals("true", BuildPom.text(configuration, "sourcemap"));
    assertEquals("html5", BuildPom.text(html, "backend"));
    Element logHandler = BuildPom.child(configuration, "logHandler").orElseThrow();
    assertEquals(
        "WARN", BuildPom.text(BuildPom.child(logHandler, "failIf").orElseThrow(), "severity"));

    Map<String, Object> options =
        BookConversion.htmlOptions(LAYOUT, BUILD.resolve("staging/html")).map();
    assertEquals("html5", options.get("backend"));
    assertEquals(true, options.get("sourcemap"));
    assertEquals(true, options.get("standalone"));
    assertEquals(ROOT.toString(), options.get("base_dir"));
    assertEquals(BUILD.resolve("staging/html").toString(), options.get("to_dir"));
    // The plugin asks for UNSAFE; the build's SafeModeFloor raises every document to SAFE.
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
            "io.github.awsnetbook.tools.references.ReferencesRegistry"),
        Files.readAllLines(services, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank())
            .toList());
  }

  private static Element pomProject() {
    return POM.pluginConfiguration("asciidoctor-maven-plugin")
        .getOwnerDocument()
        .getDocumentElement();
  }

  /** As asciidoctor-maven-plugin passes configured values: true as set, false as unset. */
  private static Map<String, Object> asThePluginPassesThem(Map<String, String> configured) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    configured.forEach(
        (name, value) ->
            attributes.put(
                name, value.equals("true") ? "" : value.equals("false") ? (Object) false : value));
    return attributes;
  }
}
