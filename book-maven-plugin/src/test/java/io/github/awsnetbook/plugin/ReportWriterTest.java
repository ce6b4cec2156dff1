package io.github.awsnetbook.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/**
 * The translation report of every locale is written once per build, by the last content module in
 * it (the book's steps run it where {@code StepRun.writesReport()}).
 */
class ReportWriterTest {

  private static final String GROUP = "io.github.awsnetbook";
  private static final String PLUGIN = "book-maven-plugin";
  private static final String GOAL = "build";

  @Test
  void onlyTheLastContentModuleOfTheBuildWritesTheReport() {
    MavenProject parent = module("aws-network-book", null);
    MavenProject ja = module("content-ja", "package");
    MavenProject en = module("content-en", "package");
    MavenProject handouts = module("handouts", "none");

    assertEquals(
        Optional.of(en),
        BuildBookMojo.lastToRun(List.of(parent, ja, en, handouts), GROUP + ":" + PLUGIN, GOAL));
  }

  @Test
  void aBuildOfOneLocaleWritesTheReportInThatLocalesModule() {
    MavenProject ja = module("content-ja", "package");
    MavenProject en = module("content-en", "package");

    assertEquals(
        Optional.of(en), BuildBookMojo.lastToRun(List.of(ja, en), GROUP + ":" + PLUGIN, GOAL));
    assertEquals(
        Optional.of(ja),
        BuildBookMojo.lastToRun(
            List.of(module("aws-network-book", null), ja), GROUP + ":" + PLUGIN, GOAL));
  }

  /** A module of the build; with a phase, it runs the book goal in that phase. */
  private static MavenProject module(String artifactId, String reportPhase) {
    Model model = new Model();
    model.setGroupId(GROUP);
    model.setArtifactId(artifactId);
    model.setVersion("1.0.0-SNAPSHOT");
    model.setBuild(new Build());
    if (reportPhase != null) {
      model.getBuild().addPlugin(bookPlugin(reportPhase));
    }
    return new MavenProject(model);
  }

  private static Plugin bookPlugin(String reportPhase) {
    Plugin plugin = new Plugin();
    plugin.setGroupId(GROUP);
    plugin.setArtifactId(PLUGIN);
    if (reportPhase != null) {
      PluginExecution execution = new PluginExecution();
      execution.setId(GOAL);
      execution.setPhase(reportPhase);
      execution.addGoal(GOAL);
      plugin.addExecution(execution);
    }
    return plugin;
  }
}
