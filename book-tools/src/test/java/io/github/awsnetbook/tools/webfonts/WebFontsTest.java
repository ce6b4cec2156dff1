package io.github.awsnetbook.tools.webfonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebFontsTest {

  @Test
  void eachFaceTakesTheReadersInstalledNotoSansCjkBeforeItsSubset() {
    String css =
        new String(
            new WebFonts(
                    List.of(
                        new WebFont("Noto Sans JP Book", 400, Path.of("NotoSansJP-Regular.ttf")),
                        new WebFont("Noto Sans JP Book", 700, Path.of("NotoSansJP-Bold.ttf"))))
                .stylesheet(),
            StandardCharsets.UTF_8);

    assertTrue(
        css.contains(
            "src: local(\"Noto Sans JP\"), local(\"NotoSansJP-Regular\"), local(\"Noto Sans CJK"
                + " JP\"), local(\"NotoSansCJKjp-Regular\"), url(\"NotoSansJP-Regular.subset.ttf\")"),
        css);
    assertTrue(
        css.contains(
            "local(\"Noto Sans CJK JP Bold\"), local(\"NotoSansCJKjp-Bold\"),"
                + " url(\"NotoSansJP-Bold.subset.ttf\")"),
        css);
  }

  @Test
  void anItalicFaceIsDeclaredItalicWithItsSubsetAlone() {
    String css =
        new String(
            new WebFonts(
                    List.of(
                        new WebFont(
                            "Noto Sans JP Book", 400, true, Path.of("SourceSans3-Italic.ttf"))))
                .stylesheet(),
            StandardCharsets.UTF_8);
    // No installed Noto Sans CJK, which has no italic: a browser would slant it.
    assertTrue(
        css.contains(
            "font-style: italic;\n  font-weight: 400;\n  font-display: swap;\n"
                + "  src: url(\"SourceSans3-Italic.subset.ttf\") format(\"truetype\");"),
        css);
  }

  @Test
  void aPageCarriesItsItalicOnlyWhenItHasItalicText() {
    WebFonts fonts =
        new WebFonts(
            List.of(
                new WebFont("Book", 400, Path.of("Upright.ttf")),
                new WebFont("Book", 400, true, Path.of("Italic.ttf"))));
    assertEquals(
        List.of(Path.of("Upright.ttf")),
        fonts.facesFor(org.jsoup.Jsoup.parse("<p>plain</p>")).stream()
            .map(WebFont::source)
            .toList());
    assertEquals(
        List.of(Path.of("Upright.ttf"), Path.of("Italic.ttf")),
        fonts.facesFor(org.jsoup.Jsoup.parse("<p>a <em>title</em></p>")).stream()
            .map(WebFont::source)
            .toList());
    assertEquals(
        List.of(Path.of("Upright.ttf")),
        fonts
            .facesFor(
                org.jsoup.Jsoup.parse("<html lang=\"ja\"><p lang=\"en\">a <em>title</em></p>"))
            .stream()
            .map(WebFont::source)
            .toList());
  }
}
