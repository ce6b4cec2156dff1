package io.github.awsnetbook.booktests;

import io.github.awsnetbook.tools.asciidoc.BookAsciidoctor;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.conversion.Converter;
import io.github.awsnetbook.tools.diagnostics.TextReporter;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.pipeline.BookBuild;
import io.github.awsnetbook.tools.pipeline.BookSettings;
import io.github.awsnetbook.tools.pipeline.BookStep;
import io.github.awsnetbook.tools.pipeline.StepOutcome;
import io.github.awsnetbook.tools.pipeline.StepRun;
import io.github.awsnetbook.tools.publishing.BookPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Builds the books of a copy of the project ({@link TempBuild}) in the tests' own JVM, through the
 * code the book's Maven goal runs ({@link BookBuild}: the same steps, in the same order, stopping
 * at the same step), with the settings the root pom gives the goal (passed to the tests by
 * failsafe). No Maven is started and the run's one Asciidoctor reads every copy: a behaviour of the
 * build costs seconds, not a build. What Maven adds around the steps (the properties on its command
 * line, the log, the failure) is proved once, by the few temporary builds that run Maven
 * (TranslationWorkflowIT).
 *
 * <p>A test class gets the run's one instance through {@code @ExtendWith(BuildInProcess.Shared
 * .class)} and a constructor parameter; JUnit closes it at the end of the run. The classes that
 * share it run one after another, on one thread; a class that runs beside them
 * (TranslationWorkflowIT, see junit-platform.properties) makes and closes its own.
 */
final class BuildInProcess implements AutoCloseable {

  /** Gives a test class the run's {@link BuildInProcess}, kept in JUnit's root store. */
  static final class Shared implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(BuildInProcess.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == BuildInProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(
              BuildInProcess.class, key -> new BuildInProcess(), BuildInProcess.class);
    }
  }

  /**
   * The switches of a build, as Maven's {@code -Dtranslation.mark}, {@code -Dtranslation.release}
   * and {@code -Dterminology.failOnWarning} set them.
   */
  record Switches(String mark, boolean release, boolean failOnWarning) {
    static Switches none() {
      return new Switches("", false, false);
    }
  }

  /**
   * What a build of some locales logged (each finding in the compiler's format with its source line
   * and caret, at the level Maven logs it: {@code [ERROR]}, {@code [WARNING]}, {@code [INFO]}), the
   * step that stopped each locale, if one did, and how long it took.
   */
  record Result(String log, Map<String, Optional<BookStep>> stopped, Duration elapsed) {
    boolean failed() {
      return stopped.values().stream().anyMatch(Optional::isPresent);
    }

    Optional<BookStep> stoppedAt(String lang) {
      return stopped.get(lang);
    }
  }

  private final SourceModels models = new SourceModels(BookAsciidoctor.create());

  /**
   * The run's one Asciidoctor, with the build's extensions, for tests that convert a document of
   * their own: starting JRuby costs seconds, once.
   */
  Asciidoctor asciidoctor() {
    return models.asciidoctor();
  }

  /** Builds each of {@code langs} in turn, every step, each even when another failed. */
  Result build(TempBuild copy, List<String> langs, Switches switches) {
    return build(copy, langs, switches, BookStep.build());
  }

  /**
   * Runs {@code steps} (a prefix of the build's) for each of {@code langs} in turn, each even when
   * another failed, as {@code mvn --fail-at-end} does; the last locale writes the translation
   * report, as the last content module of a Maven build does.
   */
  Result build(TempBuild copy, List<String> langs, Switches switches, List<BookStep> steps) {
    StringBuilder log = new StringBuilder();
    Map<String, Optional<BookStep>> stopped = new LinkedHashMap<>();
    long start = System.nanoTime();
    for (String lang : langs) {
      BookSettings settings = settings(copy.root(), lang, switches);
      TextReporter reporter =
          new TextReporter(
              copy.root(),
              line -> log.append("[ERROR] ").append(line).append('\n'),
              line -> log.append("[WARNING] ").append(line).append('\n'),
              line -> log.append("[INFO] ").append(line).append('\n'));
      StepRun run =
          new StepRun(
              settings,
              models,
              new Converter(models.asciidoctor()),
              new BookPublisher(StepRun.publishRequest(settings), reporter),
              settings.layout().stagingDir().resolve("html"),
              StepRun.Target.BUILD,
              lang.equals(langs.get(langs.size() - 1)),
              line -> log.append("[INFO] ").append(line).append('\n'));
      BookBuild.Listener listener =
          (BookStep step, StepOutcome outcome) -> {
            reporter.reportAll(outcome.problems());
            outcome.notes().forEach(note -> log.append("[INFO] ").append(note).append('\n'));
          };
      try {
        stopped.put(lang, BookBuild.run(run, steps, listener));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Result(log.toString(), stopped, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The goal's settings for {@code lang} in the copy: the root pom's, as failsafe passes them. */
  private static BookSettings settings(Path root, String lang, Switches switches) {
    String sourceLang = property("book.source.lang");
    List<String> locales = LocaleLinks.parse(property("book.locales"));
    BookLayout layout =
        new BookLayout(root, lang, sourceLang, locales, BookLayout.targetOf(root, lang));
    return new BookSettings(
        layout,
        property("book.pdfName"),
        BookSettings.fontFaces(
            layout.fontsDir(), property("book.fontFamily"), property("book.fontFaces")),
        BookSettings.dateOf(property("book.outputTimestamp")),
        switches.mark(),
        switches.release(),
        switches.failOnWarning());
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("no system property " + name + "; run through failsafe");
    }
    return value;
  }

  @Override
  public void close() {
    models.asciidoctor().shutdown();
  }
}
