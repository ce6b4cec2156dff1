package io.github.awsnetbook.tools.pipeline;

import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.conversion.Converter;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.figures.RenderFigures;
import io.github.awsnetbook.tools.files.FileTrees;
import io.github.awsnetbook.tools.publishing.PageWords;
import io.github.awsnetbook.tools.safety.CheckSources;
import io.github.awsnetbook.tools.terminology.TbxReader;
import io.github.awsnetbook.tools.terminology.TerminologyCheck;
import io.github.awsnetbook.tools.translation.TranslationCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The steps of one locale's book, in the order they run: the Maven build runs every one, the live
 * preview every one marked {@link #inPreview()}. Each step names the files it reads ({@link
 * #inputs}), so that the preview runs a check again only when a save can change what it finds. What
 * a step leaves for a later one is a file {@link BookLayout} names: the notices ({@code
 * translationNotices}) and the glossary ({@code glossary}) that the conversion reads, the figures
 * ({@code figuresDir}) that the resources step copies beside the page, the converted page ({@code
 * pageDir}) that the publish step finishes.
 */
public enum BookStep {

  /**
   * The locale's files are safe to read: valid UTF-8 within bounds, no DOCTYPE, no link out of the
   * repository, no invisible character that changes what a reader sees, images that are files of
   * the repository, no raw HTML or script URL the source does not have. Nothing reads sources it
   * refused.
   */
  CHECK_SOURCES("check-sources", "the sources") {
    @Override
    List<Path> inputs(BookLayout layout) {
      List<Path> inputs = new ArrayList<>(bookSources(layout));
      inputs.addAll(layout.sharedDirs());
      return inputs;
    }

    @Override
    StepOutcome perform(StepRun run) {
      BookLayout layout = run.layout();
      CheckSources.Result result =
          CheckSources.check(
              new CheckSources.Request(
                  layout.root(), layout.lang(), layout.sourceLang(), layout.sharedDirs()),
              run.models());
      return StepOutcome.of(result.problems(), result.summary(layout.lang()));
    }
  },

  /**
   * Structure parity with the source, the state of every section, and the notices the conversion
   * adds ({@code layout.translationNotices()}); records sections as translated when asked ({@code
   * mark}), and makes stale sections errors for a release.
   */
  CHECK_TRANSLATION("check-translation", "the translation") {
    @Override
    List<Path> inputs(BookLayout layout) {
      return bookSources(layout);
    }

    @Override
    StepOutcome perform(StepRun run) {
      BookSettings settings = run.settings();
      BookLayout layout = settings.layout();
      return StepOutcome.of(
          TranslationCheck.check(
              new TranslationCheck.Request(
                  layout.root(),
                  layout.lang(),
                  layout.sourceLang(),
                  layout.translationDir(),
                  settings.sourcePdf(),
                  settings.mark(),
                  settings.release()),
              run.info(),
              run.models()));
    }
  },

  /**
   * {@code target/translation-status/} at the repository's root: every locale's sections, written
   * by the one run that {@link StepRun#writesReport()} (in the Maven build, the last content
   * module, after its own translation step). Not in the preview.
   */
  TRANSLATION_REPORT("translation-report", "the translation status report") {
    @Override
    List<Path> inputs(BookLayout layout) {
      return layout.locales().stream()
          .map(lang -> BookLayout.sourceDirOf(layout.root(), lang))
          .toList();
    }

    @Override
    boolean inPreview() {
      return false;
    }

    @Override
    StepOutcome perform(StepRun run) {
      if (!run.writesReport()) {
        return StepOutcome.of(
            List.of(),
            "the translation status report of every locale is written once, by the last content"
                + " module of this build");
      }
      BookLayout layout = run.layout();
      TranslationCheck.writeReport(
          layout.root(), layout.sourceLang(), layout.locales(), run.info(), run.models());
      return StepOutcome.of(List.of());
    }
  },

  /**
   * This book's terms against the termbase, and a translation's concepts against its source; the
   * SARIF report, the glossary the book includes ({@code layout.glossary()}) and the translator's
   * kit into {@code layout.terminologyDir()}.
   */
  CHECK_TERMINOLOGY("check-terminology", "the terminology") {
    @Override
    List<Path> inputs(BookLayout layout) {
      List<Path> inputs = new ArrayList<>(bookSources(layout));
      inputs.add(layout.termbaseDir());
      return inputs;
    }

    @Override
    StepOutcome perform(StepRun run) {
      BookSettings settings = run.settings();
      BookLayout layout = settings.layout();
      TerminologyCheck.Outcome outcome =
          TerminologyCheck.check(
              new TerminologyCheck.Request(
                  layout.root(),
                  layout.termbase(),
                  layout.sourceLang(),
                  layout.locales(),
                  layout.terminologyDir(),
                  settings.failOnWarning(),
                  ULocale.forLocale(Locale.getDefault()),
                  layout.lang()),
              run.models());
      List<String> notes = new ArrayList<>(outcome.notes());
      notes.add(outcome.summary());
      return new StepOutcome(outcome.findings(), notes, outcome.passed(), Optional.empty());
    }
  },

  /** The drawings of {@code assets/figures} with this locale's labels, into {@code figuresDir}. */
  RENDER_FIGURES("render-figures", "the figures") {
    @Override
    List<Path> inputs(BookLayout layout) {
      return List.of(layout.figureLabels().getParent(), layout.figureTemplatesDir());
    }

    @Override
    StepOutcome perform(StepRun run) {
      BookLayout layout = run.layout();
      RenderFigures.Outcome outcome =
          RenderFigures.render(
              new RenderFigures.Request(
                  layout.figureTemplatesDir(),
                  layout.figureLabels(),
                  layout.lang(),
                  layout.figuresDir(),
                  Optional.of(layout.root())));
      if (outcome.failed()) {
        return StepOutcome.of(outcome.problems());
      }
      return StepOutcome.of(
          outcome.problems(),
          "rendered "
              + outcome.rendered()
              + " figures for "
              + layout.lang()
              + " into "
              + Places.shown(layout.root(), layout.figuresDir()));
    }
  },

  /**
   * Beside the page, so that its folder is whole: the shared images and this locale's figures
   * ({@code images/}), the font's licence ({@code fonts/}), the stylesheets ({@code css/}).
   */
  STAGE_RESOURCES("stage-resources", "the page's resources") {
    @Override
    List<Path> inputs(BookLayout layout) {
      return List.of(layout.assetsDir().resolve("images"), layout.figuresDir(), layout.themeDir());
    }

    @Override
    StepOutcome perform(StepRun run) {
      BookLayout layout = run.layout();
      Path page = run.pageDir();
      try {
        FileTrees.copyFolder(layout.assetsDir().resolve("images"), page.resolve("images"));
        FileTrees.copyFolder(layout.figuresDir(), page.resolve("images"));
        FileTrees.copyFile(
            layout.fontsDir().resolve("OFL.txt"), page.resolve("fonts").resolve("OFL.txt"));
        FileTrees.copyFolder(layout.themeDir().resolve("html").resolve("css"), page.resolve("css"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy the page's resources into " + page, e);
      }
      return StepOutcome.of(List.of());
    }
  },

  /**
   * The locale's {@code index.adoc} into {@code pageDir/index.html}, with the build's extensions;
   * every warning of Asciidoctor or of an extension is an error at its file and line.
   */
  CONVERT("convert", "the conversion") {
    @Override
    List<Path> inputs(BookLayout layout) {
      return List.of(layout.root());
    }

    @Override
    StepOutcome perform(StepRun run) {
      BookLayout layout = run.layout();
      Converter.Conversion conversion = run.converter().convertHtml(layout, run.pageDir());
      return StepOutcome.of(
          conversion.problems(),
          "converted "
              + Places.shown(layout.root(), layout.document())
              + " into "
              + Places.shown(layout.root(), run.pageDir()));
    }
  },

  /**
   * The page finished (font subsets, links to the other locales, landmarks, scroll regions, inline
   * figures); in the build, the PDF printed from it and both moved into {@code html/<lang>} and
   * {@code pdf/} only when everything succeeded. A page with two elements of one ID is refused.
   */
  PUBLISH("publish", "the book") {
    @Override
    List<Path> inputs(BookLayout layout) {
      return List.of(layout.root());
    }

    @Override
    StepOutcome perform(StepRun run) {
      Path root = run.layout().root();
      Path termbase = run.layout().termbase();
      // The termbase's names of several words, which the page's table cells keep whole.
      PageWords words =
          PageWords.of(run.model().header().attributes())
              .withNames(
                  Files.isRegularFile(termbase)
                      ? TbxReader.read(root, termbase).namesOfSeveralWords(run.layout().lang())
                      : List.of());
      if (run.target() == StepRun.Target.PREVIEW) {
        try {
          return StepOutcome.finished(run.publisher().finishHtml(run.pageDir(), words));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot finish the page in " + run.pageDir(), e);
        }
      }
      String[] published =
          run.publisher().publish(words).stream()
              .map(path -> "published " + Places.shown(root, path))
              .toArray(String[]::new);
      return StepOutcome.of(List.of(), published);
    }
  };

  private final String goal;
  private final String subject;

  BookStep(String goal, String subject) {
    this.goal = goal;
    this.subject = subject;
  }

  /** The step's name in the log and the README's table, as {@code check-sources}. */
  public String goal() {
    return goal;
  }

  /** What the step judges, for its failure: "the sources", "the terminology" … */
  public String subject() {
    return subject;
  }

  /** The files and folders whose change can change what the step finds or writes. */
  abstract List<Path> inputs(BookLayout layout);

  abstract StepOutcome perform(StepRun run);

  /** Whether the live preview runs this step too. */
  boolean inPreview() {
    return true;
  }

  /**
   * Whether the step checks or renders into the build folder rather than making the page: the
   * preview keeps such a step's findings until a save can change them.
   */
  public boolean isCheck() {
    return ordinal() < STAGE_RESOURCES.ordinal();
  }

  /** Whether a change of one of {@code changed} can change what the step finds or writes. */
  public boolean affectedBy(BookLayout layout, Set<Path> changed) {
    List<Path> inputs = inputs(layout);
    return changed.stream().anyMatch(path -> inputs.stream().anyMatch(path::startsWith));
  }

  /**
   * Runs the step; a problem that stopped it (a file out of the repository, a termbase that cannot
   * be read, a page the publish step refuses) is its outcome, at its place. A file that cannot be
   * read or written is a broken build: {@link UncheckedIOException}.
   */
  public StepOutcome run(StepRun run) {
    try {
      return perform(run);
    } catch (DiagnosticException refused) {
      return StepOutcome.refused(refused.diagnostic());
    }
  }

  /** The steps of the Maven build, in order. */
  public static List<BookStep> build() {
    return List.of(values());
  }

  /** The steps of the live preview, in order. */
  public static List<BookStep> preview() {
    return Stream.of(values()).filter(BookStep::inPreview).toList();
  }

  /** The locale's sources and the source locale's, which a translation follows. */
  private static List<Path> bookSources(BookLayout layout) {
    return List.of(layout.sourceDir(), layout.sourceLocaleDir());
  }
}
