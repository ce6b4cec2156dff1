package io.github.awsnetbook.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every EPUB of the bundle passes Ace by DAISY (npm {@code @daisy/ace-cli}, the accessibility
 * checker publishers use: its own checks of the package and the navigation, and axe-core in a
 * browser on every content document) with no violation of any impact. Ace's runner drives
 * puppeteer, pointed at Debian's Chromium ({@code PUPPETEER_EXECUTABLE_PATH}) instead of a browser
 * of its own. Each report is kept in {@code handouts/target/ace/<epub>/}.
 */
@Execution(ExecutionMode.CONCURRENT) // beside BrowserIT (junit-platform.properties)
class AceIT {

  private final Bundle bundle = Bundle.built();

  @Test
  void everyEpubHasNoViolation() throws IOException, InterruptedException {
    Path ace = bundle.npmFile("@daisy/ace-cli/bin/ace.js");
    List<Path> epubs = bundle.files(".epub");
    assertEquals(bundle.locales().size(), epubs.size(), "EPUBs in the bundle: " + epubs);
    List<String> violations = new ArrayList<>();
    for (Path epub : epubs) {
      Path report =
          bundle.screenshots().resolveSibling("ace").resolve(epub.getFileName().toString());
      List<String> command =
          List.of(
              "node",
              ace.toString(),
              "--force",
              "--silent",
              "--outdir",
              report.toString(),
              epub.toString());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder
          .environment()
          .put("PUPPETEER_EXECUTABLE_PATH", Chromium.onPath("chromium").toString());
      builder.environment().put("PUPPETEER_SKIP_DOWNLOAD", "true");
      Process run = builder.start();
      String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(run.waitFor(5, TimeUnit.MINUTES), "Ace did not finish on " + epub);
      System.out.println("Ace by DAISY on " + epub.getFileName() + ":\n" + output);
      assertEquals(0, run.exitValue(), "Ace failed on " + epub + ":\n" + output);
      JsonNode result =
          new ObjectMapper().readTree(Files.readString(report.resolve("report.json")));
      for (JsonNode subject : result.path("assertions")) {
        for (JsonNode assertion : subject.path("assertions")) {
          violations.add(
              epub.getFileName()
                  + ": "
                  + subject.path("earl:testSubject").path("url").asString("")
                  + ": "
                  + assertion.path("earl:test").path("dct:title").asString("")
                  + " ("
                  + assertion.path("earl:test").path("earl:impact").asString("")
                  + ")");
        }
      }
      assertEquals(
          "pass",
          result.path("earl:result").path("earl:outcome").asString(""),
          epub.getFileName() + ": Ace's outcome; violations: " + violations);
    }
    assertEquals(List.of(), violations);
  }
}
