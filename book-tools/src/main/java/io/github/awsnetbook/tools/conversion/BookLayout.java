package io.github.awsnetbook.tools.conversion;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where one locale's book is and where its build writes: the repository, the locale, the locales of
 * the book and its source locale, and the build folder (the module's {@code target/}, or a folder
 * of its own such as the preview's).
 */
public record BookLayout(
    Path root, String lang, String sourceLang, List<String> locales, Path buildDir) {

  public BookLayout {
    root = root.toAbsolutePath().normalize();
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(sourceLang, "sourceLang");
    locales = List.copyOf(locales);
    buildDir = buildDir.toAbsolutePath().normalize();
    if (!locales.contains(lang)) {
      throw new IllegalArgumentException("the locale " + lang + " is not one of " + locales);
    }
  }

  /** The locale's module, {@code content-<lang>}. */
  public Path module() {
    return root.resolve("content-" + lang);
  }

  /** The locale's source folder, {@code content-<lang>/src/docs/asciidoc}. */
  public Path sourceDir() {
    return module().resolve("src/docs/asciidoc");
  }

  /** The source locale's folder, which a translation is checked against. */
  public Path sourceLocaleDir() {
    return root.resolve("content-" + sourceLang).resolve("src/docs/asciidoc");
  }

  /** The book's top document. */
  public Path document() {
    return sourceDir().resolve("index.adoc");
  }

  public Path themeDir() {
    return root.resolve("theme");
  }

  public Path assetsDir() {
    return root.resolve("assets");
  }

  public Path termbaseDir() {
    return root.resolve("terminology");
  }

  /** The termbase the terminology step checks against. */
  public Path termbase() {
    return termbaseDir().resolve("aws-networking.tbx");
  }

  /** Written by the terminology step, included by the book as its glossary. */
  public Path glossary() {
    return buildDir.resolve("terminology").resolve("glossary-" + lang + ".adoc");
  }

  /** Written by the translation step, read by the translation notices extension. */
  public Path translationNotices() {
    return buildDir.resolve("translation").resolve("notices.properties");
  }

  /** The locale's figures, rendered with its labels. */
  public Path figuresDir() {
    return buildDir.resolve("figures");
  }

  /** The locales as the build's property and attribute give them: {@code "ja en"}. */
  public String localesAttribute() {
    return String.join(" ", locales);
  }
}
