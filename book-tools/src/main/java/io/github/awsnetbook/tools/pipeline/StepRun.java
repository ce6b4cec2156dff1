package io.github.awsnetbook.tools.pipeline;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.conversion.Converter;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.publishing.BookPublisher;
import io.github.awsnetbook.tools.publishing.PublishRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One run of the book's steps: its settings, the Asciidoctor that reads and converts the book (the
 * build's one, or the preview's warm one), where the page is converted ({@code pageDir}: the
 * build's {@code staging/html}, or the preview's new folder of this rebuild), whether the publish
 * step puts the book in place ({@link Target}), whether this run writes the translation report of
 * every locale, and where the steps' progress lines go.
 */
public record StepRun(
    BookSettings settings,
    SourceModels models,
    Converter converter,
    BookPublisher publisher,
    Path pageDir,
    Target target,
    boolean writesReport,
    Consumer<String> info) {

  /** What the publish step makes of the converted page. */
  public enum Target {
    /** The Maven build: the page finished, the PDF printed, both moved into place. */
    BUILD,
    /** The live preview: the page finished where it was converted; the PDF on request. */
    PREVIEW
  }

  public BookLayout layout() {
    return settings.layout();
  }

  /** The source model of this run's book, as every step reads it. */
  public SourceModel model() {
    Path document = layout().document();
    return models.load(
        layout().root(), document, Map.of("book-source-dir", document.getParent().toString()));
  }

  /**
   * The publish step's request: the staged page and PDF of {@code layout().stagingDir()}, put into
   * {@code layout().buildDir()}, linked to the other locales.
   */
  public static PublishRequest publishRequest(BookSettings settings) {
    BookLayout layout = settings.layout();
    return new PublishRequest(
        layout.stagingDir(),
        layout.buildDir(),
        new LocaleLinks(layout.lang(), layout.locales(), "index.html"),
        settings.webFonts(),
        settings.pdfName(),
        settings.date());
  }
}
