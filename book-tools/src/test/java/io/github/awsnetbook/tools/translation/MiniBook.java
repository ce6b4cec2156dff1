package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.asciidoc.SourceModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asciidoctor.Asciidoctor;

/** A two-locale book in a temporary folder, laid out like the real project. */
record MiniBook(Path root, Asciidoctor asciidoctor) {

  static final String JA_CHAPTER =
      """
      [#intro]
      == はじめに

      S3とDynamoDBは
      パブリックネットワークにあります。

      [#fig-one]
      .図の題
      image::fig-one.svg["代替テキスト"]

      [#tbl-one,cols="1,2"]
      |===
      |層 |例

      |IaaS
      |EC2
      |===

      [NOTE.editor-note#note-one]
      ====
      編集部注です。
      ====

      NOTE: 注記です。

      <<details>>を参照。https://docs.aws.amazon.com/vpc/[AWSの文書]

      [#details]
      === 詳細

      詳細の本文です。
      """;

  static final String EN_CHAPTER =
      """
      [#intro]
      == Introduction

      S3 and DynamoDB live
      on the public network.

      [#fig-one]
      .Figure title
      image::fig-one.svg["Alt text"]

      [#tbl-one,cols="1,2"]
      |===
      |Layer |Example

      |IaaS
      |EC2
      |===

      [NOTE.editor-note#note-one]
      ====
      An editor's note.
      ====

      NOTE: A note.

      See <<details>>. https://docs.aws.amazon.com/vpc/[AWS documentation]

      [#details]
      === Details

      The details.
      """;

  static MiniBook create(Path root, Asciidoctor asciidoctor) {
    MiniBook book = new MiniBook(root, asciidoctor);
    book.write("ja", "index.adoc", index("本のタイトル", "ja"));
    book.write("ja", "chapters/_one.adoc", JA_CHAPTER);
    book.write("en", "index.adoc", index("The book's title", "en"));
    book.write("en", "chapters/_one.adoc", EN_CHAPTER);
    return book;
  }

  static String index(String title, String lang) {
    return "= "
        + title
        + "\nSeal\nv1.0, 2025-10-13\n:doctype: book\n:lang: "
        + lang
        + "\n"
        + "ifndef::book-source-dir[:book-source-dir: {docdir}]\n\n"
        + "include::{book-source-dir}/chapters/_one.adoc[]\n";
  }

  Path folder(String lang) {
    return root.resolve("content-" + lang).resolve("src/docs/asciidoc");
  }

  Outline outline(String lang) {
    return BookOutline.read(new SourceModels(asciidoctor), lang, folder(lang), folder(lang));
  }

  void write(String lang, String relative, String text) {
    try {
      Path file = folder(lang).resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String lang, String relative) {
    try {
      return Files.readString(folder(lang).resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void edit(String lang, String relative, String from, String to) {
    String text = read(lang, relative);
    if (!text.contains(from)) {
      throw new IllegalArgumentException("no \"" + from + "\" in " + relative);
    }
    write(lang, relative, text.replace(from, to));
  }
}
