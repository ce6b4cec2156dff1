package io.github.awsnetbook.tools.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.publishing.BookPublisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one list of the book's steps, as the Maven goal and the live preview run it: which files each
 * step reads, what the resources step puts beside the page, what the publish step refuses, and the
 * report written by one run only.
 */
class BookStepTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path root;

  private BookLayout layout;
  private BookSettings settings;
  private final List<Diagnostic> engineWarnings = new ArrayList<>();
  private final List<String> info = new ArrayList<>();

  @BeforeEach
  void layout() throws IOException {
    layout =
        new BookLayout(root, "en", "ja", List.of("ja", "en"), root.resolve("content-en/target"));
    settings = BookSettings.of(layout, "book-{lang}.pdf", List.of(), LocalDate.of(2026, 1, 1));
    write(layout.document(), "= Book\n\nText.\n");
  }

  private StepRun run(StepRun.Target target, boolean writesReport) {
    return new StepRun(
        settings,
        new SourceModels(ASCIIDOCTOR.get()),
        null,
        new BookPublisher(StepRun.publishRequest(settings), engineWarnings::add),
        layout.stagingDir().resolve("html"),
        target,
        writesReport,
        info::add);
  }

  private Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void theMavenBuildRunsEveryStepAndThePreviewAllButTheReportOfEveryLocale() {
    assertEquals(
        List.of(
            "check-sources",
            "check-translation",
            "translation-report",
            "check-terminology",
            "render-figures",
            "stage-resources",
            "convert",
            "publish"),
        BookStep.build().stream().map(BookStep::goal).toList());
    List<BookStep> preview = new ArrayList<>(BookStep.build());
    preview.remove(BookStep.TRANSLATION_REPORT);
    assertEquals(preview, BookStep.preview());
  }

  @Test
  void aSaveReRunsOnlyTheChecksThatReadTheSavedFile() {
    Path termbase = layout.termbase();
    Path labels = layout.figureLabels();
    Path sourceChapter = layout.sourceLocaleDir().resolve("chapters/_one.adoc");
    Path stylesheet = layout.stylesheet();

    assertEquals(
        List.of(BookStep.CHECK_SOURCES, BookStep.CHECK_TERMINOLOGY), checksAffectedBy(termbase));
    assertEquals(
        List.of(
            BookStep.CHECK_SOURCES,
            BookStep.CHECK_TRANSLATION,
            BookStep.CHECK_TERMINOLOGY,
            BookStep.RENDER_FIGURES),
        checksAffectedBy(labels));
    assertEquals(
        List.of(BookStep.CHECK_SOURCES, BookStep.CHECK_TRANSLATION, BookStep.CHECK_TERMINOLOGY),
        checksAffectedBy(sourceChapter));
    assertEquals(List.of(BookStep.CHECK_SOURCES), checksAffectedBy(stylesheet));
  }

  private List<BookStep> checksAffectedBy(Path saved) {
    return BookStep.preview().stream()
        .filter(BookStep::isCheck)
        .filter(step -> step.affectedBy(layout, Set.of(saved)))
        .toList();
  }

  @Test
  void theResourcesStepPutsImagesFiguresTheFontLicenceAndStylesheetsBesideThePage()
      throws IOException {
    write(layout.assetsDir().resolve("images/logo.svg"), "<svg/>");
    write(layout.figuresDir().resolve("figure-1.svg"), "<svg>en</svg>");
    write(layout.fontsDir().resolve("OFL.txt"), "licence");
    write(layout.fontsDir().resolve("Book.ttf"), "not beside the page");
    write(layout.stylesheet(), "body {}");

    StepOutcome outcome = BookStep.STAGE_RESOURCES.run(run(StepRun.Target.BUILD, false));

    assertTrue(outcome.passed());
    Path page = layout.stagingDir().resolve("html");
    assertEquals("<svg/>", Files.readString(page.resolve("images/logo.svg")));
    assertEquals("<svg>en</svg>", Files.readString(page.resolve("images/figure-1.svg")));
    assertEquals("licence", Files.readString(page.resolve("fonts/OFL.txt")));
    assertEquals("body {}", Files.readString(page.resolve("css/book.css")));
    assertFalse(Files.exists(page.resolve("fonts/Book.ttf")));
  }

  @Test
  void thePublishStepRefusesAPageWithTwoElementsOfOneIdAtItsPlaceAndPublishesNothing()
      throws IOException {
    write(
        layout.stagingDir().resolve("html/index.html"),
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Book</title></head>\n<body>\n"
            + "<div id=\"header\"><h1>Book</h1></div>\n<div id=\"content\">\n"
            + "<p><a id=\"content\"></a>Text.</p>\n</div>\n</body></html>\n");

    StepOutcome outcome = BookStep.PUBLISH.run(run(StepRun.Target.BUILD, false));

    assertFalse(outcome.passed());
    Diagnostic refused = outcome.problems().get(0);
    assertEquals(Optional.of("publishing/duplicate-id"), refused.rule());
    assertTrue(refused.toString().contains("index.html:"), refused.toString());
    assertFalse(Files.exists(layout.buildDir().resolve("html")));
    assertFalse(Files.exists(layout.buildDir().resolve("pdf")));
  }

  @Test
  void aMissingConvertedPageIsABrokenBuildNotBadContent() {
    IllegalStateException broken =
        assertThrows(
            IllegalStateException.class,
            () -> BookStep.PUBLISH.run(run(StepRun.Target.BUILD, false)));

    assertTrue(broken.getMessage().startsWith("no converted page at"), broken.getMessage());
    assertFalse(Files.exists(layout.buildDir().resolve("html")));
  }

  @Test
  void onlyTheRunThatWritesTheReportWritesIt() {
    StepOutcome outcome = BookStep.TRANSLATION_REPORT.run(run(StepRun.Target.BUILD, false));

    assertTrue(outcome.passed());
    assertTrue(outcome.notes().get(0).startsWith("the translation status report of every locale"));
    assertFalse(Files.exists(root.resolve("target/translation-status")));
  }

  @Test
  void fontFacesAreWeightAndFileInTheFontsFolder() {
    assertEquals(
        List.of(
            new io.github.awsnetbook.tools.webfonts.WebFont(
                "Book", 400, layout.fontsDir().resolve("Book-Regular.ttf")),
            new io.github.awsnetbook.tools.webfonts.WebFont(
                "Book", 700, layout.fontsDir().resolve("Book-Bold.ttf"))),
        BookSettings.fontFaces(
            layout.fontsDir(), "Book", " 400=Book-Regular.ttf  700=Book-Bold.ttf "));
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> BookSettings.fontFaces(layout.fontsDir(), "Book", "Book-Regular.ttf"));
    assertTrue(bad.getMessage().contains("is not WEIGHT=FILE"), bad.getMessage());
  }

  @Test
  void anItalicFaceIsItsWeightFollowedByItalic() {
    assertEquals(
        List.of(
            new io.github.awsnetbook.tools.webfonts.WebFont(
                "Book", 400, layout.fontsDir().resolve("Book-Regular.ttf")),
            new io.github.awsnetbook.tools.webfonts.WebFont(
                "Book", 400, true, layout.fontsDir().resolve("Latin-Italic.ttf"))),
        BookSettings.fontFaces(
            layout.fontsDir(), "Book", "400=Book-Regular.ttf 400italic=Latin-Italic.ttf"));
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> BookSettings.fontFaces(layout.fontsDir(), "Book", "oblique=Latin-Italic.ttf"));
    assertTrue(bad.getMessage().contains("has no numeric weight"), bad.getMessage());
  }
}
