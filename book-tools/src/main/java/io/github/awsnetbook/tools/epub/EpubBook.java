package io.github.awsnetbook.tools.epub;

import io.github.awsnetbook.tools.files.ReproducibleZip;
import io.github.awsnetbook.tools.markup.Markup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;

/**
 * A reflowable EPUB 3.3 of a finished page: the page's own text, figures (inline SVG with their alt
 * text) and tables, set by the page's stylesheet with the page's font subsets, with a navigation
 * document (table of contents, landmarks, and a page list of the printed edition's pages) and EPUB
 * Accessibility 1.1 metadata. Its bytes depend only on the page, the printed PDF and the request:
 * one order of files, one time for all.
 */
public final class EpubBook {

  static final String MIMETYPE = "application/epub+zip";

  private static final String CONTAINER =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
          + "<rootfiles><rootfile full-path=\""
          + PackageDocument.PATH
          + "\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>\n";

  private final EpubRequest request;

  public EpubBook(EpubRequest request) {
    this.request = request;
  }

  /**
   * The EPUB of {@code finishedPage} (left as it is), its page list made from {@code printedPdf},
   * the PDF printed from the same page.
   */
  public byte[] make(Document finishedPage, byte[] printedPdf) {
    ResourceBundle labels =
        ResourceBundle.getBundle(
            EpubBook.class.getPackageName() + ".labels",
            Locale.forLanguageTag(finishedPage.selectFirst("html").attr("lang")));
    EpubDocuments.Documents documents =
        EpubDocuments.of(finishedPage, labels.getString("contents"));
    List<PageBreaks.Marker> markers =
        PageBreaks.mark(documents.spine(), PrintedPages.texts(printedPdf));
    Navigation.complete(documents, markers, labels);
    try {
      List<ReproducibleZip.Entry> entries = new ArrayList<>();
      entries.add(
          new ReproducibleZip.Entry(
              "mimetype", MIMETYPE.getBytes(StandardCharsets.US_ASCII), true));
      entries.add(file("META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8)));
      List<PackageDocument.Item> items = new ArrayList<>();
      List<String> spineIds = new ArrayList<>();
      for (Document document : documents.spine()) {
        spineIds.add(idOf(documents.fileOf(document)));
      }
      for (Document document : documents.all()) {
        String file = documents.fileOf(document);
        items.add(
            new PackageDocument.Item(
                idOf(file), file, "application/xhtml+xml", properties(document, file)));
        entries.add(file("EPUB/" + file, Markup.bytes(document)));
      }
      for (Path resource : resources()) {
        String href = request.pageFolder().relativize(resource).toString().replace('\\', '/');
        items.add(new PackageDocument.Item(itemId(href), href, mediaType(href), ""));
        entries.add(file("EPUB/" + href, resourceBytes(href, resource)));
      }
      Document opf =
          PackageDocument.of(
              request, PackageDocument.Metadata.of(finishedPage), items, spineIds, labels);
      entries.add(2, file(PackageDocument.PATH, Markup.bytes(opf)));
      return ReproducibleZip.of(entries, request.modified());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the EPUB: " + e.getMessage(), e);
    }
  }

  private static ReproducibleZip.Entry file(String name, byte[] bytes) {
    return new ReproducibleZip.Entry(name, bytes, false);
  }

  /** The manifest properties of a content document: the nav, and what it holds (inline SVG). */
  private static String properties(Document document, String file) {
    List<String> properties = new ArrayList<>();
    if (file.equals(EpubDocuments.NAV)) {
      properties.add("nav");
    }
    if (!document.select("svg").isEmpty()) {
      properties.add("svg");
    }
    return String.join(" ", properties);
  }

  /**
   * The page's stylesheets and the fonts they load: the files every document links to, and the font
   * subsets cut for the page (whose characters are the EPUB's) with their licence, in path order.
   */
  private List<Path> resources() throws IOException {
    List<Path> resources = new ArrayList<>();
    for (String stylesheet : EpubDocuments.STYLESHEETS) {
      Path file = request.pageFolder().resolve(stylesheet);
      if (Files.isRegularFile(file)) {
        resources.add(file);
      }
    }
    Path fonts = request.pageFolder().resolve("fonts");
    if (Files.isDirectory(fonts)) {
      try (Stream<Path> files = Files.list(fonts)) {
        files
            // The font's licence goes with the font: the SIL Open Font License asks it.
            .filter(f -> f.getFileName().toString().matches(".*\\.ttf|OFL\\.txt"))
            .sorted()
            .forEach(resources::add);
      }
    }
    return resources;
  }

  /** A resource as the EPUB carries it: the book's stylesheet without its printed pages' rules. */
  private static byte[] resourceBytes(String href, Path resource) throws IOException {
    if (href.equals(EpubDocuments.STYLESHEETS.get(0))) {
      String css = Files.readString(resource, StandardCharsets.UTF_8);
      return EpubStylesheet.withoutPageRules(css).getBytes(StandardCharsets.UTF_8);
    }
    return Files.readAllBytes(resource);
  }

  private static String idOf(String file) {
    return file.substring(0, file.indexOf('.'));
  }

  private static String itemId(String href) {
    return href.replaceAll("[^A-Za-z0-9]+", "-");
  }

  private static String mediaType(String href) {
    if (href.endsWith(".css")) {
      return "text/css";
    }
    if (href.endsWith(".ttf")) {
      return "font/ttf";
    }
    if (href.endsWith(".txt")) {
      return "text/plain";
    }
    throw new IllegalArgumentException("no EPUB media type known for " + href);
  }
}
