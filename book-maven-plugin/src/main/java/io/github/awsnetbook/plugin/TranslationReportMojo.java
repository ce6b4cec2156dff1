package io.github.awsnetbook.plugin;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import io.github.awsnetbook.tools.translation.TranslationCheck;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The status report of every translation, {@code target/translation-status/index.html} and {@code
 * status.json} at the repository's root, written once per build: every content module lists this
 * step, and only the last of them in the build writes the report, after its own translation step
 * (so a section marked in that build shows as marked). Any subset of locales built ({@code -pl
 * content-en -am}) leaves a complete report, as it covers every locale.
 */
@Mojo(name = "translation-report", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public class TranslationReportMojo extends BookMojo {

  /** The modules of this build, in the order Maven builds them. */
  @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
  List<MavenProject> reactorProjects;

  /** This step as Maven runs it: which plugin and goal to look for in the later modules. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipAsUpToDate()) {
      return;
    }
    String pluginKey = mojoExecution.getPlugin().getKey();
    String goal = mojoExecution.getGoal();
    MavenProject writer = lastToRun(reactorProjects, pluginKey, goal).orElse(project);
    if (!writer.equals(project)) {
      getLog()
          .info(
              "the translation status report of every locale is written once, by "
                  + writer.getArtifactId()
                  + ", the last module of this build with this step");
      return;
    }
    MavenLogReporter reporter = reporter();
    try {
      TranslationCheck.writeReport(root(), sourceLang, localeList(), reporter::info, sources());
    } catch (RepositoryFiles.OutsideRepositoryException e) {
      Diagnostic shown = reporter.report(List.of(e.diagnostic())).get(0);
      throw MavenLogReporter.failure("the translation status report", 1, shown.toString());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(
          "cannot write the translation status report: " + e.getMessage(), e);
    }
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
