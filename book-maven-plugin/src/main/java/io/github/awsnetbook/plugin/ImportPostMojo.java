package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.importing.PostImport;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code book:import}: the author's Jekyll post into the source locale's chapter (README, "For
 * editors"). A thin adapter: it builds the request and reports the import's findings; modules that
 * are not the source locale's book are passed over, so that it can run in a reactor with {@code
 * -am}.
 */
@Mojo(name = "import", requiresProject = true, threadSafe = false, aggregator = false)
public class ImportPostMojo extends BookMojo {

  /** The post, a Jekyll Markdown file: absolute, or relative to the folder mvn runs in. */
  @Parameter(property = "post")
  String post;

  /** The folder that holds the post's {@code /assets/images/}: the book's own by default. */
  @Parameter(property = "images", defaultValue = "${book.root}/assets/images")
  File images;

  /** Overwrite a chapter that has edits git has not committed. */
  @Parameter(property = "force", defaultValue = "false")
  boolean force;

  /** This module's locale. */
  @Parameter(defaultValue = "${book.lang}")
  String lang;

  @Parameter(defaultValue = "${project.basedir}/src/docs/asciidoc/chapters", readonly = true)
  File chapters;

  @Override
  public void execute() throws MojoFailureException {
    if (post == null) {
      return;
    }
    if (lang == null || !lang.equals(sourceLang) || !chapters.isDirectory()) {
      getLog().info("book:import: not the source locale's book, passed over");
      return;
    }
    Path postPath = Path.of(session.getExecutionRootDirectory()).resolve(post).normalize();
    PostImport.Result result =
        PostImport.run(
            new PostImport.Request(root(), postPath, chapters.toPath(), images.toPath(), force));
    MavenLogReporter log = reporter();
    Optional<MojoFailureException> failure =
        log.reportAndFail("book:import of " + root().relativize(postPath), result.diagnostics());
    if (failure.isPresent()) {
      throw failure.get();
    }
    log.info(summary(result));
  }

  private String summary(PostImport.Result result) {
    String chapter = root().relativize(result.chapter()).toString();
    long told = result.diagnostics().stream().filter(d -> !d.isError()).count();
    if (!result.written()) {
      return "book:import: " + chapter + " is already the post's; nothing written";
    }
    return "book:import: wrote "
        + chapter
        + " ("
        + told
        + (told == 1 ? " note" : " notes")
        + " above)";
  }
}
