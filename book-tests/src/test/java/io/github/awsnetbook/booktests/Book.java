package io.github.awsnetbook.booktests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  /**
   * Every locale of the build: each {@code content-*} folder with a pom, named by the pom's {@code
   * book.lang}; the source locale (the root pom's {@code book.source.lang}) first, then by name.
   */
  static List<Book> all() {
    String source = property(root().resolve("pom.xml"), "book.source.lang");
    try (Stream<Path> folders = Files.list(root())) {
      return folders
          .filter(folder -> folder.getFileName().toString().startsWith("content-"))
          .filter(folder -> Files.isRegularFile(folder.resolve("pom.xml")))
          .map(folder -> new Book(property(folder.resolve("pom.xml"), "book.lang"), folder))
          .sorted(
              Comparator.comparing((Book book) -> !book.lang().equals(source))
                  .thenComparing(Book::lang))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every locale's code, as {@link #all()} orders them: for parameterized tests. */
  static List<String> langs() {
    return all().stream().map(Book::lang).toList();
  }

  /** The source locale's book. */
  static Book source() {
    return of(property(root().resolve("pom.xml"), "book.source.lang"));
  }

  /** The value of a property {@code <name>value</name>} of a pom. */
  private static String property(Path pom, String name) {
    Matcher value =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
            .matcher(read(pom));
    if (!value.find()) {
      throw new IllegalStateException(pom + " has no property " + name);
    }
    return value.group(1).strip();
  }

  /**
   * An attribute the locale's {@code _locale.adoc} sets ({@code :name: value}), such as a built-in
   * label.
   */
  String localeAttribute(String name) {
    Matcher value =
        Pattern.compile("(?m)^:" + Pattern.quote(name) + ":[ \\t]*(.*)$")
            .matcher(read(module.resolve("src/docs/asciidoc/_locale.adoc")));
    if (!value.find()) {
      throw new IllegalStateException("the " + lang + " _locale.adoc does not set " + name);
    }
    return value.group(1).strip();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
