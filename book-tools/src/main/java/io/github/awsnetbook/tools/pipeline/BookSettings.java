package io.github.awsnetbook.tools.pipeline;

import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.printing.PrintRequest;
import io.github.awsnetbook.tools.webfonts.WebFont;
import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the book's steps is given, as the root pom's {@code book.*} properties say it for
 * the Maven build and the live preview alike: where the book is ({@code layout}), the PDF name
 * pattern ({@code {lang}} standing for a locale), the book's font, the date the PDF carries, and
 * the switches of a build ({@code mark}: sections to record as translated; {@code release}: stale
 * sections are errors; {@code failOnWarning}: terminology warnings fail).
 */
public record BookSettings(
    BookLayout layout,
    String pdfName,
    List<WebFont> fonts,
    LocalDate date,
    String mark,
    boolean release,
    boolean failOnWarning) {

  public BookSettings {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(date, "date");
    if (!pdfName.contains("{lang}")) {
      throw new IllegalArgumentException("the PDF name pattern has no {lang}: " + pdfName);
    }
    fonts = List.copyOf(fonts);
    mark = mark == null ? "" : mark;
  }

  /** The settings of a build that marks nothing and is not a release. */
  public static BookSettings of(
      BookLayout layout, String pdfName, List<WebFont> fonts, LocalDate date) {
    return new BookSettings(layout, pdfName, fonts, date, "", false, false);
  }

  /**
   * The date of the build's output timestamp ({@code project.build.outputTimestamp}, ISO 8601 with
   * an offset), never the clock's, so that the same sources give the same bytes.
   */
  public static LocalDate dateOf(String outputTimestamp) {
    try {
      return OffsetDateTime.parse(outputTimestamp).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "the output timestamp \""
              + outputTimestamp
              + "\" is not an ISO 8601 date and time with"
              + " an offset, as 2026-12-07T00:00:00Z",
          e);
    }
  }

  /**
   * The faces of the book's font as the property {@code book.fontFaces} lists them: {@code
   * WEIGHT=FILE} pairs for upright faces and {@code WEIGHTitalic=FILE} for italic ones,
   * space-separated, each file in {@code fontsDir} (the theme's fonts folder).
   */
  public static List<WebFont> fontFaces(Path fontsDir, String family, String faces) {
    List<WebFont> fonts = new ArrayList<>();
    if (faces.isBlank()) {
      return List.of();
    }
    for (String face : faces.strip().split("\\s+")) {
      int equals = face.indexOf('=');
      if (equals < 1 || equals == face.length() - 1) {
        throw new IllegalArgumentException(
            "the font face \"" + face + "\" is not WEIGHT=FILE, as 400=NotoSansJP-Regular.ttf");
      }
      String weightAndStyle = face.substring(0, equals);
      boolean italic = weightAndStyle.endsWith(ITALIC);
      String weight =
          italic
              ? weightAndStyle.substring(0, weightAndStyle.length() - ITALIC.length())
              : weightAndStyle;
      try {
        fonts.add(
            new WebFont(
                family,
                Integer.parseInt(weight),
                italic,
                fontsDir.resolve(face.substring(equals + 1))));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "the font face \""
                + face
                + "\" has no numeric weight, as 400=NotoSansJP-Regular.ttf or"
                + " 400italic=SourceSans3-Italic.ttf",
            e);
      }
    }
    return List.copyOf(fonts);
  }

  /** What follows a face's weight in {@code book.fontFaces} when the face is italic. */
  private static final String ITALIC = "italic";

  public WebFonts webFonts() {
    return new WebFonts(fonts);
  }

  /** The PDF of the source locale, which the translation notices link to. */
  public String sourcePdf() {
    return PrintRequest.pdfName(pdfName, layout.sourceLang());
  }
}
