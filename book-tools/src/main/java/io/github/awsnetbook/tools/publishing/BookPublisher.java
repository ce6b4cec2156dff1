package io.github.awsnetbook.tools.publishing;

import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import io.github.awsnetbook.tools.diagnostics.DiagnosticReporter;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.epub.EpubBook;
import io.github.awsnetbook.tools.epub.EpubRequest;
import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.markup.Markup;
import io.github.awsnetbook.tools.printing.ParsedFonts;
import io.github.awsnetbook.tools.printing.PdfPrinter;
import io.github.awsnetbook.tools.printing.PrintRequest;
import io.github.awsnetbook.tools.safety.SvgReferences;
import io.github.awsnetbook.tools.typography.WholeNames;
import io.github.awsnetbook.tools.webfonts.WebFont;
import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finishes a locale's staged HTML, prints its PDF handout from it, makes its EPUB from both, and
 * moves them into place.
 */
public final class BookPublisher {

  private static final String PAGE = "index.html";

  private final PublishRequest request;
  private final DiagnosticReporter reporter;

  /** The fonts the build's prints share, if it shares them. */
  private final Optional<ParsedFonts> faces;

  /**
   * The font files of the last page finished and what they were cut for: a publisher that finishes
   * page after page (the live preview) cuts the subsets again only when the page's characters or
   * the fonts changed.
   */
  private List<Object> fontKey;

  private Map<String, byte[]> fontFiles;

  /** A publisher whose warnings (the PDF engine's) go to {@code reporter}. */
  public BookPublisher(PublishRequest request, DiagnosticReporter reporter) {
    this(request, reporter, Optional.empty());
  }

  /**
   * A publisher whose warnings go to {@code reporter}, printing with the fonts the build's prints
   * share ({@link ParsedFonts}).
   */
  public BookPublisher(PublishRequest request, DiagnosticReporter reporter, ParsedFonts faces) {
    this(request, reporter, Optional.of(faces));
  }

  private BookPublisher(
      PublishRequest request, DiagnosticReporter reporter, Optional<ParsedFonts> faces) {
    this.request = request;
    this.reporter = reporter;
    this.faces = faces;
  }

  /** A publisher whose warnings go to stderr, paths relative to the working folder. */
  public BookPublisher(PublishRequest request) {
    this(request, new ConsoleReporter(Path.of(""), System.err));
  }

  /**
   * Publishes the HTML folder, its page with the locale's {@code words}, and every PDF; returns
   * what was put in place.
   */
  public List<Path> publish(PageWords words) {
    Path stagedHtml = request.staging().resolve("html");
    Path stagedPdf = request.staging().resolve("pdf");
    if (!Files.isRegularFile(stagedHtml.resolve(PAGE))) {
      throw new IllegalStateException(
          "no converted page at " + Places.shown(Path.of(""), stagedHtml.resolve(PAGE)));
    }
    try {
      FinishedPage page = finishHtml(stagedHtml, words);
      Path pdf = printPdf(page, stagedPdf);
      writeEpub(page, pdf, stagedPdf);
      Path html = AtomicFiles.replaceFolder(stagedHtml, request.htmlFolder());
      List<Path> pdfs = publishPdfs(stagedPdf);
      return Stream.concat(Stream.of(html), pdfs.stream()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /**
   * Finishes the converted page in {@code folder} in place: font subsets, links to the other
   * locales, landmarks, scroll regions, inline figures. The live preview finishes its pages with
   * this too, so that what a translator sees is what is published.
   *
   * @return the page as written, from which its PDF is printed
   * @throws DiagnosticException if the finished page would have two elements of one ID, or an
   *     inline drawing with an external reference; the page is then left as converted
   */
  public FinishedPage finishHtml(Path folder, PageWords words) throws IOException {
    Path page = folder.resolve(PAGE);
    Path images = folder.resolve("images");
    refuseActiveDrawings(images);
    Document html =
        Markup.parseHtml(Files.readString(page, StandardCharsets.UTF_8), folder.toUri().toString());
    List<Element> fontLink =
        request.webFonts().faces().isEmpty() ? List.of() : List.of(request.webFonts().headLink());
    words.titleBlock().applyTo(html);
    HtmlPage.finish(
        html,
        request.localeLinks(),
        words.languageSwitcher(),
        fontLink,
        name -> svgIn(images, name));
    WholeNames.apply(html, words.names());
    Optional<Diagnostic> duplicateIds = PageIds.duplicates(page, html);
    if (duplicateIds.isPresent()) {
      throw new DiagnosticException(duplicateIds.get());
    }
    for (Map.Entry<String, byte[]> file : fontFilesFor(html).entrySet()) {
      AtomicFiles.write(folder.resolve(file.getKey()), file.getValue());
    }
    AtomicFiles.write(page, Markup.bytes(html));
    Path defaultCss = folder.resolve(DefaultStylesheet.PATH);
    if (Files.isRegularFile(defaultCss)) {
      String css = Files.readString(defaultCss, StandardCharsets.UTF_8);
      AtomicFiles.write(
          defaultCss, DefaultStylesheet.withoutKindleRules(css).getBytes(StandardCharsets.UTF_8));
    }
    return new FinishedPage(folder, html);
  }

  /**
   * The page carries its drawings inline, and a drawing opened from the folder is a document of the
   * book's site: none may refer outside itself or hold a script (the source check refuses them in
   * the sources; this holds for whatever reached the folder).
   */
  private static void refuseActiveDrawings(Path images) throws IOException {
    if (!Files.isDirectory(images)) {
      return;
    }
    List<Path> drawings;
    try (Stream<Path> walk = Files.walk(images)) {
      drawings = walk.filter(file -> file.toString().endsWith(".svg")).sorted().toList();
    }
    for (Path drawing : drawings) {
      List<Diagnostic> problems =
          SvgReferences.check(drawing, Files.readString(drawing, StandardCharsets.UTF_8));
      if (!problems.isEmpty()) {
        throw new DiagnosticException(problems.get(0));
      }
    }
  }

  private Map<String, byte[]> fontFilesFor(Document html) throws IOException {
    List<Object> key = new ArrayList<>();
    key.add(WebFonts.characters(html));
    for (WebFont face : request.webFonts().faces()) {
      key.add(face.source());
      key.add(Files.getLastModifiedTime(face.source()));
    }
    if (!key.equals(fontKey)) {
      fontFiles = request.webFonts().filesFor(html);
      fontKey = key;
    }
    return fontFiles;
  }

  /** Prints a copy of a finished page into the locale's PDF in {@code pdfFolder}. */
  public Path printPdf(FinishedPage page, Path pdfFolder) {
    PrintRequest print = request.printRequest(page.folder().resolve(PAGE), pdfFolder);
    faces
        .map(shared -> new PdfPrinter(print, reporter, shared))
        .orElseGet(() -> new PdfPrinter(print, reporter))
        .print(page.document());
    return print.pdf();
  }

  /**
   * Makes the locale's EPUB from the finished page and the PDF printed from it (whose pages the
   * EPUB's page list marks), into {@code folder}; returns its path.
   */
  public Path writeEpub(FinishedPage page, Path pdf, Path folder) throws IOException {
    String name = EpubRequest.nameFor(pdf.getFileName().toString());
    EpubRequest epub =
        new EpubRequest(page.folder(), name, pdf.getFileName().toString(), request.date());
    Path file = folder.resolve(name);
    AtomicFiles.write(file, new EpubBook(epub).make(page.document(), Files.readAllBytes(pdf)));
    return file;
  }

  private static Optional<Document> svgIn(Path images, String name) {
    Path svg = images.resolve(name);
    try {
      return Files.isRegularFile(svg)
          ? Optional.of(Markup.parseXml(Files.readString(svg, StandardCharsets.UTF_8)))
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + svg, e);
    }
  }

  private List<Path> publishPdfs(Path stagedPdf) throws IOException {
    if (!Files.isDirectory(stagedPdf)) {
      return List.of();
    }
    Files.createDirectories(request.pdfFolder());
    try (Stream<Path> files = Files.list(stagedPdf)) {
      List<Path> pdfs =
          files
              .filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".epub"))
              .sorted()
              .toList();
      for (Path pdf : pdfs) {
        // Written anew rather than renamed, so that it gets the published files' permissions.
        AtomicFiles.write(request.pdfFolder().resolve(pdf.getFileName()), Files.readAllBytes(pdf));
        Files.delete(pdf);
      }
      return pdfs.stream().map(pdf -> request.pdfFolder().resolve(pdf.getFileName())).toList();
    }
  }
}
