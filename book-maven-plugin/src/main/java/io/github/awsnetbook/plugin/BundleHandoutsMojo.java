package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.handouts.BundleRequest;
import io.github.awsnetbook.tools.handouts.HandoutBundle;
import io.github.awsnetbook.tools.incremental.BuildStamp;
import io.github.awsnetbook.tools.incremental.InputDigest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The handout bundle of every locale's published books: {@code <name>/} (landing page, one folder
 * per locale, the PDFs, licences, {@code SHA256SUMS}) and the reproducible {@code <name>.zip}. Runs
 * after every content module of the build. When the published books, the theme and the build's code
 * are those the last bundle was made from and the bundle is untouched, it is left as it is ({@code
 * target/bundle.stamp} of this module).
 */
@Mojo(name = "bundle-handouts", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BundleHandoutsMojo extends BookFontMojo {

  /** Where the folder and the zip go. */
  @Parameter(required = true)
  File outputDirectory;

  /** The name of the folder and of the zip (without {@code .zip}). */
  @Parameter(required = true)
  String name;

  /** The time of every zip entry: the build's output timestamp, so that the zip is reproducible. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}", required = true)
  String outputTimestamp;

  /** The books' head, whose Content-Security-Policy the landing page carries too. */
  @Parameter(defaultValue = "${book.theme.dir}/html/docinfo.html", required = true)
  File docinfo;

  /** The landing page's stylesheet. */
  @Parameter(defaultValue = "${book.theme.dir}/html/landing.css", required = true)
  File stylesheet;

  /** The font's licence, bundled in {@code licences/}. */
  @Parameter(defaultValue = "${book.theme.dir}/fonts/OFL.txt", required = true)
  File fontLicence;

  /** The parallel editions' stylesheet, after the books' own. */
  @Parameter(defaultValue = "${book.theme.dir}/html/parallel.css", required = true)
  File parallelStylesheet;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException {
    try {
      BundleRequest request =
          new BundleRequest(
              root(),
              localeList(),
              sourceLang,
              outputDirectory.toPath(),
              name,
              Instant.parse(outputTimestamp),
              docinfo.toPath(),
              stylesheet.toPath(),
              fontLicence.toPath(),
              webFonts(),
              Optional.of(parallelStylesheet.toPath()));
      Path stamp = buildDirectory.toPath().resolve("bundle.stamp");
      List<Path> outputs = List.of(request.folder(), request.zip());
      InputDigest inputs = inputs();
      if (BuildStamp.isUpToDate(stamp, inputs, root(), outputs, fileHashes())) {
        getLog().info("handouts: up to date, nothing to do (" + Places.shown(root(), stamp) + ")");
        return;
      }
      BuildStamp.invalidate(stamp);
      List<String> coarser =
          new HandoutBundle(request, sources(), BuildFonts.of(session)).assemble();
      // Where a parallel edition paired a run of blocks or a whole list or table, because the
      // translation's structure differs there: worth a look, not an error.
      coarser.forEach(line -> getLog().info("parallel edition, paired as a whole: " + line));
      BuildStamp.of(inputs, root(), outputs, fileHashes()).write(stamp);
      getLog()
          .info(
              "handouts: "
                  + Places.shown(root(), request.zip())
                  + " and "
                  + Places.shown(root(), request.folder()));
    } catch (IOException e) {
      throw new MojoExecutionException("cannot assemble the handouts: " + e.getMessage(), e);
    } catch (IllegalArgumentException
        | IllegalStateException
        | DateTimeParseException
        | UncheckedIOException e) {
      throw new MojoExecutionException("cannot assemble the handouts: " + e.getMessage(), e);
    }
  }

  /** The published books of every locale, the theme and the settings the bundle is made from. */
  private InputDigest inputs() throws IOException, MojoExecutionException {
    List<Path> books = new ArrayList<>();
    for (String lang : localeList()) {
      Path target = BookLayout.targetOf(root(), lang);
      books.add(target.resolve("html"));
      books.add(target.resolve("pdf"));
    }
    InputDigest theme = BookInputs.digest(root(), plugin, Map.of("name", name), fileHashes());
    return InputDigest.of(
        root(),
        books,
        Map.of("theme", theme.sha256(), "timestamp", outputTimestamp, "locales", locales),
        fileHashes());
  }
}
