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

  /** A locale's module, {@code content-<lang>}: the one place that names the modules. */
  public static Path moduleOf(Path root, String lang) {
    return root.resolve("content-" + lang);
  }

  /** A locale's source folder, {@code content-<lang>/src/docs/asciidoc}. */
  public static Path sourceDirOf(Path root, String lang) {
    return moduleOf(root, lang).resolve("src/docs/asciidoc");
  }

  /** A locale module's build folder, {@code content-<lang>/target}. */
  public static Path targetOf(Path root, String lang) {
    return moduleOf(root, lang).resolve("target");
  }

  /**
   * The status report of every translation, {@code target/translation-status} at the repository's
   * root: it covers every locale, so it belongs to no locale's module.
   */
  public static Path translationStatusOf(Path root) {
    return root.resolve("target").resolve("translation-status");
  }

  /** The live preview's build folder of a locale, {@code content-<lang>/target/preview}. */
  public static Path previewDirOf(Path root, String lang) {
    return targetOf(root, lang).resolve("preview");
  }

  /** The locale's module, {@code content-<lang>}. */
  public Path module() {
    return moduleOf(root, lang);
  }

  /** The locale's source folder, {@code content-<lang>/src/docs/asciidoc}. */
  public Path sourceDir() {
    return sourceDirOf(root, lang);
  }

  /** The source locale's folder, which a translation is checked against. */
  public Path sourceLocaleDir() {
    return sourceDirOf(root, sourceLang);
  }

  /** The locale's figure labels, which the figures step fills into the drawings. */
  public Path figureLabels() {
    return sourceDir().resolve("figures").resolve("figures.properties");
  }

  /** The book's top document. */
  public Path document() {
    return documentOf(root, lang);
  }

  /** The top document of the book of {@code lang}. */
  public static Path documentOf(Path root, String lang) {
    return sourceDirOf(root, lang).resolve("index.adoc");
  }

  public Path themeDir() {
    return root.resolve("theme");
  }

  public Path assetsDir() {
    return root.resolve("assets");
  }

  /** The drawings shared by the locales: SVG with {@code {{label}}} placeholders. */
  public Path figureTemplatesDir() {
    return assetsDir().resolve("figures");
  }

  /** The folders every locale shares, whose files the source checks look at too. */
  public List<Path> sharedDirs() {
    return List.of(assetsDir(), themeDir(), termbaseDir());
  }

  /** The book's stylesheet, also the one the printer's warm-up lays its sample out with. */
  public Path stylesheet() {
    return themeDir().resolve("html").resolve("css").resolve("book.css");
  }

  /** The folder of the book's font files. */
  public Path fontsDir() {
    return themeDir().resolve("fonts");
  }

  public Path termbaseDir() {
    return root.resolve("terminology");
  }

  /** The termbase the terminology step checks against. */
  public Path termbase() {
    return termbaseDir().resolve("aws-networking.tbx");
  }

  /**
   * Where a build converts and prints before anything is put in place, {@code staging/}; emptied
   * when a build starts, so that a failed build leaks nothing into the next.
   */
  public Path stagingDir() {
    return buildDir.resolve("staging");
  }

  /**
   * The stamp of the last successful build, {@code book.stamp}: the digest of its inputs and
   * outputs, which the next build compares to decide whether the module is up to date.
   */
  public Path buildStamp() {
    return buildDir.resolve("book.stamp");
  }

  /**
   * What a build of the module leaves and its stamp records: the books, the terminology reports.
   */
  public List<Path> outputs() {
    return List.of(buildDir.resolve("html"), buildDir.resolve("pdf"), terminologyDir());
  }

  /**
   * Where the terminology step writes the SARIF report, the glossaries and the translator's kit.
   */
  public Path terminologyDir() {
    return buildDir.resolve("terminology");
  }

  /** Where the translation step writes the notices the conversion adds. */
  public Path translationDir() {
    return buildDir.resolve("translation");
  }

  /** Written by the terminology step, included by the book as its glossary. */
  public Path glossary() {
    return terminologyDir().resolve("glossary-" + lang + ".adoc");
  }

  /** Written by the translation step, read by the translation notices extension. */
  public Path translationNotices() {
    return translationDir().resolve("notices.properties");
  }

  /** The locale's figures, rendered with its labels, copied beside the page as images. */
  public Path figuresDir() {
    return buildDir.resolve("figures");
  }

  /** The locales as the build's property and attribute give them: {@code "ja en"}. */
  public String localesAttribute() {
    return String.join(" ", locales);
  }
}
