package io.github.awsnetbook.handouts;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its chromedriver, headless, with a fresh profile and nothing that reaches
 * the network by itself.
 */
final class Chromium {

  private static final String INSTALL = "apt-get install chromium chromium-driver";

  private Chromium() {}

  static ChromeDriver start(Path profile) throws IOException {
    return start(profile, Map.of());
  }

  /** The browser with extra environment variables, such as a fontconfig of its own. */
  static ChromeDriver start(Path profile, Map<String, String> environment) throws IOException {
    Path browser = onPath("chromium");
    Path driver = onPath("chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--user-data-dir=" + Files.createDirectories(profile));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .withEnvironment(environment)
            .build();
    return new ChromeDriver(service, options);
  }

  /** A program on the PATH; a missing one fails with the command that installs it. */
  static Path onPath(String program) {
    Optional<Path> found =
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(dir -> Path.of(dir, program))
            .filter(Files::isExecutable)
            .findFirst();
    return found.orElseThrow(
        () ->
            new IllegalStateException(
                program + " is not installed; the browser tests need it: " + INSTALL));
  }
}
