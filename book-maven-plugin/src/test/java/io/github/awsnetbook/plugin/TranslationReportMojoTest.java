package io.github.awsnetbook.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of every locale is written once per build, by the last content module in it. */
class TranslationReportMojoTest {

  private static final String GROUP = "io.github.awsnetbook";
  private static final String PLUGIN = "book-maven-plugin";
  private static final String GOAL = "translation-report";

  @TempDir Path folder;

  private final RecordingLog log = new RecordingLog();

  @Test
  void onlyTheLastContentModuleOfTheBuildWritesTheReport() throws Exception {
    Repository repository = Repository.create(folder);
    MavenProject parent = module("aws-network-book", null);
    MavenProject ja = module("content-ja", "process-sources");
    MavenProject en = module("content-en", "process-sources");
    MavenProject handouts = module("handouts", "none");
    List<MavenProject> build = List.of(parent, ja, en, handouts);
    Path report = repository.resolve("target/translation-status/index.html");

    mojo(repository, build, ja).execute();

    assertFalse(Files.exists(report), "content-ja wrote the report that content-en writes");
    assertEquals(
        List.of(
            "INFO the translation status report of every locale is written once, by content-en,"
                + " the last module of this build with this step"),
        log.lines());

    mojo(repository, build, en).execute();

    assertTrue(Files.exists(report));
    assertTrue(Files.exists(repository.resolve("target/translation-status/status.json")));
    assertEquals(
        "INFO translation status report: target/translation-status/index.html", log.lines().get(1));
  }

  @Test
  void aBuildOfOneLocaleWritesTheReportInThatLocalesModule() {
    MavenProject ja = module("content-ja", "process-sources");
    MavenProject en = module("content-en", "process-sources");

    assertEquals(
        Optional.of(en),
        TranslationReportMojo.lastToRun(List.of(ja, en), GROUP + ":" + PLUGIN, GOAL));
    assertEquals(
        Optional.of(ja),
        TranslationReportMojo.lastToRun(
            List.of(module("aws-network-book", null), ja), GROUP + ":" + PLUGIN, GOAL));
  }

  private TranslationReportMojo mojo(
      Repository repository, List<MavenProject> build, MavenProject current) {
    TranslationReportMojo mojo = new TranslationReportMojo();
    mojo.setLog(log);
    mojo.rootDirectory = repository.root().toFile();
    mojo.sourceLang = "ja";
    mojo.locales = "ja en";
    mojo.project = current;
    mojo.reactorProjects = build;
    mojo.mojoExecution = new MojoExecution(bookPlugin(null), GOAL, GOAL);
    return mojo;
  }

  /** A module of the build; with a phase, it lists the report step in that phase. */
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
