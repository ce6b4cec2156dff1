package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.safety.CheckSources;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * First of all: the locale's files are valid UTF-8 and within bounds, XML files have no DOCTYPE, no
 * symbolic link leads out of the repository (the locale and the shared folders), no invisible
 * character changes what a reader sees, every image is a file of the repository, and a translation
 * adds no raw HTML, script URL or page resource that the source does not have.
 */
@Mojo(name = "check-sources", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class CheckSourcesMojo extends BookMojo {

  /** The locale of this module's book. */
  @Parameter(defaultValue = "${book.lang}", required = true)
  String lang;

  /** The images shared by the locales: their XML and links are checked too. */
  @Parameter(defaultValue = "${book.assets.dir}", required = true)
  File assetsDirectory;

  /** The look shared by the locales: its XML and links are checked too. */
  @Parameter(defaultValue = "${book.theme.dir}", required = true)
  File themeDirectory;

  /** The termbase: its XML and the links of its folder are checked too. */
  @Parameter(defaultValue = "${book.root}/terminology/aws-networking.tbx", required = true)
  File termbase;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipAsUpToDate()) {
      return;
    }
    CheckSources.Request request =
        new CheckSources.Request(
            root(),
            lang,
            sourceLang,
            List.of(
                assetsDirectory.toPath(),
                themeDirectory.toPath(),
                termbase.toPath().toAbsolutePath().getParent()));
    CheckSources.Result result;
    try {
      result = CheckSources.check(request, sources());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(
          "cannot read the sources of content-" + lang + ": " + e.getMessage(), e);
    }
    MavenLogReporter reporter = reporter();
    Optional<MojoFailureException> failure =
        reporter.reportAndFail("the sources of content-" + lang, result.problems());
    reporter.info(result.summary(lang));
    if (failure.isPresent()) {
      throw failure.get();
    }
  }
}
