package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.asciidoc.SourceModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asciidoctor.Asciidoctor;

/** Books written into a temporary repository, in the real layout. */
final class Books {

  private Books() {}

  /** Writes {@code content-<lang>/src/docs/asciidoc/index.adoc} under {@code root}. */
  static Path write(Path root, String language, String adoc) {
    Path index = Book.sourceFolder(root, language).resolve("index.adoc");
    try {
      Files.createDirectories(index.getParent());
      Files.writeString(index, adoc, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return index;
  }

  static BookTerms scan(Asciidoctor asciidoctor, Path root, String language, Termbase termbase) {
    return BookTerms.scan(Book.load(new SourceModels(asciidoctor), root, language), termbase);
  }
}
