package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.figures.RenderFigures;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The figures of this locale: {@code assets/figures/*.svg} with the locale's labels filled in,
 * written where the resources step copies them next to the page.
 */
@Mojo(name = "render-figures", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class RenderFiguresMojo extends BookMojo {

  /** The locale of this module's book. */
  @Parameter(defaultValue = "${book.lang}", required = true)
  String lang;

  /** The figures shared by the locales: SVG with {@code {{label}}} placeholders. */
  @Parameter(defaultValue = "${book.assets.dir}/figures", required = true)
  File figuresDirectory;

  /** This locale's labels. */
  @Parameter(
      defaultValue = "${project.basedir}/src/docs/asciidoc/figures/figures.properties",
      required = true)
  File labelsFile;

  /** Where the rendered figures go. */
  @Parameter(defaultValue = "${book.figures.dir}", required = true)
  File outputDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipAsUpToDate()) {
      return;
    }
    RenderFigures.Request request =
        new RenderFigures.Request(
            figuresDirectory.toPath(),
            labelsFile.toPath(),
            lang,
            outputDirectory.toPath(),
            Optional.of(root()));
    RenderFigures.Outcome outcome;
    try {
      outcome = RenderFigures.render(request);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(
          "cannot render the figures of content-" + lang + ": " + e.getMessage(), e);
    }
    MavenLogReporter reporter = reporter();
    Optional<MojoFailureException> failure =
        reporter.reportAndFail("the figures of content-" + lang, outcome.problems());
    if (failure.isPresent()) {
      throw failure.get();
    }
    reporter.info(
        "rendered "
            + outcome.rendered()
            + " figures for "
            + lang
            + " into "
            + Places.shown(root(), request.outputDir()));
  }
}
