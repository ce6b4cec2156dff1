package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.conversion.Converter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.incremental.BuildStamp;
import io.github.awsnetbook.tools.incremental.InputDigest;
import io.github.awsnetbook.tools.pipeline.BookBuild;
import io.github.awsnetbook.tools.pipeline.BookSettings;
import io.github.awsnetbook.tools.pipeline.BookStep;
import io.github.awsnetbook.tools.pipeline.StepOutcome;
import io.github.awsnetbook.tools.pipeline.StepRun;
import io.github.awsnetbook.tools.printing.PrinterWarmup;
import io.github.awsnetbook.tools.publishing.BookPublisher;
import io.github.awsnetbook.tools.translation.TranslationCheck;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The book of one locale, every step in the order {@link BookStep} lists them (the live preview
 * runs the same list). Around the steps: first, whether the module is up to date (the last build of
 * the same inputs succeeded, {@code target/book.stamp}, and left every output as it is now; then
 * nothing runs); then the PDF engine readied in the background for the publish step (once per
 * build) and {@code target/staging} emptied, so that an earlier failed build leaks nothing; last,
 * the stamp of this successful build. Bad content fails the build at the first step that finds an
 * error, naming its place; a file that cannot be read or written fails it as a broken build.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildBookMojo extends BookFontMojo {

  /** The locale of this module's book: the one setting a content module declares. */
  @Parameter(defaultValue = "${book.lang}", required = true)
  String lang;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  /**
   * The PDF of each locale, {@code {lang}} standing for the locale; the translation notices link to
   * the source's.
   */
  @Parameter(defaultValue = "${book.pdfName}", required = true)
  String pdfName;

  /**
   * The date the PDF carries: the build's output timestamp, never the clock's, so that the same
   * sources give the same bytes.
   */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", required = true)
  String outputTimestamp;

  /** Section IDs to record as translated from the current source, comma-separated, or "all". */
  @Parameter(property = TranslationCheck.MARK_PROPERTY)
  String mark;

  /** For a release: stale, untranslated and orphaned sections are errors, not warnings. */
  @Parameter(property = TranslationCheck.RELEASE_PROPERTY, defaultValue = "false")
  boolean release;

  /** Terminology warnings fail the build too. */
  @Parameter(property = "terminology.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** The build's own code, an input of the up-to-date check. */
  @Parameter(defaultValue = "${plugin}", readonly = true)
  PluginDescriptor plugin;

  /** The modules of this build, in the order Maven builds them. */
  @Parameter(defaultValue = "${reactorProjects}", readonly = true)
  List<MavenProject> reactorProjects;

  /** This goal as Maven runs it: which plugin and goal to look for in the later modules. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    BookSettings settings = settings();
    BookLayout layout = settings.layout();
    InputDigest inputs = inputs();
    if (upToDate(layout, inputs)) {
      getLog().info("content-" + lang + " is up to date: its sources and outputs are unchanged");
      return;
    }
    PrinterWarmup warmup = warmUpPrinter(settings);
    MavenLogReporter reporter = reporter();
    StepRun run = stepRun(settings, reporter);
    StepLog log = new StepLog(reporter, warmup);
    Optional<BookStep> failed;
    try {
      failed = BookBuild.run(run, log);
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new MojoExecutionException(
          "cannot run " + log.current.goal() + " of content-" + lang + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot build content-" + lang + ": " + e.getMessage(), e);
    }
    if (failed.isPresent()) {
      throw failure(failed.get(), log.shown);
    }
    try {
      BuildStamp.of(inputs, root(), layout.outputs(), fileHashes()).write(layout.buildStamp());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot build content-" + lang + ": " + e.getMessage(), e);
    }
  }

  /**
   * Each step's findings and notes in Maven's log as it ends; the printer awaited before the
   * publish step; the step running, for a broken build's message.
   */
  private static final class StepLog implements BookBuild.Listener {
    private final MavenLogReporter reporter;
    private final PrinterWarmup warmup;
    private BookStep current = BookStep.CHECK_SOURCES;
    private List<Diagnostic> shown = List.of();

    StepLog(MavenLogReporter reporter, PrinterWarmup warmup) {
      this.reporter = reporter;
      this.warmup = warmup;
    }

    @Override
    public void starting(BookStep step) {
      current = step;
      if (step == BookStep.PUBLISH) {
        warmup.awaitReady();
      }
    }

    @Override
    public void finished(BookStep step, StepOutcome outcome) {
      shown = reporter.report(outcome.problems());
      outcome.notes().forEach(reporter::info);
    }
  }

  /**
   * The PDF engine readied in the background while the steps before the publish step check and
   * convert, once per build: the first module with a book to print starts it.
   */
  private PrinterWarmup warmUpPrinter(BookSettings settings) {
    return BuildShared.get(
        session,
        PrinterWarmup.class,
        () ->
            PrinterWarmup.start(
                settings.layout().stylesheet(), settings.fonts(), BuildFonts.of(session)),
        PrinterWarmup::awaitReady); // a lost race's warm-up must not outlive its step
  }

  /**
   * The steps' run in this module: the build's one Asciidoctor, the page converted into {@code
   * staging/html}, the PDF engine's warnings and every step's findings in Maven's log.
   */
  private StepRun stepRun(BookSettings settings, MavenLogReporter reporter) {
    return new StepRun(
        settings,
        sources(),
        new Converter(sources().asciidoctor()),
        new BookPublisher(
            StepRun.publishRequest(settings),
            problem -> reporter.report(List.of(problem)),
            BuildFonts.of(session)),
        settings.layout().stagingDir().resolve("html"),
        StepRun.Target.BUILD,
        writesReport(),
        reporter::info);
  }

  private MojoFailureException failure(BookStep step, List<Diagnostic> shown) {
    List<Diagnostic> errors = shown.stream().filter(Diagnostic::isError).toList();
    List<Diagnostic> failing = errors.isEmpty() ? shown : errors;
    String what = step.subject() + " of content-" + lang;
    if (errors.isEmpty()) {
      what += " (warnings fail: terminology.failOnWarning)";
    }
    return MavenLogReporter.failure(what, failing.size(), failing.get(0).toString());
  }

  BookSettings settings() throws MojoExecutionException {
    try {
      BookLayout layout =
          new BookLayout(root(), lang, sourceLang, localeList(), buildDirectory.toPath());
      return new BookSettings(
          layout,
          pdfName,
          webFonts(),
          BookSettings.dateOf(outputTimestamp),
          mark,
          release,
          failOnWarning);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "the settings of content-" + lang + " make no sense: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the last build of the same inputs succeeded and left every output as it is now; if not,
   * its stamp goes before anything is written. A build that marks sections always runs.
   */
  boolean upToDate(BookLayout layout, InputDigest inputs) throws MojoExecutionException {
    Path stamp = layout.buildStamp();
    try {
      if ((mark == null || mark.isBlank())
          && BuildStamp.isUpToDate(stamp, inputs, root(), layout.outputs(), fileHashes())) {
        return true;
      }
      BuildStamp.invalidate(stamp);
      return false;
    } catch (IOException e) {
      throw new MojoExecutionException(
          "cannot check whether content-" + lang + " is up to date", e);
    }
  }

  InputDigest inputs() throws MojoExecutionException {
    Map<String, String> settings = new TreeMap<>();
    settings.put("lang", lang);
    settings.put("source", sourceLang);
    settings.put("locales", String.join(" ", localeList()));
    settings.put("outputTimestamp", outputTimestamp);
    settings.put("release", Boolean.toString(release));
    settings.put("failOnWarning", Boolean.toString(failOnWarning));
    try {
      return BookInputs.digest(root(), plugin, settings, fileHashes());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot digest the inputs of content-" + lang, e);
    }
  }

  /**
   * Whether this module writes the translation report of every locale: the last module of the build
   * that runs this goal does, after its own translation step (so a section marked in that build
   * shows as marked); any subset of locales built ({@code -pl content-en -am}) leaves a complete
   * report, as it covers every locale.
   */
  private boolean writesReport() {
    if (mojoExecution == null || reactorProjects == null || project == null) {
      return true;
    }
    return lastToRun(reactorProjects, mojoExecution.getPlugin().getKey(), mojoExecution.getGoal())
        .orElse(project)
        .equals(project);
  }

  /**
   * The last module of the build that runs {@code goal} of the plugin {@code pluginKey} ({@code
   * groupId:artifactId}) in a phase, if any.
   */
  static Optional<MavenProject> lastToRun(List<MavenProject> build, String pluginKey, String goal) {
    return build.stream().filter(module -> runs(module, pluginKey, goal)).reduce((a, b) -> b);
  }

  private static boolean runs(MavenProject project, String pluginKey, String goal) {
    return project.getBuildPlugins().stream()
        .filter(plugin -> plugin.getKey().equals(pluginKey))
        .map(Plugin::getExecutions)
        .flatMap(List::stream)
        .filter(execution -> !"none".equals(execution.getPhase()))
        .map(PluginExecution::getGoals)
        .anyMatch(goals -> goals.contains(goal));
  }
}
