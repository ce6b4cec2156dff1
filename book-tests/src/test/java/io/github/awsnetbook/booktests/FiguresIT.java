package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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

  private static final FigureGeometry GEOMETRY = FigureGeometry.withBookFonts();

  /** A reference to an entry of the sources in a caption. */
  private static final Pattern SOURCE_REFERENCE = Pattern.compile("<<src-[^>]+>>");

  /** The credit line of a figure's title (who drew it, from what), which the page sets under it. */
  private static final Pattern CREDIT = Pattern.compile("\\[\\.figure-credit\\]##.*?##");

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

  /** A letter of Japanese text: kana, kanji, or a full-width mark. */
  private static final String JAPANESE_LETTER =
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{InCJKSymbolsAndPunctuation}"
          + "\\p{InHalfwidthAndFullwidthForms}]";

  /** A space typed between Japanese and a Latin letter or digit, on either side. */
  private static final Pattern TYPED_SPACE =
      Pattern.compile(
          "(?<="
              + JAPANESE_LETTER
              + ")\\s+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])\\s+(?="
              + JAPANESE_LETTER
              + ")");

  /**
   * A Japanese figure's alt text (the editors' text) types no space between Japanese and Latin: the
   * typesetting spaces them where it sets them (figures 1, 2, 3 and 5 typed 85 such spaces, figure
   * 4 none).
   */
  @ParameterizedTest(name = "{1}")
  @MethodSource("japaneseFigures")
  void aJapaneseAltTextTypesNoSpaceBetweenJapaneseAndLatin(Book book, String figure, int n) {
    String alt = altText(book, figure);
    Matcher typed = TYPED_SPACE.matcher(alt);
    assertFalse(
        typed.find(),
        () ->
            figure
                + ": a space typed at «"
                + alt.substring(
                    Math.max(0, typed.start() - 8), Math.min(alt.length(), typed.end() + 8))
                + "»; write the two without it");
  }

  static Stream<Arguments> japaneseFigures() {
    return figuresInEveryLocale().filter(a -> ((Book) a.get()[0]).lang().equals("ja"));
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
  void theCaptionOfEachFigureIsItsSvgTitleWithItsSourceReferences(Book book, String figure, int n) {
    // The SVG title is the figure's accessible name: a reader who hears it and a reader who sees
    // the caption are told the same thing. The block's title adds only the credit line set under
    // the caption and its references to the sources (<<src-…>>), links a title cannot hold.
    String caption = caption(book, figure);
    assertEquals(
        labels(book.lang(), figure).get(figure + ".title"),
        SOURCE_REFERENCE.matcher(CREDIT.matcher(caption).replaceAll("")).replaceAll("").strip(),
        figure
            + " in "
            + book
            + ": the caption in the chapter and the title in figures.properties");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("figuresInEveryLocale")
  void everyLabelOfTheFigureIsPrintedAtSevenPointsOrMore(Book book, String figure, int n)
      throws IOException {
    List<Glyph> glyphs = glyphsOfThePageOfTheCaption(book, n);
    StringBuilder text = new StringBuilder();
    List<Double> sizes = new ArrayList<>();
    for (Glyph glyph : glyphs) {
      for (char c : glyph.text().toCharArray()) {
        if (!Character.isWhitespace(c)) {
          text.append(c);
          sizes.add(glyph.size());
        }
      }
    }
    Map<String, String> drawn = labels(book.lang(), figure);
    drawn.keySet().removeIf(key -> key.endsWith(".title"));
    for (String label : drawn.values()) {
      for (String line : label.split("\n")) {
        String wanted = line.replaceAll("\\s+", "");
        int at = text.indexOf(wanted);
        assertTrue(at >= 0, figure + " (" + book + "): the label \"" + line + "\" is not printed");
        // Every place the words are printed: the body text is larger, so a small one is the
        // figure's.
        for (; at >= 0; at = text.indexOf(wanted, at + 1)) {
          double smallest =
              sizes.subList(at, at + wanted.length()).stream().mapToDouble(d -> d).min().orElse(0);
          assertTrue(
              smallest >= 7.0,
              String.format(
                  Locale.ROOT,
                  "%s (%s): \"%s\" is printed at %.2f pt, under 7 pt",
                  figure,
                  book,
                  line,
                  smallest));
        }
      }
    }
  }

  /**
   * Every figure is printed within the text column of its page, as a book sets its figures: what it
   * draws (its paths, each with its stroke's width, as the PDF paints them) and its labels. The
   * column is the body text's: from the left edge of the running paragraphs, centred on the page.
   * Its labels stay 7 pt or more there (everyLabelOfTheFigureIsPrintedAtSevenPointsOrMore). The
   * English figures were drawn 453.5 pt wide over the 385 pt text, 34 pt out on each side.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void everyFigureIsPrintedWithinTheTextColumnOfItsPage(Book book) throws IOException {
    PDDocument pdf = books.pdf(book);
    double pageWidth = pdf.getPage(0).getMediaBox().getWidth();
    double left = textLeft(book);
    double right = pageWidth - left;
    List<TaggedText.Block> figures =
        books.blocks(book).stream().filter(block -> block.type().equals("Figure")).toList();
    assertEquals(figuresInOrder(book).size(), figures.size(), book + ": figures tagged");
    Map<Integer, Integer> drawnOnPage = new TreeMap<>();
    List<String> out = new ArrayList<>();
    for (int n = 1; n <= figures.size(); n++) {
      TaggedText.Block figure = figures.get(n - 1);
      int page = figure.pages().get(0);
      int index = drawnOnPage.merge(page, 1, Integer::sum) - 1;
      List<Rectangle2D> drawings = PageDrawing.figures(pdf.getPage(page - 1));
      assertTrue(index < drawings.size(), book + ": figure " + n + " is not drawn on p. " + page);
      Rectangle2D drawn = drawings.get(index);
      assertNotNull(drawn, book + ": figure " + n + " paints no path");
      for (List<TextPosition> line : figure.glyphs()) {
        for (TextPosition glyph : line) {
          if (!glyph.getUnicode().isBlank()) {
            drawn.add(glyph.getXDirAdj(), drawn.getCenterY());
            drawn.add(glyph.getXDirAdj() + glyph.getWidthDirAdj(), drawn.getCenterY());
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%s figure %d (p. %d): drawn %.1f–%.1f pt, %.1f pt wide; the column %.1f–%.1f pt%n",
          book,
          n,
          page,
          drawn.getMinX(),
          drawn.getMaxX(),
          drawn.getWidth(),
          left,
          right);
      if (drawn.getMinX() < left - 0.5 || drawn.getMaxX() > right + 0.5) {
        out.add(
            String.format(
                Locale.ROOT,
                "figure %d (p. %d) drawn %.1f–%.1f pt, out of the column %.1f–%.1f pt",
                n,
                page,
                drawn.getMinX(),
                drawn.getMaxX(),
                left,
                right));
      }
    }
    assertEquals(List.of(), out, book + ": figures wider than the text column");
  }

  /** The left edge of the body text: where the lines of its running paragraphs start. */
  private double textLeft(Book book) {
    Set<String> running = new HashSet<>();
    books
        .html(book)
        .select("#content .sectionbody > .paragraph > p")
        .forEach(p -> running.add(withoutSpaces(p.text())));
    return books.blocks(book).stream()
        .filter(block -> running.contains(withoutSpaces(String.join("", block.lines()))))
        .flatMap(block -> block.glyphs().stream())
        .mapToDouble(line -> line.get(0).getXDirAdj())
        .min()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("figuresInEveryLocale")
  void theFiguresPathColoursStayDistinctInGrey(Book book, String figure, int n) {
    // Printed in grey, each kind of path keeps its own lightness: CIE L* at least 10 apart, and
    // every path as dark as WCAG's 3:1 for graphics against white paper.
    Set<String> colours = new TreeSet<>();
    GEOMETRY.strokes(rendered(book, figure)).stream()
        .filter(stroke -> stroke.hasClass("fig-path"))
        .forEach(stroke -> colours.add(stroke.colour()));
    assertFalse(colours.isEmpty(), figure + " marks no path (class fig-path)");
    List<String> list = new ArrayList<>(colours);
    for (int i = 0; i < list.size(); i++) {
      String colour = list.get(i);
      assertTrue(
          FigureGeometry.contrastOnWhite(colour) >= 3.0,
          figure + ": the path colour " + colour + " is too pale on white paper");
      for (int j = i + 1; j < list.size(); j++) {
        double apart =
            Math.abs(FigureGeometry.lightness(colour) - FigureGeometry.lightness(list.get(j)));
        assertTrue(
            apart >= 10,
            String.format(
                Locale.ROOT,
                "%s: the paths %s and %s are %.1f L* apart in grey, under 10",
                figure,
                colour,
                list.get(j),
                apart));
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("figuresInEveryLocale")
  void noPathRunsThroughALabel(Book book, String figure, int n) {
    Document svg = rendered(book, figure);
    List<FigureGeometry.Stroke> strokes = GEOMETRY.strokes(svg);
    for (FigureGeometry.Label label : GEOMETRY.labels(svg)) {
      for (FigureGeometry.Stroke stroke : strokes) {
        assertFalse(
            stroke.touches(label.box()),
            figure
                + " ("
                + book
                + "): the "
                + stroke.element().tagName()
                + " "
                + stroke.colour()
                + " runs through the label \""
                + label.text()
                + "\" "
                + label.box());
      }
    }
  }

  @Test
  void theSubjectOfFigureTwoIsItsDarkestPath() {
    // Figure 2 is about AWS Direct Connect: printed in grey, its path must not be the palest.
    Document svg = rendered(Book.source(), "fig-connections");
    double directConnect = 100;
    double others = 100;
    for (FigureGeometry.Stroke stroke : GEOMETRY.strokes(svg)) {
      if (!stroke.hasClass("fig-path")) {
        continue;
      }
      double lightness = FigureGeometry.lightness(stroke.colour());
      if (stroke.hasClass("fig-path-direct-connect")) {
        directConnect = Math.min(directConnect, lightness);
      } else {
        others = Math.min(others, lightness);
      }
    }
    assertTrue(directConnect < others, "Direct Connect L* " + directConnect + ", others " + others);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void directConnectReachesTheTransitGatewayOnlyThroughADirectConnectGateway(Book book) {
    Document svg = rendered(book, "fig-transit-gateway");
    Element hub = svg.selectFirst("circle.fig-hub");
    assertNotNull(hub, "figure 5 has no hub (circle.fig-hub)");
    Point2D centre =
        new Point2D.Double(Double.parseDouble(hub.attr("cx")), Double.parseDouble(hub.attr("cy")));
    double radius = Double.parseDouble(hub.attr("r"));
    Element gatewayBox = svg.selectFirst("rect.fig-direct-connect-gateway");
    assertNotNull(gatewayBox, "figure 5 has no Direct Connect gateway");
    Rectangle2D gateway = FigureGeometry.box(gatewayBox);
    List<FigureGeometry.Stroke> strokes = GEOMETRY.strokes(svg);

    List<FigureGeometry.Stroke> directConnect =
        strokes.stream().filter(s -> s.hasClass("fig-path-direct-connect")).toList();
    assertFalse(directConnect.isEmpty(), "figure 5 draws no Direct Connect path");
    for (FigureGeometry.Stroke stroke : directConnect) {
      assertTrue(stroke.touches(gateway), "the DX path does not end at the Direct Connect gateway");
      for (Point2D point : stroke.points()) {
        assertTrue(
            point.distance(centre) > radius + stroke.width(),
            "the DX path reaches the transit gateway itself at " + point);
      }
    }
    List<FigureGeometry.Stroke> association =
        strokes.stream().filter(s -> s.hasClass("fig-path-association")).toList();
    assertEquals(1, association.size(), "one association joins the gateway to the hub");
    List<Point2D> ends = association.get(0).points();
    assertTrue(
        ends.stream().anyMatch(p -> Math.abs(p.distance(centre) - radius) <= 2),
        "the association does not end at the transit gateway");
    assertTrue(association.get(0).touches(gateway), "the association does not reach the gateway");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void eachPrivateSubnetOfFigureOneTakesThePathItsRouteTableGives(Book book) {
    // A route table with the prefix-list routes sends same-Region S3 traffic to the endpoint:
    // the NAT path may not start in that subnet, and the endpoint path only there.
    Document svg = rendered(book, "fig-endpoints");
    Rectangle2D natOnly = FigureGeometry.box(svg.selectFirst("rect.fig-subnet-nat-only"));
    Rectangle2D endpointRoutes =
        FigureGeometry.box(svg.selectFirst("rect.fig-subnet-endpoint-routes"));
    List<FigureGeometry.Stroke> strokes = GEOMETRY.strokes(svg);
    List<FigureGeometry.Stroke> nat =
        strokes.stream().filter(s -> s.hasClass("fig-path-nat")).toList();
    List<FigureGeometry.Stroke> endpoint =
        strokes.stream().filter(s -> s.hasClass("fig-path-endpoint")).toList();
    assertTrue(nat.stream().anyMatch(s -> s.touches(natOnly)), "no NAT path leaves subnet A");
    assertTrue(
        endpoint.stream().anyMatch(s -> s.touches(endpointRoutes)),
        "no endpoint path leaves subnet B");
    nat.forEach(
        s ->
            assertFalse(
                s.touches(endpointRoutes),
                "a NAT path runs from the subnet whose routes send S3 to the endpoint"));
    endpoint.forEach(
        s -> assertFalse(s.touches(natOnly), "an endpoint path runs from the NAT-only subnet"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void everySubnetOfFigureOneShowsTheRouteTableThatMakesItPublicOrPrivate(Book book) {
    // A class asks why the NAT gateway's subnet is public: its route to the internet gateway.
    Document svg = rendered(book, "fig-endpoints");
    List<Rectangle2D> tables =
        svg.select("rect.fig-route-table").stream().map(FigureGeometry::box).toList();
    for (Element subnet : svg.select("rect[class^=fig-subnet]")) {
      Rectangle2D box = FigureGeometry.box(subnet);
      assertEquals(
          1,
          tables.stream().filter(box::contains).count(),
          "subnet " + subnet.className() + " holds no route table, or more than one");
    }
    Rectangle2D publicSubnet = FigureGeometry.box(svg.selectFirst("rect.fig-subnet-public"));
    String gateway =
        withoutSpaces(labels(book.lang(), "fig-endpoints").get("fig-endpoints.internet-gateway"));
    assertTrue(
        svg.select("text").stream()
            .filter(
                t ->
                    publicSubnet.contains(
                        Double.parseDouble(t.attr("x")), Double.parseDouble(t.attr("y"))))
            .map(t -> withoutSpaces(t.text()))
            .anyMatch(
                route ->
                    route.startsWith("0.0.0.0/0→")
                        && route
                            .toLowerCase(Locale.ROOT)
                            .endsWith(gateway.toLowerCase(Locale.ROOT))),
        "the public subnet's route table sends no 0.0.0.0/0 to the internet gateway");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("books")
  void thePrivateVirtualInterfaceStartsAtTheCustomerRouter(Book book) {
    Document svg = rendered(book, "fig-direct-connect");
    Rectangle2D customer = FigureGeometry.box(svg.selectFirst("rect.fig-customer-router"));
    Rectangle2D aws = FigureGeometry.box(svg.selectFirst("rect.fig-aws-router"));
    Rectangle2D gateway = FigureGeometry.box(svg.selectFirst("rect.fig-virtual-private-gateway"));
    List<FigureGeometry.Stroke> vif =
        GEOMETRY.strokes(svg).stream().filter(s -> s.hasClass("fig-path-vif")).toList();
    assertFalse(vif.isEmpty(), "figure 3 draws no virtual interface");
    assertTrue(
        vif.stream().anyMatch(s -> s.touches(customer)),
        "the VIF does not start at the customer router");
    assertTrue(
        vif.stream().anyMatch(s -> s.touches(gateway)),
        "the VIF does not reach the virtual private gateway");
    // It runs across the location, on both sides of the AWS router.
    assertTrue(
        vif.stream()
            .flatMap(s -> s.points().stream())
            .anyMatch(p -> p.getX() < aws.getMinX() && p.getX() > customer.getMaxX()));
  }

  static Stream<Book> books() {
    return Book.all().stream();
  }

  private static Document rendered(Book book, String figure) {
    Path file = book.htmlFolder().resolve("images/" + figure + ".svg");
    return Jsoup.parse(read(file), "", Parser.xmlParser());
  }

  /** A glyph as the PDF prints it: its text and its size on the page, in points. */
  private record Glyph(String text, double size) {}

  /** The glyphs of the page that carries figure n's caption, in the order they are drawn. */
  private List<Glyph> glyphsOfThePageOfTheCaption(Book book, int n) throws IOException {
    String caption = PdfText.unwrapped(book.localeAttribute("figure-caption") + n);
    Pattern captioned = Pattern.compile(Pattern.quote(caption) + "(?!\\d)");
    List<String> pages = books.pdfPages(book);
    for (int page = 1; page <= pages.size(); page++) {
      if (captioned.matcher(PdfText.unwrapped(pages.get(page - 1))).find()) {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void processTextPosition(TextPosition text) {
                glyphs.add(
                    new Glyph(
                        text.getUnicode(), Math.abs(text.getTextMatrix().getScalingFactorY())));
              }
            };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(books.pdf(book));
        return glyphs;
      }
    }
    throw new AssertionError("no page of the " + book + " PDF has the caption " + caption);
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
  private static String withoutSpaces(String text) {
    return text.replaceAll("\\s+", "");
  }

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
