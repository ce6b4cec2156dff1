package io.github.awsnetbook.plugin;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.printing.PrinterWarmup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printer's warm-up: once per build, and only when a book is to be printed. */
class WarmUpPrinterMojoTest {

  @TempDir Path folder;

  @Test
  @SuppressWarnings("deprecation") // the constructor Maven 3.8's own tests use
  void theFirstModuleWithABookToPrintStartsTheBuildsOneWarmup() throws IOException {
    MavenSession build =
        new MavenSession(
            null,
            new DefaultRepositorySystemSession(),
            new DefaultMavenExecutionRequest(),
            new DefaultMavenExecutionResult());
    MavenProject upToDate = new MavenProject();
    upToDate.getProperties().setProperty(UpToDateMojo.PROPERTY, "true");

    mojo(build, upToDate).execute();
    assertTrue(
        BuildShared.find(build, PrinterWarmup.class).isEmpty(),
        "an up-to-date book is not printed");

    mojo(build, new MavenProject()).execute();
    var first = BuildShared.find(build, PrinterWarmup.class).orElseThrow();
    mojo(build, new MavenProject()).execute();

    assertSame(first, BuildShared.find(build, PrinterWarmup.class).orElseThrow());
    first.awaitReady();
  }

  private WarmUpPrinterMojo mojo(MavenSession build, MavenProject module) throws IOException {
    Path css = Files.createDirectories(folder.resolve("theme/html/css"));
    WarmUpPrinterMojo mojo = new WarmUpPrinterMojo();
    mojo.setLog(new RecordingLog());
    mojo.session = build;
    mojo.project = module;
    mojo.rootDirectory = folder.toFile();
    mojo.stylesheet = Files.writeString(css.resolve("book.css"), "body {}").toFile();
    mojo.fontsDirectory = folder.resolve("theme/fonts").toFile();
    mojo.fontFamily = "Book";
    mojo.fontFaces = List.of();
    return mojo;
  }
}
