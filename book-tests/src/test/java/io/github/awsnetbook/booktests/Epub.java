package io.github.awsnetbook.booktests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One locale's EPUB as a reading system opens it: its zip entries in order, its package document,
 * and its content documents in spine order, each parsed as XML.
 */
record Epub(Path file, List<ZipEntry> entries, Map<String, byte[]> files) {

  static Epub of(Book book) {
    return read(book.module().resolve("target/pdf/aws-network-" + book.lang() + ".epub"));
  }

  static Epub read(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<ZipEntry> entries = new ArrayList<>();
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (ZipEntry entry : zip.stream().toList()) {
        entries.add(entry);
        files.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
      }
      return new Epub(file, entries, files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  String text(String name) {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw new IllegalStateException(file + " has no " + name);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  Document xml(String name) {
    return Parser.xmlParser().parseInput(text(name), "");
  }

  /** The package document, found through {@code META-INF/container.xml}. */
  String packagePath() {
    return xml("META-INF/container.xml").selectFirst("rootfile").attr("full-path");
  }

  Document packageDocument() {
    return xml(packagePath());
  }

  /** The folder of the package document, against which its hrefs resolve. */
  String base() {
    String path = packagePath();
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** The content documents of the spine, in reading order, by their hrefs. */
  Map<String, Document> spine() {
    Document opf = packageDocument();
    Map<String, Document> spine = new LinkedHashMap<>();
    for (Element itemref : opf.select("spine > itemref")) {
      Element item = opf.selectFirst("manifest > item[id=" + itemref.attr("idref") + "]");
      spine.put(item.attr("href"), xml(base() + item.attr("href")));
    }
    return spine;
  }

  /** The navigation document. */
  Document nav() {
    Element item = packageDocument().selectFirst("manifest > item[properties~=\\bnav\\b]");
    return xml(base() + item.attr("href"));
  }

  /** An element's attribute of a prefixed name ({@code epub:type}), as the XML parser keeps it. */
  static String epubType(Element element) {
    return element.attr("epub:type");
  }
}
