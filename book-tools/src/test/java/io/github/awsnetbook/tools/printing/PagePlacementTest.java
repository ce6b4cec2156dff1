package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the print copy places a figure that does not fit on its page. */
class PagePlacementTest {

  @Test
  void aFigureThatEndsItsSectionNeverFloatsPastTheNextHeading(@TempDir Path temp)
      throws IOException {
    Path folder = Files.createDirectories(temp.resolve("book"));
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(image, "png", folder.resolve("figure.png").toFile());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      text.append("<div class=\"paragraph\"><p>段落").append(i).append("の文です。</p></div>");
    }
    Path page = folder.resolve("index.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html lang=\"ja\"><head><title>試験</title>"
            + "<meta name=\"dcterms.subject\" content=\"試験\">"
            + "<style>@page { size: A4; margin: 20mm } .imageblock { page-break-inside: avoid }"
            + " p { margin: 0 0 3mm 0 }</style></head><body><div id=\"content\">"
            + "<div class=\"sect1\"><h2>章</h2><div class=\"sectionbody\">"
            + "<div class=\"sect2\"><h3>一の節</h3>"
            + text
            + "<div class=\"imageblock\"><div class=\"content\"><img src=\"figure.png\" alt=\"図\""
            + " style=\"width: 100mm; height: 150mm\"></div><div class=\"title\">図9 試験の図</div>"
            + "</div></div>"
            + "<div class=\"sect2\"><h3>二の節</h3><div class=\"paragraph\"><p>次の節の文です。</p>"
            + "</div></div></div></div></div></body></html>",
        StandardCharsets.UTF_8);
    Path pdf = Prints.print(page, temp.resolve("book.pdf"));
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String printed = stripper.getText(document).replaceAll("\\s", "");
      assertTrue(printed.contains("図9"), printed);
      // The heading in the text, not in the running head: followed by its section's text.
      int heading = printed.indexOf("二の節次の節");
      assertTrue(heading > 0, printed);
      assertTrue(
          printed.indexOf("図9") < heading,
          "the figure floated past the next section's heading: " + printed);
    }
  }
}
