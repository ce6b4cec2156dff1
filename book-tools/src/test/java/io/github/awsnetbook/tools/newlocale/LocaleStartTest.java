package io.github.awsnetbook.tools.newlocale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What new-locale.sh's Java step leaves in a locale just copied from the template (a temp copy of
 * the project's template): the labels in the locale's language where Asciidoctor has them, the
 * others English under a mark, and the header's date in the locale's form.
 */
class LocaleStartTest {

  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
  private static final String HEADER =
      """
      = AWSのネットワーク: article0003-AWSのネットワーク３
      Seal
      v1.0, 2025-10-13
      :doctype: book
      :lang: %s

      include::{book-source-dir}/_locale.adoc[]
      """;

  private static Path newLocale(Path root, String lang) throws IOException {
    Path template = root.resolve(LocaleStart.TEMPLATE);
    Files.createDirectories(template.getParent());
    Files.copy(PROJECT.resolve(LocaleStart.TEMPLATE), template);
    Path folder = Files.createDirectories(root.resolve("content-" + lang + "/src/docs/asciidoc"));
    Files.writeString(folder.resolve("index.adoc"), HEADER.formatted(lang));
    return folder;
  }

  private static String run(Path root, String lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        LocaleStart.run(
            new String[] {"--root", root.toString(), "--lang", lang},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aKoreanLocaleStartsWithAsciidoctorsKoreanLabelsAndMarksOnlyWhatNobodyTranslated(
      @TempDir Path root) throws IOException {
    Path folder = newLocale(root, "ko");

    String printed = run(root, "ko");

    String labels = Files.readString(folder.resolve("_locale.adoc"));
    for (String label :
        List.of(
            ":toc-title: 차례",
            ":caution-caption: 주의",
            ":appendix-caption: 부록",
            ":figure-caption: 그림",
            ":table-caption: 표",
            ":note-caption: 노트",
            ":last-update-label: 마지막 업데이트",
            ":appendix-refsig: {appendix-caption}")) {
      assertTrue(labels.contains(label + "\n"), label + " missing in:\n" + labels);
    }
    // Asciidoctor's Korean file leaves these out (//:part-signifier: ???): English, marked.
    for (String english :
        List.of(
            ":part-signifier: Part",
            ":section-refsig: Section",
            ":colophon-title: Colophon",
            ":glossary-title: Glossary")) {
      assertTrue(
          labels.contains(
              LabelFile.MARK
                  + " still English; neither Asciidoctor nor ICU has this"
                  + " label in Korean\n"
                  + english
                  + "\n"),
          english + " is not marked in:\n" + labels);
    }
    assertTrue(!labels.contains(":toc-title: Contents"), labels);
    assertTrue(labels.contains("/data/locale/attributes-ko.adoc in the AsciidoctorJ jar"), labels);
    assertTrue(printed.contains("still English"), printed);
    assertTrue(
        Files.readString(folder.resolve("index.adoc")).contains("\nv1.0, 2025년 10월 13일\n"),
        "the header's date is not Korean");
  }

  @Test
  void aLanguageWithoutAsciidoctorsLabelsStaysEnglishMarkedWithItsDateWrittenByIcu(
      @TempDir Path root) throws IOException {
    Path folder = newLocale(root, "el");

    run(root, "el");

    String labels = Files.readString(folder.resolve("_locale.adoc"));
    assertTrue(
        labels.contains(
            LabelFile.MARK
                + " still English; neither Asciidoctor nor ICU has"
                + " this label in Greek\n:toc-title: Contents\n"),
        labels);
    assertTrue(
        Files.readString(folder.resolve("index.adoc")).contains("\nv1.0, 13 Οκτωβρίου 2025\n"),
        Files.readString(folder.resolve("index.adoc")));
  }

  @Test
  void aLocaleThatWasNotMadeIsRefusedWithTheCommandThatMakesIt(@TempDir Path root) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        LocaleStart.run(
            new String[] {"--root", root.toString(), "--lang", "ko"},
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("run ./new-locale.sh ko"));
  }
}
