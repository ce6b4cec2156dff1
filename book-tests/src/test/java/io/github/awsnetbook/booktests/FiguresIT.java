package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each figure, rendered with each locale's labels, in that locale's HTML and PDF. */
@ExtendWith(ReadBooks.Shared.class)
class FiguresIT {

  private final ReadBooks books;

  FiguresIT(ReadBooks books) {
    this.books = books;
  }

  private static final Pattern JAPANESE =
      Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

  /** Every figure of assets/figures in every locale, numbered in the order of the chapter. */
  static Stream<Arguments> figuresInEveryLocale() {
    List<Arguments> cases = new ArrayList<>();
    for (Book book : Book.all()) {
      List<String> figures = figuresInOrder(book);
      for (int i = 0; i < figures.size(); i++) {
        cases.add(Arguments.of(book, figures.get(i), i + 1));
      }
    }
    return cases.stream();
  }

  @Test
  void everyFigureOfTheAssetsIsPlacedInEveryBook() throws IOException {
    Set<String> drawn = new HashSet<>();
    try (Stream<Path> files = Files.list(Book.root().resolve("assets/figures"))) {
      files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".svg"))
          .forEach(name -> drawn.add(name.replaceFirst("\\.svg$", "")));
    }
    assertEquals(5, drawn.size(), "the article has five figures: " + drawn);
    for (Book book : Book.all()) {
      assertEquals(drawn, new HashSet<>(figuresInOrder(book)), "figures placed in " + book);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("figuresInEveryLocale")
  void theRenderedFigureCarriesEveryLabelOfItsLocaleAndNoOther(Book book, String figure, int n) {
    Path rendered = book.htmlFolder().resolve("images/" + figure + ".svg");
    assertTrue(Files.isRegularFile(rendered), "not bundled: " + rendered);
    Set<String> drawnTexts = textsOf(Jsoup.parse(read(rendered), "", Parser.xmlParser()));

    Map<String, String> own = labels(book.lang(), figure);
    assertFalse(own.isEmpty(), "no labels for " + figure + " in " + book);
    for (String text : own.values()) {
      for (String line : text.split("\n")) {
        assertTrue(
            drawnTexts.contains(line),
            figure + " (" + book + ") lacks \"" + line + "\"; drawn: " + drawnTexts);
      }
    }
    Set<String> ownLines = new HashSet<>();
    own.values().forEach(text -> ownLines.addAll(List.of(text.split("\n"))));
    for (Book other : Book.all()) {
      for (String text : labels(other.lang(), figure).values()) {
        for (String line : text.split("\n")) {
          assertFalse(
              !ownLines.contains(line) && drawnTexts.contains(line),
              figure + " (" + book + ") shows the " + other + " label \"" + line + "\"");
        }
      }
    }
    if (!book.lang().equals("ja")) {
      drawnTexts.forEach(
          text ->
              assertFalse(
                  JAPANESE.matcher(text).find(),
                  figure + " (" + book + ") has Japanese text: " + text));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("figuresInEveryLocale")
  void theHtmlShowsTheFigureInlineWithItsAltTextAndNumberedCaption(
      Book book, String figure, int n) {
    Document html = books.html(book);
    Element block = html.getElementById(figure);
    assertNotNull(block, "no block #" + figure + " in " + book);
    Element svg = block.selectFirst("svg[role=img]");
    assertNotNull(svg, "#" + figure + " has no inline SVG in " + book);
    // Asciidoctor typesets the alt text (’ for '), as it does all text.
    assertEquals(
        PdfText.unwrapped(altText(book, figure)), PdfText.unwrapped(svg.attr("aria-label")));
    assertNull(block.selectFirst("img"), "the figure is still an img element");
    assertTrue(svg.text().contains(firstLabelLine(book, figure)), svg.text());
    Element caption = block.selectFirst(".title");
    assertNotNull(caption, "#" + figure + " has no caption");
    assertTrue(
        PdfText.unwrapped(caption.text())
            .startsWith(PdfText.unwrapped(book.localeAttribute("figure-caption") + n)),
        caption.text());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("figuresInEveryLocale")
  void thePdfDrawsTheFigureTextOnThePageOfItsCaption(Book book, String figure, int n) {
    // "Figure 1." in English, 「図1　」 in Japanese: the number, not followed by another digit.
    String caption = PdfText.unwrapped(book.localeAttribute("figure-caption") + n);
    Pattern captioned = Pattern.compile(Pattern.quote(caption) + "(?!\\d)");
    List<String> pages = books.pdfPages(book);
    for (int page = 1; page <= pages.size(); page++) {
      String text = PdfText.unwrapped(pages.get(page - 1));
      if (captioned.matcher(text).find()) {
        // The SVG title is the figure's accessible name, not drawn: the caption shows it.
        Map<String, String> drawn = labels(book.lang(), figure);
        drawn.keySet().removeIf(key -> key.endsWith(".title"));
        for (String label : drawn.values()) {
          assertTrue(
              text.contains(PdfText.unwrapped(label)),
              "page " + page + " of the " + book + " PDF lacks the label \"" + label + "\"");
        }
        return;
      }
    }
    throw new AssertionError("no page of the " + book + " PDF has the caption " + caption);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("figuresInEveryLocale")
  void theCaptionOfEachFigureIsItsSvgTitle(Book book, String figure, int n) {
    // The SVG title is the figure's accessible name: a reader who hears it and a reader who sees
    // the caption are told the same thing.
    assertEquals(
        labels(book.lang(), figure).get(figure + ".title"),
        caption(book, figure),
        figure
            + " in "
            + book
            + ": the caption in the chapter and the title in figures.properties");
  }

  /** The figures in the order the book places them. */
  private static List<String> figuresInOrder(Book book) {
    Matcher image = Pattern.compile("(?m)^image::(fig-[\\w-]+)\\.svg\\[").matcher(chapter(book));
    List<String> figures = new ArrayList<>();
    while (image.find()) {
      figures.add(image.group(1));
    }
    return figures;
  }

  private static String altText(Book book, String figure) {
    Matcher image =
        Pattern.compile("(?m)^image::" + figure + "\\.svg\\[\"([^\"]+)\"").matcher(chapter(book));
    assertTrue(image.find(), "no alt text for " + figure + " in " + book);
    return image.group(1);
  }

  /** The block title (".Caption") on the line before the figure's image macro. */
  private static String caption(Book book, String figure) {
    Matcher image =
        Pattern.compile("(?m)^\\.([^.\\s].*)\\n(?:\\[[^\\n]*\\]\\n)*image::" + figure + "\\.svg\\[")
            .matcher(chapter(book));
    assertTrue(image.find(), "no caption for " + figure + " in " + book);
    return image.group(1);
  }

  private static String firstLabelLine(Book book, String figure) {
    return labels(book.lang(), figure).values().iterator().next().split("\n")[0];
  }

  private static String chapter(Book book) {
    return read(book.module().resolve("src/docs/asciidoc/chapters/_article-0003.adoc"));
  }

  /** The labels of one figure in one locale, by key. */
  private static Map<String, String> labels(String lang, String figure) {
    Properties properties = new Properties();
    Path file =
        Book.root().resolve("content-" + lang + "/src/docs/asciidoc/figures/figures.properties");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> labels = new TreeMap<>();
    properties.stringPropertyNames().stream()
        .filter(key -> key.startsWith(figure + "."))
        .forEach(key -> labels.put(key, properties.getProperty(key)));
    return labels;
  }

  /** Each line of text the SVG draws or titles. */
  private static Set<String> textsOf(Document svg) {
    Set<String> texts = new HashSet<>();
    for (Element element : svg.select("text, title")) {
      if (element.select("tspan").isEmpty()) {
        texts.add(element.text());
      } else {
        element.select("tspan").forEach(span -> texts.add(span.text()));
      }
    }
    return texts;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
