package io.github.awsnetbook.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every page and stylesheet of the bundle passes the current Nu HTML Checker (npm vnu-jar, run with
 * this JVM's java) with no error. Its warnings are printed, not counted: reading files from disk it
 * reports the pages' 'self' policy as blocking their stylesheets, which the browser test shows is
 * not so.
 */
@Execution(ExecutionMode.CONCURRENT) // beside BrowserIT (junit-platform.properties)
class NuHtmlCheckerIT {

  private final Bundle bundle = Bundle.built();

  @Test
  void everyPageAndStylesheetHasNoError() throws IOException, InterruptedException {
    Path vnu = bundle.npmFile("vnu-jar/build/dist/vnu.jar");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", vnu.toString(), "--also-check-css", "--format", "gnu"));
    List<Path> files = new ArrayList<>(bundle.pages());
    files.addAll(bundle.stylesheets());
    files.forEach(f -> command.add(f.toString()));
    assertTrue(files.size() >= 3 + 2 * bundle.locales().size(), "too few files: " + files);

    Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(checker.waitFor(5, TimeUnit.MINUTES), "the checker did not finish");
    System.out.println("Nu HTML Checker on " + files.size() + " files:\n" + output);
    List<String> errors =
        output
            .lines()
            .filter(line -> line.contains(": error:") || line.contains(": fatal"))
            .toList();
    assertEquals(List.of(), errors);
    assertEquals(0, checker.exitValue(), output);
  }
}
