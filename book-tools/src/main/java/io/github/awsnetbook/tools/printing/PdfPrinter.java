package io.github.awsnetbook.tools.printing;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.awsnetbook.tools.citations.CitationGroups;
import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import io.github.awsnetbook.tools.diagnostics.DiagnosticReporter;
import io.github.awsnetbook.tools.typography.EnglishHyphenator;
import io.github.awsnetbook.tools.typography.IcuLineBreaker;
import io.github.awsnetbook.tools.typography.PrintTypesetting;
import io.github.awsnetbook.tools.webfonts.WebFont;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Prints a finished HTML page into a tagged, archivable PDF (PDF/UA-1 and PDF/A-2a). */
public final class PdfPrinter {

  /** The rule of a warning of the PDF engine about the page (a font, an image, a link). */
  public static final String ENGINE_WARNING = "printing/engine-warning";

  /**
   * The class the finished page gives a glossary entry's other-language term that is written as the
   * term is: the printed glossary leaves that term out rather than decide again what "alike" means.
   */
  public static final String NAMED_ALIKE = "glossary-named-alike";

  /**
   * The rule of a resource of the page (an image, a stylesheet, a font) the engine did not load.
   */
  public static final String RESOURCE_NOT_LOADED = "printing/resource-not-loaded";

  private final PrintRequest request;
  private final DiagnosticReporter reporter;

  /** The build's parsed fonts, if the printer shares them; else each print parses its own. */
  private final Optional<ParsedFonts> shared;

  /** A printer whose warnings go to {@code reporter}, with fonts parsed for each print. */
  public PdfPrinter(PrintRequest request, DiagnosticReporter reporter) {
    this(request, reporter, Optional.empty());
  }

  /**
   * A printer whose warnings go to {@code reporter}, with the fonts {@code faces} parsed for the
   * build's earlier prints (the warm-up's, the books', the parallel edition's): a print after the
   * first parses no font again. Prints that share them run one after the other.
   */
  public PdfPrinter(PrintRequest request, DiagnosticReporter reporter, ParsedFonts faces) {
    this(request, reporter, Optional.of(faces));
  }

  private PdfPrinter(
      PrintRequest request, DiagnosticReporter reporter, Optional<ParsedFonts> shared) {
    this.request = request;
    this.reporter = reporter;
    this.shared = shared;
  }

  /** A printer whose warnings go to stderr, paths relative to the working folder. */
  public PdfPrinter(PrintRequest request) {
    this(request, new ConsoleReporter(Path.of(""), System.err));
  }

  /**
   * Prints a copy of the finished page (the page itself is left as it is) and writes the finished
   * PDF; the engine's warnings go to the reporter. The page is the one the publish step finished
   * and wrote to the request's page, whose folder holds its images, stylesheets and fonts.
   *
   * @throws DiagnosticException if the engine could not load a resource of the page (an image, a
   *     stylesheet, a font): no PDF is written, as it would go out without it
   */
  public void print(Document finishedPage) {
    try {
      Path page = request.page().toAbsolutePath().normalize();
      Document copy = finishedPage.clone();
      copy.setBaseUri(baseUri());
      Printout printout = printout(copy);
      List<Diagnostic> failures = printout.problems().stream().filter(Diagnostic::isError).toList();
      printout.problems().stream().filter(problem -> !problem.isError()).forEach(reporter::report);
      if (!failures.isEmpty()) {
        throw new DiagnosticException(notLoaded(page, failures));
      }
      Files.createDirectories(request.pdf().toAbsolutePath().getParent());
      Files.write(request.pdf(), printout.pdf());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print " + request.page() + ": " + e.getMessage(), e);
    }
  }

  /** A printed page in memory and what the engine said about it, failures as errors. */
  record Printout(byte[] pdf, List<Diagnostic> problems) {
    Printout {
      problems = List.copyOf(problems);
    }
  }

  /**
   * The finished PDF of a parsed page, in memory, everything the engine said reported; the page is
   * prepared for print in place.
   */
  byte[] printed(Document html) throws IOException {
    Printout printout = printout(html);
    printout.problems().forEach(reporter::report);
    return printout.pdf();
  }

  /** The finished PDF of a parsed page and the engine's findings; the page is prepared in place. */
  Printout printout(Document html) throws IOException {
    String lang = html.selectFirst("html").attr("lang");
    String family = request.fonts().isEmpty() ? "sans-serif" : request.fonts().get(0).family();
    PrintPage.prepare(html, family, request::pdfName);
    // The engine keeps a citation group with the text before it (its patched InlineBoxing): the
    // screen's unit of the two, its text split, would only part the text for the typesetting.
    CitationGroups.unwrapUnits(html);
    new PrintTypesetting(lang).apply(html);
    if (shared.isPresent()) {
      // A parsed face reads its glyphs as they are asked for: one print at a time.
      synchronized (shared.get()) {
        return printout(html, lang, shared.get());
      }
    }
    try (ParsedFonts faces = new ParsedFonts()) {
      return printout(html, lang, faces);
    }
  }

  private Printout printout(Document html, String lang, ParsedFonts faces) throws IOException {
    Rendered rendered = render(html, lang, faces);
    EngineMessages messages = rendered.messages();
    Set<Integer> codePoints =
        html.wholeText().codePoints().boxed().collect(Collectors.toUnmodifiableSet());
    byte[] finished =
        PdfFinisher.finish(
            rendered.pdf(),
            request.date(),
            codePoints,
            request.fonts().stream().map(WebFont::source).toList(),
            faces);
    return new Printout(finished, findings(messages));
  }

  private List<Diagnostic> findings(EngineMessages messages) {
    List<Diagnostic> findings = new ArrayList<>();
    Set<String> named = new java.util.HashSet<>();
    for (EngineMessages.Message message : messages.messages()) {
      if (message.notLoaded()) {
        // The engine says it twice for one file (not found, then unable to load): once is enough.
        if (!message.resource().isEmpty() && !named.add(message.resource())) {
          continue;
        }
        findings.add(
            Diagnostic.error(
                    request.page(),
                    0,
                    0,
                    "the PDF engine could not load "
                        + shownResource(message.resource())
                        + ": "
                        + message.text())
                .withRule(RESOURCE_NOT_LOADED));
      } else {
        findings.add(
            Diagnostic.warning(request.page(), 0, 0, "the PDF engine: " + message.text())
                .withRule(ENGINE_WARNING));
      }
    }
    return findings;
  }

  /** A resource as the page's folder names it ({@code images/x.png}), else as the engine did. */
  private String shownResource(String resource) {
    if (resource.isEmpty()) {
      return "a resource of the page (an inline drawing)";
    }
    try {
      java.net.URI uri = java.net.URI.create(resource);
      if ("file".equalsIgnoreCase(uri.getScheme())) {
        Path file = Path.of(uri).toAbsolutePath().normalize();
        Path folder = request.folder().toAbsolutePath().normalize();
        return file.startsWith(folder) ? folder.relativize(file).toString() : file.toString();
      }
    } catch (IllegalArgumentException notAUri) {
      // A reference as the page wrote it.
    }
    return resource;
  }

  /**
   * One error for the failures of a print, at the first element of the page that refers to a
   * resource that was not loaded, naming every such resource.
   */
  private Diagnostic notLoaded(Path page, List<Diagnostic> failures) throws IOException {
    Diagnostic first = failures.get(0);
    String message =
        failures.size() == 1
            ? first.message()
            : first.message()
                + "; and "
                + (failures.size() - 1)
                + " more: "
                + failures.stream()
                    .skip(1)
                    .map(Diagnostic::message)
                    .collect(Collectors.joining("; "));
    message +=
        "; the PDF is not printed and the last good book stays: put the file into the page's"
            + " folder (assets/images, the theme), or remove the reference";
    int[] place = placeOfFirstReference(page, failures);
    return Diagnostic.error(request.page(), place[0], place[1], message)
        .withRule(RESOURCE_NOT_LOADED);
  }

  /** The line and column in the page of the first element whose src or href names a failure. */
  private int[] placeOfFirstReference(Path page, List<Diagnostic> failures) throws IOException {
    Document tracked =
        Jsoup.parse(
            Files.readString(page, StandardCharsets.UTF_8),
            baseUri(),
            Parser.htmlParser().setTrackPosition(true));
    for (Element element : tracked.select("[src], [href]")) {
      String reference = element.hasAttr("src") ? element.attr("src") : element.attr("href");
      String resolved = element.hasAttr("src") ? element.absUrl("src") : element.absUrl("href");
      for (Diagnostic failure : failures) {
        String text = failure.message();
        if (!reference.isEmpty()
            && (text.contains("could not load " + reference + ":")
                || (!resolved.isEmpty() && text.contains(resolved)))) {
          return new int[] {
            element.sourceRange().start().lineNumber(), element.sourceRange().start().columnNumber()
          };
        }
      }
    }
    return new int[] {0, 0};
  }

  /** The base URI of the page's folder, against which its links resolve. */
  String baseUri() {
    return request.folder().toUri().toString();
  }

  /**
   * Lays the page out, moves a figure that left a hole below the text after it and lays it out
   * again, spreads a page that still ends in a hole (PagePlacement), then prints the last layout.
   */
  private Rendered render(Document html, String lang, ParsedFonts faces) throws IOException {
    PagePlacement.numberBlocks(html);
    PagePlacement.keepSmallTablesWhole(html);
    boolean spread = false;
    boolean notesMended = false;
    // A mended note or a section sent to the next page changes the pages after it: they are
    // looked at again, a few times at most.
    int mendings = 0;
    for (int moves = 0; ; moves++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      EngineMessages messages = new EngineMessages();
      try (PDDocument pdf = new PDDocument();
          PdfBoxRenderer renderer =
              builder(new W3CDom().fromJsoup(html), lang, messages, out, pdf, faces)
                  .buildPdfRenderer()) {
        renderer.layout();
        if (moves < PagePlacement.MOST_MOVES
            && PagePlacement.moveFirstStrandedFigure(html, renderer)) {
          continue;
        }
        if (!notesMended) {
          notesMended = ++mendings >= MOST_MENDINGS;
          if (PagePlacement.mendNotesAtPageBreaks(html, renderer)) {
            continue;
          }
          notesMended = true;
        }
        if (!spread) {
          spread = true;
          if (PagePlacement.spreadPagesWithHoles(html, renderer)) {
            // A page spread to its foot may push a note's label over to the next page, leaving
            // its empty top behind: the notes are looked at once more.
            notesMended = false;
            mendings = 0;
            continue;
          }
        }
        renderer.createPDF();
      }
      PagePlacement.unnumberBlocks(html);
      return new Rendered(out.toByteArray(), messages);
    }
  }

  /** How many layouts in a row may mend notes and headings at page breaks. */
  private static final int MOST_MENDINGS = 3;

  /** The printed bytes of the last layout, and what the engine said while laying it out. */
  private record Rendered(byte[] pdf, EngineMessages messages) {}

  private PdfRendererBuilder builder(
      org.w3c.dom.Document document,
      String lang,
      EngineMessages messages,
      ByteArrayOutputStream out,
      PDDocument pdf,
      ParsedFonts faces) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(pdf);
    builder.withW3cDocument(document, baseUri());
    builder.usePdfVersion(1.7f);
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
    builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    builder.withProducer("aws-network-book");
    builder.useUnicodeLineBreaker(new IcuLineBreaker(lang));
    // English text (and English words in Japanese text) where the stylesheet asks for hyphens.
    builder.useHyphenation(new EnglishHyphenator());
    builder.useSVGDrawer(new SvgTextDrawer());
    // The SVG drawer gets each face as a stream, not a file: it keeps a font given as a file at 1
    // pt
    // and uses it unscaled for text of exactly its default size, 12, which then vanishes. The
    // figures name the book's family itself (PrintPage), so the drawer needs each face once. The
    // page's text gets the faces parsed once for the whole print (ParsedFonts); the book's font
    // also stands for the generic families in the document, so that no text falls back to a font
    // that is not embedded (PDF/A forbids that) or that has no Japanese.
    for (WebFont font : request.fonts()) {
      FontStyle style = font.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
      if (!font.italic()) {
        // The figures are upright, and the SVG drawer (SvgFonts) knows faces by weight alone: an
        // italic face would replace the upright one of its weight, and the figures' Japanese
        // labels, which the Latin italic has no glyphs for, were drawn as outlines.
        builder.useFont(
            fontBytes(font.source()),
            font.family(),
            font.weight(),
            style,
            true,
            EnumSet.of(FSFontUseCase.SVG));
      }
      for (String family : List.of(font.family(), "sans-serif", "serif", "monospace")) {
        builder.useFont(faces.fontOf(pdf, font.source()), family, font.weight(), style, true);
      }
    }
    ResourceJail jail = new ResourceJail(request.folder());
    builder.useExternalResourceAccessControl(
        (uri, type) -> jail.mayResolve(uri),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> jail.allows(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withDiagnosticConsumer(messages);
    builder.toStream(out);
    return builder;
  }

  private static FSSupplier<InputStream> fontBytes(Path font) {
    return () -> {
      try {
        return Files.newInputStream(font);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font " + font, e);
      }
    };
  }
}
