package io.github.awsnetbook.tools.handouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One locale's published book as the bundle needs it: its HTML folder and PDF, and what the landing
 * page and the licences say about it, read from the page the book's header made (its title and
 * {@code :description:}) and its colophon.
 */
public record Edition(
    String lang, Path htmlFolder, Path pdf, String title, String description, String colophon) {

  public Edition {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(title, "title");
  }

  /** Reads the book a content module published; names the command to run if it is not there. */
  public static Edition read(String lang, Path moduleTarget) {
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
    try {
      Document html = Jsoup.parse(page.toFile(), "UTF-8");
      return new Edition(
          lang,
          folder,
          pdf,
          html.title(),
          html.select("meta[name=description]").attr("content"),
          colophon(html));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + page, e);
    }
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
