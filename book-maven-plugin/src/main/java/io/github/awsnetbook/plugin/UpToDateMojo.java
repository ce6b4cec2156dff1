package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.incremental.BuildStamp;
import io.github.awsnetbook.tools.incremental.InputDigest;
import io.github.awsnetbook.tools.translation.TranslationCheck;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * First step of a content module: whether its book is up to date, that is, the last build of the
 * same inputs succeeded ({@code target/book.stamp}) and left every output as it is now. Then every
 * later step of the module does nothing (the book's goals see it in the module's property {@code
 * book.upToDate}; the clean, resources and Asciidoctor steps skip on it). Otherwise the stamp is
 * removed before anything is written, and the module's last step records a new one.
 */
@Mojo(name = "up-to-date", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class UpToDateMojo extends BookMojo {

  static final String PROPERTY = "book.upToDate";
  static final String STAMP = "target/book.stamp";

  /** The locale of this module's book. */
  @Parameter(defaultValue = "${book.lang}", required = true)
  String lang;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  @Parameter(defaultValue = "${project.build.outputTimestamp}", required = true)
  String outputTimestamp;

  /** Marking a section writes into the sources: such a build always runs. */
  @Parameter(property = TranslationCheck.MARK_PROPERTY)
  String mark;

  @Parameter(property = TranslationCheck.RELEASE_PROPERTY, defaultValue = "false")
  boolean release;

  @Parameter(property = "terminology.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException {
    Path stamp = stampFile(buildDirectory);
    try {
      boolean upToDate =
          (mark == null || mark.isBlank())
              && BuildStamp.isUpToDate(
                  stamp,
                  inputs(),
                  root(),
                  BookInputs.outputs(buildDirectory.toPath()),
                  fileHashes());
      project.getProperties().setProperty(PROPERTY, Boolean.toString(upToDate));
      if (upToDate) {
        getLog().info("content-" + lang + " is up to date: its sources and outputs are unchanged");
      } else {
        BuildStamp.invalidate(stamp);
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "cannot check whether content-" + lang + " is up to date", e);
    }
  }

  InputDigest inputs() throws IOException, MojoExecutionException {
    Map<String, String> settings = new TreeMap<>();
    settings.put("lang", lang);
    settings.put("source", sourceLang);
    settings.put("locales", String.join(" ", localeList()));
    settings.put("outputTimestamp", outputTimestamp);
    settings.put("release", Boolean.toString(release));
    settings.put("failOnWarning", Boolean.toString(failOnWarning));
    return BookInputs.digest(root(), plugin, settings, fileHashes());
  }

  static Path stampFile(File buildDirectory) {
    return buildDirectory.toPath().resolve("book.stamp");
  }
}
