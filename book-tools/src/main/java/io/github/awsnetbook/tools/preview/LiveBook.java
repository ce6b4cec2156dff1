package io.github.awsnetbook.tools.preview;

import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.conversion.Converter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticReporter;
import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.pipeline.BookSettings;
import io.github.awsnetbook.tools.pipeline.BookStep;
import io.github.awsnetbook.tools.pipeline.StepOutcome;
import io.github.awsnetbook.tools.pipeline.StepRun;
import io.github.awsnetbook.tools.publishing.BookPublisher;
import io.github.awsnetbook.tools.publishing.FinishedPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One locale's book, rebuilt into {@code content-<lang>/target/preview/} by the steps of the build
 * ({@link BookStep#preview()}, the same list the book's Maven goal runs) with the build's settings:
 * the checks, the figures, the resources beside the page, the conversion with a warm {@link
 * Converter}, and the publish step's finishing. Each rebuild writes a new folder {@code
 * html-<n>/<lang>}, so the last good page stays whole while the next is built; the PDF is printed
 * from a finished folder on request.
 */
final class LiveBook implements AutoCloseable {

  /** A rebuild: its number, the finished HTML folder (none when it failed), what it found. */
  record Build(
      long number, FinishedPage page, List<Diagnostic> problems, Map<String, Long> millis) {
    boolean failed() {
      return page == null;
    }

    /** The folder of the finished page. */
    Path html() {
      return page.folder();
    }

    List<Diagnostic> errors() {
      return problems.stream().filter(Diagnostic::isError).toList();
    }
  }

  private final BookSettings settings;
  private final BookPublisher publisher;
  private final Converter converter;
  private final SourceModels models;
  private final Map<BookStep, List<Diagnostic>> lastFound = new EnumMap<>(BookStep.class);
  private long builds;

  /**
   * A live book of {@code settings}, whose layout's build folder is the preview's own; the PDF
   * engine's warnings go to {@code reporter}.
   */
  LiveBook(BookSettings settings, DiagnosticReporter reporter) {
    this.settings = settings;
    this.publisher = new BookPublisher(StepRun.publishRequest(settings), reporter);
    this.converter = new Converter();
    this.models = new SourceModels(converter.asciidoctor());
  }

  BookLayout layout() {
    return settings.layout();
  }

  /**
   * Runs the preview's steps into a new folder; keeps nothing of a failed try. A check that cannot
   * be affected by the {@code changed} files is not run again, and its last findings stand; every
   * check runs on the first build, and again while it has errors. The steps that make the page run
   * every time, into the new folder.
   */
  synchronized Build rebuild(Set<Path> changed) {
    long number = ++builds;
    Path html = layout().buildDir().resolve("html-" + number).resolve(layout().lang());
    StepRun run =
        new StepRun(
            settings,
            models,
            converter,
            publisher,
            html,
            StepRun.Target.PREVIEW,
            false,
            info -> {});
    Map<String, Long> millis = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    FinishedPage page = null;
    for (BookStep step : BookStep.preview()) {
      if (step.isCheck()) {
        List<Diagnostic> found = lastFound.get(step);
        if (found == null
            || found.stream().anyMatch(Diagnostic::isError)
            || step.affectedBy(layout(), changed)) {
          found = timed(step, run, millis).problems();
          lastFound.put(step, found);
        }
        problems.addAll(found);
        if (step == BookStep.CHECK_SOURCES && found.stream().anyMatch(Diagnostic::isError)) {
          // As in the build, nothing reads sources the source checks refused: a file that is not
          // UTF-8 would stop Asciidoctor's parse with an exception instead of the error at its
          // place.
          lastFound.keySet().retainAll(List.of(BookStep.CHECK_SOURCES));
          break;
        }
        continue;
      }
      if (problems.stream().anyMatch(Diagnostic::isError)) {
        break;
      }
      StepOutcome outcome = timed(step, run, millis);
      problems.addAll(outcome.problems());
      page = outcome.page().orElse(page);
      if (!outcome.passed()) {
        forget(html.getParent());
        break;
      }
    }
    if (problems.stream().anyMatch(Diagnostic::isError) || page == null) {
      return new Build(number, null, problems, millis);
    }
    return new Build(number, page, problems, millis);
  }

  /** Runs one step and notes how long it took; what it found has repository-relative paths. */
  private StepOutcome timed(BookStep step, StepRun run, Map<String, Long> millis) {
    long start = System.nanoTime();
    StepOutcome outcome = step.run(run);
    millis.put(step.goal(), (System.nanoTime() - start) / 1_000_000);
    return new StepOutcome(
        outcome.problems().stream().map(problem -> problem.relativeTo(layout().root())).toList(),
        outcome.notes(),
        outcome.passed(),
        outcome.page());
  }

  private static void forget(Path folder) {
    try {
      AtomicFiles.deleteTree(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }

  /**
   * Converts the book once more into a scratch folder and deletes it, returning the milliseconds it
   * took: JRuby compiles Asciidoctor's hot code only after a few runs, so the first saves are
   * faster when this ran a few times first.
   */
  synchronized long warmUp() {
    Path scratch = layout().buildDir().resolve("warm-up");
    long start = System.nanoTime();
    converter.convertHtml(layout(), scratch);
    long millis = (System.nanoTime() - start) / 1_000_000;
    try {
      AtomicFiles.deleteTree(scratch);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + scratch, e);
    }
    return millis;
  }

  /** Prints the PDF of a finished folder, then puts it in place in one move. */
  Path printPdf(Build build) {
    Path work = layout().buildDir().resolve("pdf-" + build.number());
    try {
      Path printed = publisher.printPdf(build.page(), work);
      Path pdf = pdfFolder().resolve(printed.getFileName());
      AtomicFiles.write(pdf, Files.readAllBytes(printed));
      AtomicFiles.deleteTree(work);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the preview's PDF", e);
    }
  }

  /**
   * Makes the EPUB of a finished folder from the PDF printed from it (its page list marks that
   * PDF's pages), then puts it beside the PDF in one move.
   */
  Path writeEpub(Build build, Path pdf) {
    Path work = layout().buildDir().resolve("epub-" + build.number());
    try {
      Path made = publisher.writeEpub(build.page(), pdf, Files.createDirectories(work));
      Path epub = pdfFolder().resolve(made.getFileName());
      AtomicFiles.write(epub, Files.readAllBytes(made));
      AtomicFiles.deleteTree(work);
      return epub;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the preview's EPUB", e);
    }
  }

  Path pdfFolder() {
    return layout().buildDir().resolve("pdf");
  }

  /** Deletes the folders of builds older than {@code keep}. */
  void forgetBefore(long keep) {
    List<Path> old;
    try (Stream<Path> list = Files.list(layout().buildDir())) {
      old =
          list.filter(
                  path -> {
                    String name = path.getFileName().toString();
                    return name.matches("html-\\d+")
                        && Long.parseLong(name.substring("html-".length())) < keep;
                  })
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + layout().buildDir(), e);
    }
    for (Path folder : old) {
      try {
        AtomicFiles.deleteTree(folder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + folder, e);
      }
    }
  }

  @Override
  public void close() {
    converter.close();
  }
}
