package io.github.awsnetbook.tools.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A drawing refers to nothing but itself and holds no script: each breach at its line. */
class SvgReferencesTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final Path FILE = Path.of("assets/figures/fig-x.svg");
  private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
  private static final String XLINK = " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

  private static List<Diagnostic> check(String svg) {
    return SvgReferences.check(FILE, svg);
  }

  private static String places(List<Diagnostic> problems) {
    return String.join(
        " ",
        problems.stream()
            .map(p -> p.line() + ":" + p.column() + ":" + p.ruleId().replace("safety/svg-", ""))
            .toList());
  }

  @Test
  void anImageOfAFileOutsideTheRepositoryIsRefusedAtItsAttribute() {
    List<Diagnostic> problems =
        check(
            OPEN
                + ">\n"
                + "  <rect width=\"1\"/>\n"
                + "  <image href=\"/etc/passwd\" width=\"9\"/>\n"
                + "</svg>\n");
    assertEquals("3:10:external-reference", places(problems));
    Diagnostic problem = problems.get(0);
    assertTrue(problem.isError());
    assertTrue(problem.message().contains("href=\"/etc/passwd\" of <image>"), problem.message());
    assertTrue(problem.message().contains("#id"), problem.message());
    assertEquals("  <image href=\"/etc/passwd\" width=\"9\"/>", problem.source().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../../secret.png",
        "file:///etc/hosts",
        "https://example.com/x.png",
        "data:image/png;base64,AAAA",
        "javascript:alert(1)",
        "other.svg#shape",
        "#"
      })
  void everyHrefButAnInternalIdIsRefusedWithOrWithoutXlink(String target) {
    assertEquals(
        "2:6:external-reference", places(check(OPEN + ">\n<use href=\"" + target + "\"/></svg>")));
    assertEquals(
        "2:6:external-reference",
        places(check(OPEN + XLINK + ">\n<use xlink:href=\"" + target + "\"/></svg>")));
  }

  @Test
  void urlsOutsideTheFileAndImportsAreRefusedInAttributesAndStyleSheets() {
    String svg =
        String.join(
            "\n",
            OPEN + ">",
            "<style>",
            "  @import url(https://example.com/x.css);",
            "  rect { fill: url(\"paint.svg#p\"); }",
            "</style>",
            "<rect style=\"filter: url( 'https://example.com/f.svg#f' )\"/>",
            "<rect fill=\"url(#gradient)\" mask=\"url(/tmp/m.svg#m)\"/>",
            "</svg>");
    assertEquals(
        "3:11:external-reference 3:3:external-reference 4:16:external-reference"
            + " 6:22:external-reference 7:35:external-reference",
        places(check(svg)));
  }

  @Test
  void cssEscapesAndImageSetsDoNotHideAUrl() {
    String svg =
        String.join(
            "\n",
            OPEN + ">",
            "<rect style=\"fill: \\75 rl(https://example.com/p.svg#p)\"/>",
            "<style>@\\69mport 'https://example.com/x.css';</style>",
            "<rect style=\"background-image: image-set('https://example.com/x.png' 1x)\"/>",
            "</svg>");
    assertEquals(
        "2:7:external-reference 3:8:external-reference 4:32:external-reference",
        places(check(svg)));
    assertEquals("url(a)", SvgReferences.unescaped("\\75 rl(a)"));
    assertEquals("@import", SvgReferences.unescaped("@\\69mport"));
  }

  @Test
  void anAnimationThatSetsAReferenceOrAnEventIsRefused() {
    String svg =
        String.join(
            "\n",
            OPEN + ">",
            "<a href=\"#x\"><set attributeName=\"href\" to=\"https://example.com\"/></a>",
            "<rect><animate attributeName=\"onclick\" to=\"x()\"/></rect>",
            "<rect><animate attributeName=\"width\" from=\"1\" to=\"9\" dur=\"1s\"/></rect>",
            "</svg>");
    assertEquals("2:14:active-content 3:7:active-content", places(check(svg)));
  }

  @Test
  void scriptsEventAttributesAndForeignObjectsAreRefused() {
    String svg =
        String.join(
            "\n",
            OPEN + ">",
            "<script>alert(1)</script>",
            "<rect width=\"5\" onclick=\"alert(1)\"/>",
            "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
            "<rect ONLOAD=\"x()\"/>",
            "</svg>");
    assertEquals(
        "2:1:active-content 3:17:active-content 4:1:active-content 5:7:active-content",
        places(check(svg)));
  }

  @Test
  void aStylesheetInstructionIsRefused() {
    assertEquals(
        "1:1:external-reference",
        places(check("<?xml-stylesheet href=\"https://example.com/x.css\"?>" + OPEN + "/>")));
  }

  /** The book's own drawings pass too: book-tests' BookAssetsIT, on the real assets. */
  @Test
  void internalReferencesPass() throws IOException {
    assertEquals(
        "",
        places(
            check(
                OPEN
                    + XLINK
                    + "><defs><linearGradient id=\"g\"/></defs>"
                    + "<rect fill=\"url(#g)\" style=\"fill: url('#g')\"/><use xlink:href=\"#g\"/>"
                    + "<a href=\"#g\"><text>{{label}}</text></a></svg>")));
  }

  @Test
  void theSourceCheckRefusesADrawingOfTheSharedFoldersAtItsLine(@TempDir Path root)
      throws IOException {
    write(root, "content-en/src/docs/asciidoc/index.adoc", "= Title\n\nText.\n");
    write(
        root,
        "assets/figures/fig-evil.svg",
        OPEN + ">\n<image href=\"../../../x.png\"/>\n</svg>\n");
    write(root, "assets/images/logo.svg", OPEN + ">\n<script>x()</script>\n</svg>\n");
    List<Diagnostic> problems =
        CheckSources.check(
                new CheckSources.Request(root, "en", "en", List.of(root.resolve("assets"))),
                ASCIIDOCTOR.models())
            .problems();
    assertEquals(
        List.of("assets/figures/fig-evil.svg:2:8: error", "assets/images/logo.svg:2:1: error"),
        problems.stream()
            .map(problem -> problem.toString().replaceFirst("(: error).*", "$1"))
            .toList());
  }

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
