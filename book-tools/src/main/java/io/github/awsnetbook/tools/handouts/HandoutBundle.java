package io.github.awsnetbook.tools.handouts;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.files.ReproducibleZip;
import io.github.awsnetbook.tools.markup.Markup;
import io.github.awsnetbook.tools.parallel.ParallelEdition;
import io.github.awsnetbook.tools.parallel.ParallelRequest;
import io.github.awsnetbook.tools.printing.ParsedFonts;
import io.github.awsnetbook.tools.printing.PrintRequest;
import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Assembles the handout bundle from the published books: {@code <name>/} with the landing page, one
 * folder per locale, the PDFs and EPUBs named by series, article and locale, the licences and
 * {@code SHA256SUMS}; and {@code <name>.zip} of that folder.
 */
public final class HandoutBundle {

  static final String LICENCES = "licences";

  private final BundleRequest request;
  private final Function<String, SourceModel.Header> headers;

  /** The fonts the build's prints share: the parallel editions print with them. */
  private final ParsedFonts faces;

  /**
   * A bundle whose books are titled and described by the headers of their source models, read from
   * {@code models} as every step of the build reads them (in a build, the models its checks read).
   */
  public HandoutBundle(BundleRequest request, SourceModels models) {
    this(request, models, new ParsedFonts());
  }

  /**
   * As {@link #HandoutBundle(BundleRequest, SourceModels)}, its parallel editions printed with the
   * fonts the build's prints share ({@link ParsedFonts}), which the books' prints parsed.
   */
  public HandoutBundle(BundleRequest request, SourceModels models, ParsedFonts faces) {
    this(request, lang -> header(models, request.root(), request.bookDocument(lang)), faces);
  }

  /** A bundle whose books are titled and described by {@code headers}, by locale. */
  HandoutBundle(BundleRequest request, Function<String, SourceModel.Header> headers) {
    this(request, headers, new ParsedFonts());
  }

  private HandoutBundle(
      BundleRequest request, Function<String, SourceModel.Header> headers, ParsedFonts faces) {
    this.request = request;
    this.headers = headers;
    this.faces = faces;
  }

  /**
   * Builds the folder beside its place, renames it in, then writes the zip of it.
   *
   * @return for each parallel edition, where its pairing fell back to a coarser level than blocks
   *     of one kind, one line per place ({@code ja-en: …}); empty if every block paired one to one
   */
  public List<String> assemble() {
    List<String> sourceFirst = new ArrayList<>(List.of(request.sourceLang()));
    request.locales().stream()
        .filter(l -> !l.equals(request.sourceLang()))
        .forEach(sourceFirst::add);
    List<Edition> editions =
        sourceFirst.stream()
            .map(lang -> Edition.read(lang, request.moduleTarget(lang), headers.apply(lang)))
            .toList();
    String article =
        Articles.slug(request.bookDocument(request.sourceLang()).resolveSibling("chapters"));
    Path staging = request.output().resolve("." + request.name() + ".tmp");
    try {
      AtomicFiles.deleteTree(staging);
      Files.createDirectories(staging);
      List<String> coarser = write(staging, editions, article);
      AtomicFiles.write(
          staging.resolve(Checksums.FILE_NAME),
          Checksums.of(staging).getBytes(StandardCharsets.UTF_8));
      setModes(staging);
      AtomicFiles.replaceFolder(staging, request.folder());
      AtomicFiles.write(
          request.zip(), ReproducibleZip.of(request.folder(), request.name(), request.timestamp()));
      return coarser;
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    } finally {
      deleteQuietly(staging);
    }
  }

  private List<String> write(Path bundle, List<Edition> editions, String article)
      throws IOException {
    List<LandingPage.Entry> entries = new ArrayList<>();
    for (Edition edition : editions) {
      copyTree(edition.htmlFolder(), bundle.resolve(edition.lang()));
      String pdfName = edition.bundledPdfName(article);
      Files.copy(edition.pdf(), bundle.resolve(pdfName));
      String epubName = edition.bundledEpubName(article);
      Files.copy(edition.epub(), bundle.resolve(epubName));
      entries.add(
          new LandingPage.Entry(
              edition, pdfName, Files.size(edition.pdf()), epubName, Files.size(edition.epub())));
    }
    List<LandingPage.Parallel> parallels = writeParallelEditions(bundle, editions, article);
    List<String> licences = writeLicences(bundle, editions);
    List<Element> head = new ArrayList<>(List.of(contentSecurityPolicy()));
    WebFonts fonts = new WebFonts(request.fonts());
    if (!fonts.faces().isEmpty()) {
      head.add(fonts.headLink());
    }
    Document page = LandingPage.page(entries, parallels, head, licences);
    for (Map.Entry<String, byte[]> file : fonts.filesFor(page).entrySet()) {
      AtomicFiles.write(bundle.resolve(file.getKey()), file.getValue());
    }
    AtomicFiles.write(bundle.resolve("index.html"), Markup.bytes(page));
    Files.copy(request.stylesheet(), bundle.resolve("landing.css"));
    return parallels.stream()
        .flatMap(p -> p.coarser().stream().map(line -> p.folder() + ": " + line))
        .toList();
  }

  /**
   * The parallel edition of each translation beside the source ({@code ja-en/} and its PDF), made
   * from the books as bundled; none when the request has no stylesheet for them.
   */
  private List<LandingPage.Parallel> writeParallelEditions(
      Path bundle, List<Edition> editions, String article) throws IOException {
    List<LandingPage.Parallel> parallels = new ArrayList<>();
    if (request.parallelStylesheet().isEmpty()) {
      return parallels;
    }
    Edition source = editions.get(0);
    String pdfNames = source.series() + "-" + article + "-{lang}.pdf";
    for (Edition translation : editions.subList(1, editions.size())) {
      String pair = source.lang() + "-" + translation.lang();
      String pdfName = PrintRequest.pdfName(pdfNames, pair);
      List<String> coarser =
          ParallelEdition.write(
              new ParallelRequest(
                  bundle.resolve(source.lang()),
                  bundle.resolve(translation.lang()),
                  Optional.of(
                      BookLayout.targetOf(request.root(), translation.lang())
                          .resolve("translation/notices.properties")),
                  request.parallelStylesheet().get(),
                  new WebFonts(request.fonts()),
                  pdfNames,
                  LocalDate.ofInstant(request.timestamp(), ZoneOffset.UTC),
                  bundle.resolve(pair),
                  bundle.resolve(pdfName)),
              faces);
      parallels.add(
          new LandingPage.Parallel(
              source, translation, pair, pdfName, Files.size(bundle.resolve(pdfName)), coarser));
    }
    return parallels;
  }

  /** The header of a book's source model, read as every step of the build reads it. */
  private static SourceModel.Header header(SourceModels models, Path root, Path top) {
    return models.load(root, top, Map.of("book-source-dir", top.getParent().toString())).header();
  }

  /** The font's licence, and each book's colophon: the terms the content is published under. */
  private List<String> writeLicences(Path bundle, List<Edition> editions) throws IOException {
    Path folder = Files.createDirectories(bundle.resolve(LICENCES));
    List<String> names = new ArrayList<>();
    String font = LICENCES + "/" + request.fontLicence().getFileName();
    Files.copy(request.fontLicence(), bundle.resolve(font));
    names.add(font);
    for (Edition edition : editions) {
      if (!edition.colophon().isEmpty()) {
        String name = "content-" + edition.lang() + ".txt";
        AtomicFiles.write(
            folder.resolve(name), edition.colophon().getBytes(StandardCharsets.UTF_8));
        names.add(LICENCES + "/" + name);
      }
    }
    return names;
  }

  /** The theme's Content-Security-Policy, the same the books carry. */
  private Element contentSecurityPolicy() throws IOException {
    Element csp =
        Jsoup.parse(Files.readString(request.docinfo(), StandardCharsets.UTF_8))
            .selectFirst("meta[http-equiv=Content-Security-Policy]");
    if (csp == null) {
      throw new IllegalStateException(
          request.docinfo()
              + " has no Content-Security-Policy meta element; the landing page needs"
              + " the books' policy");
    }
    return csp.clone();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    for (Path path : ReproducibleZip.sortedTree(from)) {
      Path target = to.resolve(ReproducibleZip.relativeName(from, path));
      if (Files.isDirectory(path)) {
        Files.createDirectories(target);
      } else {
        Files.createDirectories(target.getParent());
        Files.copy(path, target);
      }
    }
  }

  /** 0644 files and 0755 folders, whatever the umask or the copied files had. */
  private static void setModes(Path root) throws IOException {
    AtomicFiles.setMode(root, AtomicFiles.FOLDER_MODE);
    for (Path path : ReproducibleZip.sortedTree(root)) {
      AtomicFiles.setMode(
          path, Files.isDirectory(path) ? AtomicFiles.FOLDER_MODE : AtomicFiles.FILE_MODE);
    }
  }

  private static void deleteQuietly(Path folder) {
    try {
      AtomicFiles.deleteTree(folder);
    } catch (IOException e) {
      // A leftover staging folder is deleted by the next run; the bundle itself is complete.
    }
  }
}
