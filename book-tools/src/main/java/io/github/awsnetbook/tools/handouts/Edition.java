package io.github.awsnetbook.tools.handouts;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.epub.EpubRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One locale's published book as the bundle needs it: its HTML folder, PDF and EPUB, what the
 * landing page says about it, from the book's header in its source model (its title and {@code
 * :description:}), and its colophon as the published page shows it.
 */
public record Edition(
    String lang, Path htmlFolder, Path pdf, String title, String description, String colophon) {

  public Edition {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(title, "title");
  }

  /**
   * Reads the book a content module published, titled and described by {@code header}, the header
   * of the locale's source model; names the command to run if the book is not there.
   */
  public static Edition read(String lang, Path moduleTarget, SourceModel.Header header) {
    Path folder = moduleTarget.resolve("html").resolve(lang);
    Path page = folder.resolve("index.html");
    Path pdf = pdfIn(moduleTarget.resolve("pdf"), lang);
    if (!Files.isRegularFile(page)) {
      throw new IllegalStateException(
          "no published book at "
              + page
              + "; build it first: mvn -pl content-"
              + lang
              + " -am package");
    }
    if (!Files.isRegularFile(
        pdf.resolveSibling(EpubRequest.nameFor(pdf.getFileName().toString())))) {
      throw new IllegalStateException(
          "no published EPUB beside "
              + pdf
              + "; build it first: mvn -pl content-"
              + lang
              + " -am package");
    }
    try {
      return new Edition(
          lang,
          folder,
          pdf,
          headerText(header.attributes(), "doctitle"),
          headerText(header.attributes(), "description"),
          colophon(Jsoup.parse(page.toFile(), "UTF-8")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + page, e);
    }
  }

  /**
   * A header attribute as a reader sees it: Asciidoctor keeps its value with the special characters
   * escaped ({@code &amp;}), as the page writes it.
   */
  private static String headerText(Map<String, String> header, String name) {
    return Parser.unescapeEntities(header.getOrDefault(name, ""), true).strip();
  }

  private static Path pdfIn(Path folder, String lang) {
    Path pdf;
    try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
      pdf =
          files
              .filter(f -> f.getFileName().toString().endsWith("-" + lang + ".pdf"))
              .sorted()
              .findFirst()
              .orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    if (pdf == null) {
      throw new IllegalStateException(
          "no published PDF *-"
              + lang
              + ".pdf in "
              + folder
              + "; build it first: mvn -pl content-"
              + lang
              + " -am package");
    }
    return pdf;
  }

  /**
   * The series' title, the part of the document title before its subtitle (Asciidoctor splits them
   * at the last colon followed by a space).
   */
  public String seriesTitle() {
    int colon = title.lastIndexOf(": ");
    return colon < 0 ? title : title.substring(0, colon);
  }

  /** The series' name in file names, from the PDF's: {@code aws-network} of aws-network-ja.pdf. */
  public String series() {
    String name = pdf.getFileName().toString();
    return name.substring(0, name.length() - ("-" + lang + ".pdf").length());
  }

  /** The EPUB, published beside the PDF ({@code aws-network-ja.epub}). */
  public Path epub() {
    return pdf.resolveSibling(EpubRequest.nameFor(pdf.getFileName().toString()));
  }

  /** The EPUB's name in the bundle: series, article and locale. */
  public String bundledEpubName(String article) {
    return series() + "-" + article + "-" + lang + ".epub";
  }

  /** The PDF's name in the bundle: series, article and locale. */
  public String bundledPdfName(String article) {
    return series() + "-" + article + "-" + lang + ".pdf";
  }

  /**
   * The colophon as plain text, in its order: one line per entry, a blank line before each
   * paragraph and each list, one line per list item ("* …"); a link shown as its address shows the
   * whole address.
   */
  private static String colophon(Document html) {
    Element heading = html.getElementById("colophon");
    if (heading == null || heading.parent() == null) {
      return "";
    }
    Element section = heading.parent().clone();
    section.select("a.bare[href]").forEach(link -> link.text(link.attr("href")));
    List<String> lines = new ArrayList<>();
    lines.add(heading.text());
    lines.add("");
    boolean inList = false;
    for (Element block : section.select(".hdlist tr, .paragraph > p, .ulist li, .olist li")) {
      if (block.is("tr")) {
        lines.add(block.select("td.hdlist1").text() + ": " + block.select("td.hdlist2").text());
      } else if (block.is("li")) {
        if (!inList) {
          lines.add("");
        }
        lines.add("* " + block.text());
      } else {
        lines.add("");
        lines.add(block.text());
      }
      inList = block.is("li");
    }
    return String.join("\n", lines) + "\n";
  }
}
