package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.incremental.BuildStamp;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Last step of a content module: every step succeeded, so the stamp records the inputs this book
 * was made from and its outputs ({@code target/book.stamp}), for the next build's up-to-date goal.
 */
@Mojo(name = "record-build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class RecordBuildMojo extends UpToDateMojo {

  @Override
  public void execute() throws MojoExecutionException {
    if (skipAsUpToDate()) {
      return;
    }
    try {
      BuildStamp.of(inputs(), root(), BookInputs.outputs(buildDirectory.toPath()), fileHashes())
          .write(stampFile(buildDirectory));
    } catch (IOException e) {
      throw new MojoExecutionException("cannot record the build of content-" + lang, e);
    }
  }
}
