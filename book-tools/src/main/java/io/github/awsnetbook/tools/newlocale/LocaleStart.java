package io.github.awsnetbook.tools.newlocale;

import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.commandline.Options;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.files.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The labels and the header date of a locale that {@code new-locale.sh} has just copied from the
 * template: {@code --root . --lang ko} writes {@code content-ko/src/docs/asciidoc/_locale.adoc}
 * from {@code locale-template/src/docs/asciidoc/_locale.adoc} and localizes the revision date of
 * {@code content-ko/src/docs/asciidoc/index.adoc}.
 */
public final class LocaleStart {

  static final String TEMPLATE = "locale-template/src/docs/asciidoc/_locale.adoc";

  private LocaleStart() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    // Returns normally on success: Maven's exec:java runs this in its own JVM.
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(Set.of("--root", "--lang"), args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage() + "; usage: LocaleStart --root DIR --lang LANG");
      return 2;
    }
    Path root = Path.of(options.value("--root", "."));
    String lang = options.value("--lang", "");
    Path folder = BookLayout.sourceDirOf(root, lang);
    if (lang.isEmpty() || !Files.isRegularFile(folder.resolve("index.adoc"))) {
      err.println(
          "error: "
              + folder.resolve("index.adoc")
              + " does not exist; run ./new-locale.sh "
              + (lang.isEmpty() ? "LANG" : lang)
              + " to make the locale");
      return 2;
    }
    LabelFile labels = start(root, folder, ULocale.forLanguageTag(lang));
    out.println(
        "labels of "
            + lang
            + ": "
            + labels.translated().size()
            + " from Asciidoctor's translation, "
            + labels.english().size()
            + " still English, marked \""
            + LabelFile.MARK
            + "\" in "
            + root.relativize(folder.resolve("_locale.adoc"))
            + (labels.english().isEmpty() ? "" : " " + labels.english()));
    return 0;
  }

  static LabelFile start(Path root, Path folder, ULocale locale) {
    LabelFile labels =
        LabelFile.fill(read(root.resolve(TEMPLATE)), AsciidoctorLabels.forLocale(locale), locale);
    write(folder.resolve("_locale.adoc"), labels.text());
    Path index = folder.resolve("index.adoc");
    write(index, HeaderDate.localize(read(index), locale));
    return labels;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void write(Path file, String text) {
    try {
      AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
