package io.github.awsnetbook.tools.typography;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * One whole-process PDF conversion of the Japanese book, with the line breaking extension on or
 * off, for {@code benchmarks/line-breaking-overhead.sh}. Not a test: it measures nothing itself.
 *
 * <p>Usage: {@code PdfConversionBenchmark ROOT on|off OUTPUT.pdf}
 */
public final class PdfConversionBenchmark {

  private PdfConversionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]).toAbsolutePath();
    String lineBreaking = args[1];
    Path output = Path.of(args[2]).toAbsolutePath();
    Files.createDirectories(output.getParent());
    Path source = root.resolve("content-ja/src/docs/asciidoc");
    // The book as `mvn package` converts it: its rendered figures and its glossary.
    Path images = root.resolve("content-ja/target/staging/pdf-images");
    Path glossary = root.resolve("content-ja/target/terminology/glossary-ja.adoc");
    if (!Files.isDirectory(images) || !Files.isRegularFile(glossary)) {
      throw new IllegalStateException(
          "run `mvn package` first: " + images + " or " + glossary + " is missing");
    }
    try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
      Attributes attributes =
          Attributes.builder()
              .attribute("book-source-dir", source.toString())
              .attribute("imagesdir", images.toString())
              .attribute("book-glossary", glossary.toString())
              .attribute("pdf-theme", "book")
              .attribute("pdf-themesdir", root.resolve("theme/pdf").toString())
              .attribute("pdf-fontsdir", root.resolve("theme/fonts").toString())
              .attribute("reproducible", "")
              .attribute(JapaneseTypesetting.SWITCH, lineBreaking)
              .build();
      asciidoctor.convertFile(
          source.resolve("index.adoc").toFile(),
          Options.builder()
              .backend("pdf")
              .safe(SafeMode.SAFE)
              .baseDir(root.toFile())
              .toFile(new File(output.toString()))
              .attributes(attributes)
              .build());
    }
  }
}
