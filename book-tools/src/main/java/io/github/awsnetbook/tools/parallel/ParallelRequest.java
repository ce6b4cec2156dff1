package io.github.awsnetbook.tools.parallel;

import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to make one parallel edition from and where: the two finished book folders (each with its
 * {@code index.html}), the translation's notice plan if it has one, the edition's stylesheet, the
 * books' fonts, the PDF file names of the locales ({@code {lang}}), the date the PDF carries, the
 * folder of the page and the PDF to write.
 */
public record ParallelRequest(
    Path sourceFolder,
    Path translationFolder,
    Optional<Path> noticePlan,
    Path stylesheet,
    WebFonts fonts,
    String pdfNamePattern,
    LocalDate date,
    Path output,
    Path pdf) {

  public ParallelRequest {
    Objects.requireNonNull(sourceFolder, "sourceFolder");
    Objects.requireNonNull(translationFolder, "translationFolder");
    Objects.requireNonNull(noticePlan, "noticePlan");
    Objects.requireNonNull(stylesheet, "stylesheet");
    Objects.requireNonNull(fonts, "fonts");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(pdf, "pdf");
  }
}
