package io.github.awsnetbook.tools.webfonts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WebFontsTest {

  @Test
  void thePageHeadPreloadsEverySubsetBeforeItLinksTheirStylesheet() {
    WebFonts fonts =
        new WebFonts(
            List.of(
                new WebFont("Noto Sans JP Book", 400, Path.of("NotoSansJP-Regular.ttf")),
                new WebFont("Noto Sans JP Book", 700, Path.of("NotoSansJP-Bold.ttf"))));

    Document head = Jsoup.parse("<html><head>" + fonts.headLinks() + "</head></html>");

    List<Element> links = head.select("head > link");
    assertEquals(
        List.of(
            "preload fonts/NotoSansJP-Regular.subset.ttf font font/ttf anonymous",
            "preload fonts/NotoSansJP-Bold.subset.ttf font font/ttf anonymous",
            "stylesheet fonts/book-fonts.css   "),
        links.stream()
            .map(
                link ->
                    String.join(
                        " ",
                        link.attr("rel"),
                        link.attr("href"),
                        link.attr("as"),
                        link.attr("type"),
                        link.attr("crossorigin")))
            .toList());
  }
}
