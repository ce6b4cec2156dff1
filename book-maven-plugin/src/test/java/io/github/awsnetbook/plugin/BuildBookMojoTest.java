package io.github.awsnetbook.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.incremental.BuildStamp;
import io.github.awsnetbook.tools.incremental.FileHashes;
import io.github.awsnetbook.tools.printing.PrinterWarmup;
import io.github.awsnetbook.tools.translation.TranslationCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The book's goal: a module found up to date runs nothing; otherwise the steps run in order, and
 * the first content error stops the build at its place in Maven's log and in the failure.
 */
class BuildBookMojoTest {

  @TempDir Path folder;

  private final RecordingLog log = new RecordingLog();
  private Repository repository;
  private MavenSession build;

  @BeforeEach
  @SuppressWarnings("deprecation") // the constructor Maven 3.8's own tests use
  void repository() {
    repository = Repository.create(folder);
    repository.write("pom.xml", "<project/>");
    repository.write("theme/html/css/book.css", "body {}\n");
    build =
        new MavenSession(
            null,
            new DefaultRepositorySystemSession(),
            new DefaultMavenExecutionRequest(),
            new DefaultMavenExecutionResult());
  }

  private BuildBookMojo mojo(String lang) {
    BuildBookMojo mojo = new BuildBookMojo();
    mojo.setLog(log);
    mojo.session = build;
    mojo.project = new MavenProject(new Model());
    mojo.rootDirectory = repository.root().toFile();
    mojo.sourceLang = "ja";
    mojo.locales = "ja en";
    mojo.lang = lang;
    mojo.buildDirectory = repository.resolve("content-" + lang + "/target").toFile();
    mojo.pdfName = "book-{lang}.pdf";
    mojo.outputTimestamp = "2026-01-01T00:00:00Z";
    mojo.fontsDirectory = repository.resolve("theme/fonts").toFile();
    mojo.fontFamily = "Book";
    mojo.fontFaces = "";
    return mojo;
  }

  private Path stamp(String lang) {
    return repository.resolve("content-" + lang + "/target/book.stamp");
  }

  private void recordBuild(BuildBookMojo mojo) throws Exception {
    Path target = mojo.buildDirectory.toPath();
    Files.createDirectories(target.resolve("html/en"));
    Files.writeString(target.resolve("html/en/index.html"), "<p>The text.</p>");
    BookLayout layout = mojo.settings().layout();
    BuildStamp.of(mojo.inputs(), repository.root(), layout.outputs(), new FileHashes())
        .write(layout.buildStamp());
  }

  @Test
  void aContentErrorFailsTheBuildAtTheSourceCheckWithItsPlaceInTheLogAndInTheFailure() {
    // A right-to-left override the source lacks (an error), a zero-width space (a warning).
    repository.write(
        Repository.EN_CHAPTER, "[#intro]\n== Intro\n\nThe \u202Etext.\n\nA\u200Bword.\n");

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo("en")::execute);

    String place = Repository.EN_CHAPTER + ":4:5: error: an invisible bidirectional control";
    assertTrue(
        failure.getMessage().startsWith("the sources of content-en: 1 error"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("the first: " + place), failure.getMessage());
    List<String> errors = log.at("ERROR");
    assertEquals(1, errors.size(), log.lines().toString());
    assertTrue(errors.get(0).startsWith(place), errors.get(0));
    assertTrue(
        log.at("WARN").get(0).startsWith(Repository.EN_CHAPTER + ":6:2: warning:"),
        log.lines().toString());
    assertEquals(List.of("checked 2 source files of content-en: 1 error"), log.at("INFO"));
    assertFalse(Files.exists(repository.resolve("content-en/target/html")));
    assertFalse(Files.exists(stamp("en")), "a failed build leaves no stamp");
  }

  @Test
  void theFirstModuleWithABookToBuildStartsTheBuildsOnePrinterWarmup() {
    repository.write(Repository.EN_CHAPTER, "[#intro]\n== Intro\n\nThe \u202Etext.\n");

    assertThrows(MojoFailureException.class, mojo("en")::execute);
    PrinterWarmup first = BuildShared.find(build, PrinterWarmup.class).orElseThrow();
    assertThrows(MojoFailureException.class, mojo("en")::execute);

    assertSame(first, BuildShared.find(build, PrinterWarmup.class).orElseThrow());
    first.awaitReady();
  }

  @Test
  void aModuleBuiltBeforeFromTheSameSourcesIsUpToDateAndRunsNothing() throws Exception {
    recordBuild(mojo("en"));
    // What an earlier failed build left, which a build that runs empties first.
    repository.write("content-en/target/staging/html/left-over.html", "<p>x</p>");

    mojo("en").execute();

    assertEquals(
        List.of("INFO content-en is up to date: its sources and outputs are unchanged"),
        log.lines());
    assertTrue(BuildShared.find(build, PrinterWarmup.class).isEmpty(), "nothing to print");
    assertTrue(Files.exists(repository.resolve("content-en/target/staging/html/left-over.html")));
  }

  @Test
  void anEditedSourceATouchedOutputOrAnotherLocalesEditMakesTheModuleRunAgain() throws Exception {
    BuildBookMojo mojo = mojo("en");
    recordBuild(mojo);
    repository.write(Repository.EN_CHAPTER, "[#intro]\n== Intro\n\nThe text, edited.\n");
    assertFalse(mojo.upToDate(mojo.settings().layout(), mojo.inputs()));
    assertFalse(
        Files.exists(stamp("en")),
        "the stamp of the last build stays only while it describes the outputs");

    recordBuild(mojo);
    repository.write("content-en/target/html/en/index.html", "<p>Edited by hand.</p>");
    assertFalse(mojo.upToDate(mojo.settings().layout(), mojo.inputs()));

    recordBuild(mojo);
    repository.write(Repository.JA_CHAPTER, "[#intro]\n== はじめに\n\n本文を直しました。\n");
    assertFalse(mojo.upToDate(mojo.settings().layout(), mojo.inputs()));
  }

  /**
   * The build's own code is an input: a book built by an earlier plugin or book-tools is built
   * again, though no source changed. Maven gives the goal its plugin's jar and the jars of its
   * dependencies (book-tools among them, the reactor's own when it built them); a snapshot's bytes
   * count, a release by its coordinates.
   */
  @Test
  void aChangeOfTheBuildsOwnCodeMakesTheModuleRunAgain() throws Exception {
    BuildBookMojo mojo = mojo("en");
    repository.write("book-maven-plugin/target/book-maven-plugin.jar", "the plugin, compiled");
    repository.write("book-tools/target/book-tools.jar", "book-tools, compiled");
    mojo.plugin = new PluginDescriptor();
    mojo.plugin.setPluginArtifact(
        artifact(
            "book-maven-plugin",
            "1.0.0-SNAPSHOT",
            "book-maven-plugin/target/book-maven-plugin.jar"));
    mojo.plugin.setArtifacts(
        List.of(
            artifact("book-tools", "1.0.0-SNAPSHOT", "book-tools/target/book-tools.jar"),
            artifact("jsoup", "1.21.1", "jsoup.jar")));
    recordBuild(mojo);
    assertTrue(mojo.upToDate(mojo.settings().layout(), mojo.inputs()));

    repository.write("book-tools/target/book-tools.jar", "book-tools, compiled after an edit");
    assertFalse(mojo.upToDate(mojo.settings().layout(), mojo.inputs()), "book-tools changed");

    recordBuild(mojo);
    repository.write(
        "book-maven-plugin/target/book-maven-plugin.jar", "the plugin, compiled after an edit");
    assertFalse(mojo.upToDate(mojo.settings().layout(), mojo.inputs()), "the plugin changed");

    recordBuild(mojo);
    mojo.plugin.setArtifacts(
        List.of(
            artifact("book-tools", "1.0.0-SNAPSHOT", "book-tools/target/book-tools.jar"),
            artifact("jsoup", "1.21.2", "jsoup.jar")));
    assertFalse(mojo.upToDate(mojo.settings().layout(), mojo.inputs()), "a release changed");
  }

  private Artifact artifact(String artifactId, String version, String file) {
    Artifact artifact =
        new DefaultArtifact(
            "io.github.awsnetbook",
            artifactId,
            version,
            "compile",
            "jar",
            null,
            new DefaultArtifactHandler("jar"));
    artifact.setFile(repository.resolve(file).toFile());
    return artifact;
  }

  @Test
  void aBuildThatMarksSectionsAlwaysRuns() throws Exception {
    BuildBookMojo mojo = mojo("en");
    recordBuild(mojo);
    assertTrue(mojo.upToDate(mojo.settings().layout(), mojo.inputs()));

    mojo.mark = "all";
    assertFalse(mojo.upToDate(mojo.settings().layout(), mojo.inputs()));
  }

  @Test
  void aPdfNameWithoutTheLocaleIsABrokenConfiguration() {
    BuildBookMojo mojo = mojo("en");
    mojo.pdfName = "book.pdf";

    MojoExecutionException failure = assertThrows(MojoExecutionException.class, mojo::execute);

    assertEquals(
        "the settings of content-en make no sense: the PDF name pattern has no {lang}: book.pdf",
        failure.getMessage());
  }

  /**
   * The switches a user gives on Maven's command line reach the goal: the plugin's descriptor, as
   * maven-plugin-plugin made it from the goal's annotations, reads each from its property. (The
   * tests that build a copy of the project in their own JVM give the switches to the same steps
   * directly; TranslationWorkflowIT gives two of them on Maven's command line.)
   */
  @Test
  void theSwitchesOfABuildAreReadFromTheirPropertiesOnMavensCommandLine() throws Exception {
    org.w3c.dom.Document descriptor =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
    org.w3c.dom.NodeList mojos = descriptor.getElementsByTagName("mojo");
    org.w3c.dom.Element build = null;
    for (int i = 0; i < mojos.getLength(); i++) {
      org.w3c.dom.Element mojo = (org.w3c.dom.Element) mojos.item(i);
      if (mojo.getElementsByTagName("goal").item(0).getTextContent().equals("build")) {
        build = mojo;
      }
    }
    assertTrue(build != null, "no build goal in the plugin's descriptor");
    org.w3c.dom.Element configuration =
        (org.w3c.dom.Element) build.getElementsByTagName("configuration").item(0);
    assertEquals(
        "${" + TranslationCheck.MARK_PROPERTY + "}",
        configuration.getElementsByTagName("mark").item(0).getTextContent());
    assertEquals(
        "${" + TranslationCheck.RELEASE_PROPERTY + "}",
        configuration.getElementsByTagName("release").item(0).getTextContent());
    assertEquals(
        "${terminology.failOnWarning}",
        configuration.getElementsByTagName("failOnWarning").item(0).getTextContent());
  }
}
