package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The labels of an inline SVG figure are printed as text in the book's embedded font. */
@Execution(ExecutionMode.CONCURRENT)
class SvgTextDrawerTest {

  /**
   * A figure with labels of every size and weight the figures use, anchored at the start and in the
   * middle, in two languages, one of them on two lines. The start-anchored label at x=100 marks
   * where x=100 lands on the page; the figure's own coordinates are then checked against it.
   */
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="ja"><head><meta charset="utf-8"><title>図のテスト</title>
      <meta name="subject" content="図のラベルのテスト">
      <style>body { font-family: "Noto Sans JP Book"; }</style></head>
      <body><div id="content"><p>本文の段落です。</p>
      <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="ラベルの図"
           width="400" height="220" viewBox="0 0 400 220">
        <rect x="5" y="5" width="390" height="210" fill="#eef3fb" stroke="#1a4d8f"/>
        <text x="100" y="30" font-size="11" fill="#333333">Start at one hundred</text>
        <text x="100" y="60" font-size="13" font-weight="bold" fill="#1a4d8f"
              text-anchor="middle">中央の見出し</text>
        <text x="100" y="90" font-size="12" fill="#c00000">十二ポイントの標準</text>
        <text x="100" y="120" font-size="12" font-weight="bold">Bold twelve</text>
        <text x="100" y="150" font-size="12.5">半端な 12.5 サイズ</text>
        <text x="300" y="170" font-size="12" font-weight="bold" text-anchor="middle"
          ><tspan x="300" dy="0">二行のラベル</tspan><tspan x="300" dy="16">Second line</tspan></text>
        <text x="250" y="40" font-size="12" letter-spacing="4">字間あき</text>
        <text x="250" y="80" font-size="12" rotate="90">回転</text>
      </svg></div></body></html>
      """;

  private static String text;
  private static List<TextPosition> glyphs;

  @BeforeAll
  static void print(@TempDir Path folder) throws IOException {
    Path page = folder.resolve("index.html");
    Files.writeString(page, PAGE);
    Path pdf = Prints.print(page, folder.resolve("figure.pdf"));
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      Glyphs stripper = new Glyphs();
      text = stripper.getText(document);
      glyphs = stripper.glyphs;
    }
  }

  @Test
  void everyLabelIsInThePagesTextOnce() {
    for (String label :
        List.of(
            "Start at one hundred",
            "中央の見出し",
            "十二ポイントの標準",
            "Bold twelve",
            "半端な 12.5 サイズ",
            "二行のラベル",
            "Second line")) {
      assertTrue(text.contains(label), "the page text lacks \"" + label + "\":\n" + text);
      assertEquals(1, text.split(label, -1).length - 1, "\"" + label + "\" more than once");
    }
  }

  @Test
  void eachLabelIsInTheEmbeddedFaceOfItsWeight() {
    assertFace("Start at one hundred", "NotoSansJP-Regular");
    assertFace("中央の見出し", "NotoSansJP-Bold");
    assertFace("十二ポイントの標準", "NotoSansJP-Regular");
    assertFace("Bold twelve", "NotoSansJP-Bold");
    assertFace("半端な 12.5 サイズ", "NotoSansJP-Regular");
    assertFace("二行のラベル", "NotoSansJP-Bold");
    assertFace("Second line", "NotoSansJP-Bold");
  }

  @Test
  void labelsShareTheEmbeddedFontOfThePagesText() {
    assertSame(
        glyphsOf("本文の段落です。").get(0).getFont().getCOSObject(),
        glyphsOf("十二ポイントの標準").get(0).getFont().getCOSObject(),
        "the figure embeds a second copy of the font");
  }

  @Test
  void eachLabelHasItsOwnSize() {
    double scale = size("十二ポイントの標準") / 12;
    assertEquals(11, size("Start at one hundred") / scale, 0.05);
    assertEquals(13, size("中央の見出し") / scale, 0.05);
    assertEquals(12, size("Bold twelve") / scale, 0.05);
    assertEquals(12.5, size("半端な 12.5 サイズ") / scale, 0.05);
  }

  @Test
  void labelsStandWhereTheFigurePlacesThem() {
    double scale = size("十二ポイントの標準") / 12;
    double x100 = left("Start at one hundred");
    assertEquals(x100, left("十二ポイントの標準"), 0.5, "start-anchored labels share their x");
    assertEquals(x100, centre("中央の見出し"), 0.5, "a middle-anchored label is centred on its x");
    double x300 = x100 + 200 * scale;
    assertEquals(x300, centre("二行のラベル"), 0.5, "the first line of a tspan label");
    assertEquals(x300, centre("Second line"), 0.5, "the second line, at the tspan's own x");
    assertEquals(16 * scale, baseline("Second line") - baseline("二行のラベル"), 0.5, "dy=16");
    assertEquals(30 * scale, baseline("中央の見出し") - baseline("Start at one hundred"), 0.5);
  }

  @Test
  void glyphsMovedOneByOneAreWrittenOneByOneWhereBatikPutsThem() {
    double scale = size("十二ポイントの標準") / 12;
    List<TextPosition> spaced = glyphsOf("字間あき");
    for (int i = 1; i < spaced.size(); i++) {
      TextPosition before = spaced.get(i - 1);
      assertEquals(
          before.getXDirAdj() + before.getWidthDirAdj() + 4 * scale,
          spaced.get(i).getXDirAdj(),
          0.2,
          "letter-spacing=4 after " + before.getUnicode());
    }
    assertFace("回転", "NotoSansJP-Regular");
  }

  @Test
  void aFiguresScriptDoesNotRunAndNothingOutsideThePagesFolderIsLoaded(@TempDir Path temp)
      throws IOException {
    Path outside = temp.resolve("outside.png");
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", outside.toFile());
    Path page = temp.resolve("book/index.html");
    Files.createDirectories(page.getParent());
    Files.writeString(
        page,
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Hostile figures</title>
        <meta name="subject" content="Hostile figures"></head><body>
        <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Script" width="200"
             height="40" onload="document.getElementById('state').firstChild.data='onload ran'">
          <text id="state" x="10" y="20" font-size="12">no script ran</text>
          <script>document.getElementById('state').firstChild.data = 'a script ran';</script>
        </svg>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
             role="img" aria-label="Image" width="200" height="40">
          <image x="0" y="0" width="8" height="8" xlink:href="%s"/>
        </svg>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
             role="img" aria-label="Relative image" width="200" height="40">
          <image x="0" y="0" width="8" height="8" xlink:href="../outside.png"/>
        </svg></body></html>
        """
            .formatted(outside.toUri()));
    // Printed in memory: the refused images stop a real print (PdfPrinterTest), each named.
    PdfPrinter.Printout printout = Prints.printout(page);
    String refused = printout.problems().toString();
    assertTrue(refused.contains(outside.toUri().getPath()), refused);
    assertTrue(refused.contains("../outside.png"), refused);
    try (PDDocument document = Loader.loadPDF(printout.pdf())) {
      String printed = new PDFTextStripper().getText(document);
      assertTrue(printed.contains("no script ran"), printed);
      assertEquals(0, Prints.images(document), "an image from outside the page's folder was drawn");
    }
  }

  private static void assertFace(String label, String face) {
    for (TextPosition glyph : glyphsOf(label)) {
      String font = glyph.getFont().getName();
      assertTrue(
          font.matches("[A-Z]{6}\\+" + face) && glyph.getFont().isEmbedded(),
          "\"" + label + "\" is drawn in " + font + ", not an embedded subset of " + face);
    }
  }

  /** The label's size on the page: its font size scaled by the text and page matrices. */
  private static double size(String label) {
    return glyphsOf(label).get(0).getXScale();
  }

  private static double left(String label) {
    return glyphsOf(label).get(0).getXDirAdj();
  }

  private static double centre(String label) {
    List<TextPosition> of = glyphsOf(label);
    TextPosition last = of.get(of.size() - 1);
    return (left(label) + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
  }

  private static double baseline(String label) {
    return glyphsOf(label).get(0).getYDirAdj();
  }

  /** The glyphs that draw a label, in the order they are drawn. */
  private static List<TextPosition> glyphsOf(String label) {
    StringBuilder drawn = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (TextPosition glyph : glyphs) {
      starts.add(drawn.length());
      drawn.append(glyph.getUnicode());
    }
    int at = drawn.indexOf(label);
    assertTrue(at >= 0, "no glyphs draw \"" + label + "\": " + drawn);
    int first = starts.indexOf(at);
    int last = first;
    while (last + 1 < starts.size() && starts.get(last + 1) < at + label.length()) {
      last++;
    }
    return glyphs.subList(first, last + 1);
  }

  /** Collects every glyph of the page in the order the content draws it. */
  private static final class Glyphs extends PDFTextStripper {
    final List<TextPosition> glyphs = new ArrayList<>();

    @Override
    protected void processTextPosition(TextPosition text) {
      super.processTextPosition(text);
      glyphs.add(text);
    }
  }

  /**
   * A figure given a width and no height is drawn as high as its view box's proportions give: the
   * engine drew it 400 px high whatever its view box.
   */
  @Test
  void aViewBoxGivesItsHeightOverItsWidth() {
    assertEquals(292.0 / 700, SvgTextDrawer.viewBoxRatio("0 0 700 292"), 1e-9);
    assertEquals(0.5, SvgTextDrawer.viewBoxRatio(" 0,0, 800,400 "), 1e-9);
    assertEquals(0, SvgTextDrawer.viewBoxRatio(""), 0);
    assertEquals(0, SvgTextDrawer.viewBoxRatio("0 0 0 100"), 0);
    assertEquals(0, SvgTextDrawer.viewBoxRatio("0 0 wide 100"), 0);
  }
}
