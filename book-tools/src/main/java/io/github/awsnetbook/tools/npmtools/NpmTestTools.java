package io.github.awsnetbook.tools.npmtools;

import io.github.awsnetbook.tools.commandline.Options;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Installs a folder's npm packages from its lock file ({@code npm ci}) unless they are installed
 * already: {@code --folder handouts [--npm npm]}. The handouts module runs it before its tests, so
 * that {@code mvn verify} needs no separate set-up command; npm fetches from its registry only.
 */
public final class NpmTestTools {

  static final String INSTALL_NPM = "sudo apt-get install nodejs npm";

  private NpmTestTools() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(Set.of("--folder", "--npm"), args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage() + "; usage: NpmTestTools --folder DIR [--npm NPM]");
      return 2;
    }
    Path folder = Path.of(options.value("--folder", "."));
    if (!Files.isRegularFile(folder.resolve(NodeModules.LOCK_FILE))) {
      err.println("error: " + folder.resolve(NodeModules.LOCK_FILE) + " does not exist");
      return 2;
    }
    Optional<String> difference = new NodeModules(folder).differenceFromLockFile();
    if (difference.isEmpty()) {
      out.println(
          "npm test tools: node_modules matches " + NodeModules.LOCK_FILE + "; npm ci skipped");
      return 0;
    }
    out.println("npm test tools: " + difference.get() + "; running npm ci in " + folder);
    return npmCi(options.value("--npm", "npm"), folder, err);
  }

  private static int npmCi(String npm, Path folder, PrintStream err) {
    List<String> command = List.of(npm, "ci", "--no-audit", "--no-fund");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).inheritIO();
      // Ace by DAISY's runner depends on puppeteer, whose install would download a browser of its
      // own: the tests run Debian's Chromium instead.
      builder.environment().put("PUPPETEER_SKIP_DOWNLOAD", "true");
      Process process = builder.start();
      int code = process.waitFor();
      if (code != 0) {
        err.println(
            "error: "
                + String.join(" ", command)
                + " failed in "
                + folder
                + " (exit "
                + code
                + ")");
      }
      return code;
    } catch (IOException e) {
      err.println(
          "error: cannot run "
              + npm
              + " ("
              + e.getMessage()
              + "); the tests need Node.js and npm: "
              + INSTALL_NPM);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }
}
