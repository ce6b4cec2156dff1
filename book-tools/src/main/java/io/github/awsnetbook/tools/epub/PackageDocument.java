package io.github.awsnetbook.tools.epub;

import io.github.awsnetbook.tools.markup.Markup;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The EPUB's package document: its metadata (Dublin Core, the modification time, and the
 * accessibility metadata EPUB Accessibility 1.1 asks for), its manifest and its spine.
 */
final class PackageDocument {

  static final String PATH = "EPUB/package.opf";

  /** A file of the publication: its path below {@code EPUB/}, media type and properties. */
  record Item(String id, String href, String mediaType, String properties) {}

  /**
   * What the book offers a reader who cannot see it, or reads it by other means: EPUB Accessibility
   * 1.1's feature names, each checked by a test of the book.
   */
  static final List<String> FEATURES =
      List.of(
          "structuralNavigation",
          "tableOfContents",
          "readingOrder",
          "alternativeText",
          "pageNavigation",
          "printPageNumbers");

  static final String CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

  private PackageDocument() {}

  /** The package document of a book of {@code metadata}, with {@code items} in reading order. */
  static Document of(
      EpubRequest request,
      Metadata metadata,
      List<Item> items,
      List<String> spine,
      ResourceBundle labels) {
    Document opf = Markup.newXml();
    Element root =
        opf.appendElement("package")
            .attr("xmlns", "http://www.idpf.org/2007/opf")
            .attr("version", "3.0")
            .attr("unique-identifier", "book-id")
            .attr("xml:lang", metadata.lang());
    Element meta =
        root.appendElement("metadata").attr("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    meta.appendElement("dc:identifier").attr("id", "book-id").text(request.identifier());
    meta.appendElement("dc:title").text(metadata.title());
    if (!metadata.author().isEmpty()) {
      meta.appendElement("dc:creator").text(metadata.author());
    }
    meta.appendElement("dc:language").text(metadata.lang());
    meta.appendElement("dc:date").text(request.date().toString());
    if (!metadata.description().isEmpty()) {
      meta.appendElement("dc:description").text(metadata.description());
    }
    for (String subject : metadata.subjects()) {
      meta.appendElement("dc:subject").text(subject);
    }
    // The work the book is made from: the original post as the book names it (its page's
    // dcterms.source), else the printed edition; the bundle need not hold that PDF.
    meta.appendElement("dc:source")
        .text(metadata.source().isEmpty() ? request.printedName() : metadata.source());
    property(meta, "dcterms:modified", DateTimeFormatter.ISO_INSTANT.format(request.modified()));
    property(meta, "pageBreakSource", request.printedName());
    property(meta, "schema:accessMode", "textual");
    property(meta, "schema:accessMode", "visual");
    property(meta, "schema:accessModeSufficient", "textual");
    for (String feature : FEATURES) {
      property(meta, "schema:accessibilityFeature", feature);
    }
    property(meta, "schema:accessibilityHazard", "none");
    property(meta, "schema:accessibilitySummary", labels.getString("summary"));
    property(meta, "dcterms:conformsTo", CONFORMANCE);
    Element manifest = root.appendElement("manifest");
    for (Item item : items) {
      Element element =
          manifest
              .appendElement("item")
              .attr("id", item.id())
              .attr("href", item.href())
              .attr("media-type", item.mediaType());
      if (!item.properties().isEmpty()) {
        element.attr("properties", item.properties());
      }
    }
    Element order = root.appendElement("spine").attr("page-progression-direction", "ltr");
    for (String id : spine) {
      order.appendElement("itemref").attr("idref", id);
    }
    return opf;
  }

  private static void property(Element metadata, String property, String value) {
    metadata.appendElement("meta").attr("property", property).text(value);
  }

  /** What the page's head says of the book. */
  record Metadata(
      String title,
      String author,
      String lang,
      String description,
      List<String> subjects,
      String source) {

    static Metadata of(Document page) {
      String keywords = content(page, "keywords");
      List<String> subjects =
          keywords.isEmpty()
              ? List.of()
              : List.of(keywords.split("\\s*,\\s*")).stream().filter(s -> !s.isBlank()).toList();
      return new Metadata(
          page.title().strip(),
          content(page, "author"),
          page.selectFirst("html").attr("lang"),
          content(page, "description"),
          subjects,
          content(page, "dcterms.source"));
    }

    private static String content(Document page, String name) {
      Element meta = page.selectFirst("head > meta[name=" + name + "]");
      return meta == null ? "" : meta.attr("content").strip();
    }
  }
}
