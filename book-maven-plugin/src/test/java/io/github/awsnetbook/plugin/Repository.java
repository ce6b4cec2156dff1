package io.github.awsnetbook.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small repository of the book's shape in a temporary folder: two locales of one chapter. */
record Repository(Path root) {

  static final String JA_CHAPTER = "content-ja/src/docs/asciidoc/chapters/_one.adoc";
  static final String EN_CHAPTER = "content-en/src/docs/asciidoc/chapters/_one.adoc";

  private static final String INDEX =
      "= Title\n:doctype: book\n\ninclude::{book-source-dir}/chapters/_one.adoc[]\n";

  static Repository create(Path root) {
    Repository repository = new Repository(root);
    repository.write("content-ja/src/docs/asciidoc/index.adoc", INDEX);
    repository.write(JA_CHAPTER, "[#intro]\n== はじめに\n\n本文です。\n");
    repository.write("content-en/src/docs/asciidoc/index.adoc", INDEX);
    repository.write(EN_CHAPTER, "[#intro]\n== Intro\n\nThe text.\n");
    return repository;
  }

  Path resolve(String relative) {
    return root.resolve(relative);
  }

  void write(String relative, String text) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
