package io.github.awsnetbook.tools.printing;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticReporter;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/** Prints a finished HTML page into a tagged, archivable PDF (PDF/UA-1 and PDF/A-2a). */
public final class PdfPrinter {

  /** The rule of a warning of the PDF engine about the page (a font, an image, a link). */
  public static final String ENGINE_WARNING = "printing/engine-warning";

  private final PrintRequest request;
  private final DiagnosticReporter reporter;

  /** A printer whose warnings go to {@code reporter}. */
  public PdfPrinter(PrintRequest request, DiagnosticReporter reporter) {
    this.request = request;
    this.reporter = reporter;
  }

  /** A printer whose warnings go to stderr, paths relative to the working folder. */
  public PdfPrinter(PrintRequest request) {
    this(request, new ConsoleReporter(Path.of(""), System.err));
  }

  /** Prints the page and writes the finished PDF. */
  public void print() {
    try {
      Path page = request.page().toAbsolutePath().normalize();
      Document html = Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name(), baseUri());
      byte[] finished = printed(html);
      Files.createDirectories(request.pdf().toAbsolutePath().getParent());
      Files.write(request.pdf(), finished);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print " + request.page() + ": " + e.getMessage(), e);
    }
  }

  /** The finished PDF of a parsed page, in memory; the page is prepared for print in place. */
  byte[] printed(Document html) throws IOException {
    String lang = html.selectFirst("html").attr("lang");
    String family = request.fonts().isEmpty() ? "sans-serif" : request.fonts().get(0).family();
    PrintPage.prepare(html, family, request::pdfName);
    new PrintTypesetting(lang).apply(html);
    byte[] printed = render(html, lang);
    Set<Integer> codePoints =
        html.wholeText().codePoints().boxed().collect(Collectors.toUnmodifiableSet());
    return PdfFinisher.finish(
        printed,
        request.date(),
        codePoints,
        request.fonts().stream().map(WebFont::source).toList());
  }

  /** The base URI of the page's folder, against which its links resolve. */
  String baseUri() {
    return request.folder().toUri().toString();
  }

  /**
   * Lays the page out, moves a figure that left a hole below the text after it and lays it out
   * again, spreads a page that still ends in a hole (PagePlacement), then prints the last layout.
   */
  private byte[] render(Document html, String lang) throws IOException {
    PagePlacement.numberBlocks(html);
    boolean spread = false;
    for (int moves = 0; ; moves++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      EngineMessages messages = new EngineMessages();
      try (PdfBoxRenderer renderer =
          builder(new W3CDom().fromJsoup(html), lang, messages, out).buildPdfRenderer()) {
        renderer.layout();
        if (moves < PagePlacement.MOST_MOVES
            && PagePlacement.moveFirstStrandedFigure(html, renderer)) {
          continue;
        }
        if (!spread) {
          spread = true;
          if (PagePlacement.spreadPagesWithHoles(html, renderer)) {
            continue;
          }
        }
        renderer.createPDF();
      }
      for (String warning : messages.warnings()) {
        reporter.report(
            Diagnostic.warning(request.page(), 0, 0, "the PDF engine: " + warning)
                .withRule(ENGINE_WARNING));
      }
      PagePlacement.unnumberBlocks(html);
      return out.toByteArray();
    }
  }

  private PdfRendererBuilder builder(
      org.w3c.dom.Document document,
      String lang,
      EngineMessages messages,
      ByteArrayOutputStream out) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(document, baseUri());
    builder.usePdfVersion(1.7f);
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
    builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    builder.withProducer("aws-network-book");
    builder.useUnicodeLineBreaker(new IcuLineBreaker(lang));
    builder.useSVGDrawer(new SvgTextDrawer());
    // Fonts are given as streams, not files: the SVG drawer keeps a font given as a file at 1 pt
    // and uses it unscaled for text of exactly its default size, 12, which then vanishes. The
    // book's font also stands for the generic families in the document, so that no text falls
    // back to a font that is not embedded (PDF/A forbids that) or that has no Japanese; the
    // figures name the book's family itself (PrintPage), so the drawer needs each face once.
    for (WebFont font : request.fonts()) {
      builder.useFont(
          fontBytes(font.source()),
          font.family(),
          font.weight(),
          FontStyle.NORMAL,
          true,
          EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
      for (String generic : List.of("sans-serif", "serif", "monospace")) {
        builder.useFont(
            fontBytes(font.source()),
            generic,
            font.weight(),
            FontStyle.NORMAL,
            true,
            EnumSet.of(FSFontUseCase.DOCUMENT));
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
