package io.github.awsnetbook.tools.locales;

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

/**
 * The locales of the real repository, for tests that read the real books: each {@code content-*}
 * folder with a pom, named by the pom's {@code book.lang}, the source (the root pom's {@code
 * book.source.lang}) first. A new locale is tested without a change here.
 */
public final class RealLocales {

  private RealLocales() {}

  /** The repository's root: the tests run in book-tools. */
  public static Path root() {
    String configured = System.getProperty("book.root");
    return (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
  }

  /** The locale the translations are translated from. */
  public static String source() {
    return property(root().resolve("pom.xml"), "book.source.lang");
  }

  /** Every locale, the source first, then by name. */
  public static List<String> all() {
    String source = source();
    try (Stream<Path> folders = Files.list(root())) {
      return folders
          .filter(folder -> folder.getFileName().toString().startsWith("content-"))
          .filter(folder -> Files.isRegularFile(folder.resolve("pom.xml")))
          .map(folder -> property(folder.resolve("pom.xml"), "book.lang"))
          .sorted(Comparator.comparing((String lang) -> !lang.equals(source)).thenComparing(l -> l))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every locale but the source. */
  public static List<String> translations() {
    String source = source();
    return all().stream().filter(lang -> !lang.equals(source)).toList();
  }

  /** The source folder of a locale's book. */
  public static Path sourceFolder(String lang) {
    return root().resolve("content-" + lang).resolve("src/docs/asciidoc");
  }

  private static String property(Path pom, String name) {
    try {
      Matcher value =
          Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
              .matcher(Files.readString(pom, StandardCharsets.UTF_8));
      if (!value.find()) {
        throw new IllegalStateException(pom + " has no property " + name);
      }
      return value.group(1).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
