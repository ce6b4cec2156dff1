package io.github.awsnetbook.booktests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** One locale's built book, as the content module left it in its target folder. */
record Book(String lang, Path module) {

  static Path root() {
    String root = System.getProperty("book.root");
    if (root == null) {
      throw new IllegalStateException("run through Maven: the book.root property is not set");
    }
    return Path.of(root);
  }

  /** Every locale of the build, from the parent pom's book.locales. */
  static List<Book> all() {
    return Arrays.stream(System.getProperty("book.locales", "ja en").split("\\s+"))
        .map(Book::of)
        .toList();
  }

  static Book of(String lang) {
    return new Book(lang, root().resolve("content-" + lang));
  }

  Path htmlFolder() {
    return module.resolve("target/html").resolve(lang);
  }

  Path htmlPage() {
    return htmlFolder().resolve("index.html");
  }

  Path pdf() {
    return module.resolve("target/pdf/aws-network-" + lang + ".pdf");
  }

  Document html() {
    try {
      return Jsoup.parse(htmlPage().toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PDDocument openPdf() {
    try {
      return Loader.loadPDF(pdf().toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean built() {
    return Files.isRegularFile(htmlPage()) && Files.isRegularFile(pdf());
  }

  @Override
  public String toString() {
    return lang;
  }
}
