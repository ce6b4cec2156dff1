package io.github.awsnetbook.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The bundle in a real browser: Debian's Chromium through Selenium, the bundle served over HTTP
 * from 127.0.0.1 and, unzipped from the zip, opened from disk; each page at 1280 and 390 px. A
 * screenshot of each page and width is left in target/screenshots for review.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

  private static final List<Integer> WIDTHS = List.of(1280, 390);
  private static final int HEIGHT = 900;

  private final Bundle bundle = Bundle.built();
  private BundleServer server;
  private ChromeDriver browser;
  private Path unzipped;

  @BeforeAll
  void start() throws IOException {
    server = new BundleServer(bundle.folder());
    unzipped = Unzip.into(bundle.zip(), bundle.screenshots().resolveSibling("unzipped"));
    browser = Chromium.start(bundle.screenshots().resolveSibling("chromium-profile"));
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(bundle.screenshots());
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private List<String> pagePaths() {
    List<String> paths = new ArrayList<>(List.of("index.html"));
    bundle.locales().forEach(lang -> paths.add(lang + "/index.html"));
    return paths;
  }

  @Test
  void everyPageLoadsEveryImageAndFontWithoutErrorsOrSidewaysScrollingOverHttpAndFromDisk()
      throws IOException {
    List<String> problems = new ArrayList<>();
    for (String source : List.of("http", "file")) {
      for (String path : pagePaths()) {
        URI uri = source.equals("http") ? server.uri(path) : unzipped.resolve(path).toUri();
        for (int width : WIDTHS) {
          problems.addAll(check(uri, source + " " + path + " @" + width + "px", width));
          screenshot(source + "-" + path.replace('/', '-').replace(".html", "") + "-" + width);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private List<String> check(URI uri, String where, int width) {
    open(uri, width);
    List<String> problems = new ArrayList<>();
    Object images =
        browser.executeScript(
            "return Array.from(document.images)"
                + ".filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src);");
    if (!((List<?>) images).isEmpty()) {
      problems.add(where + ": images not loaded: " + images);
    }
    Object fonts =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => done(Array.from(document.fonts)"
                + ".map(f => f.family + ' ' + f.weight + ': ' + f.status)));");
    List<?> faces = (List<?>) fonts;
    if (faces.isEmpty() || faces.stream().anyMatch(f -> !f.toString().endsWith(": loaded"))) {
      problems.add(where + ": fonts not all loaded: " + faces);
    }
    Object overflow =
        browser.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    if (((Number) overflow).intValue() > 0) {
      problems.add(where + ": the page scrolls sideways by " + overflow + " px");
    }
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
          || entry.getMessage().contains("Content Security Policy")) {
        problems.add(where + ": console: " + entry.getLevel() + " " + entry.getMessage());
      }
    }
    return problems;
  }

  /**
   * The characters of each line of each element that {@code selector} finds, in the page as laid
   * out: a line is the glyphs whose boxes share a middle (within 6 px); spaces count to the line
   * they follow. One list of line lengths per element.
   */
  private static final String LINE_LENGTHS =
      "const lengths = [];"
          + "for (const element of document.querySelectorAll(arguments[0])) {"
          + "  const lines = [];"
          + "  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);"
          + "  const range = document.createRange();"
          + "  let node;"
          + "  while ((node = walker.nextNode())) {"
          + "    let at = 0;"
          + "    for (const character of node.textContent) {"
          + "      range.setStart(node, at);"
          + "      range.setEnd(node, at + character.length);"
          + "      at += character.length;"
          + "      const box = range.getClientRects()[0];"
          + "      if (/\\s/.test(character) || !box) {"
          + "        if (lines.length) lines[lines.length - 1].count++;"
          + "        continue;"
          + "      }"
          + "      const middle = box.top + box.height / 2;"
          + "      let line = lines.find(l => Math.abs(l.middle - middle) < 6);"
          + "      if (!line) { line = { middle: middle, count: 0 }; lines.push(line); }"
          + "      line.count++;"
          + "    }"
          + "  }"
          + "  lines.sort((a, b) => a.middle - b.middle);"
          + "  lengths.push(lines.map(l => l.count));"
          + "}"
          + "return lengths;";

  @SuppressWarnings("unchecked")
  private List<List<Long>> lineLengths(String selector) {
    return (List<List<Long>>) browser.executeScript(LINE_LENGTHS, selector);
  }

  /**
   * At a wide window, English body lines hold at most 90 characters, and the Japanese column is
   * at most 41 em wide: 40 full-width characters a line (a Latin letter takes about half an em, so
   * Japanese lines are measured by their width, not by counting).
   */
  @Test
  void atAWideWindowTheTextIsSetToABooksMeasure() {
    List<String> problems = new ArrayList<>();
    for (String lang : bundle.locales()) {
      open(server.uri(lang + "/index.html"), 1280);
      if (lang.equals("ja")) {
        Number ems =
            (Number)
                browser.executeScript(
                    "return Math.max(...Array.from(document.querySelectorAll("
                        + "'#content .paragraph > p'), p => p.getBoundingClientRect().width"
                        + " / parseFloat(getComputedStyle(p).fontSize)));");
        if (ems.doubleValue() > 41 || ems.doubleValue() < 30) {
          problems.add(lang + " @1280px: a column " + ems + " em wide");
        }
        continue;
      }
      int longest = 0;
      for (List<Long> paragraph : lineLengths("#content .paragraph > p")) {
        for (long line : paragraph) {
          longest = Math.max(longest, (int) line);
        }
      }
      if (longest > 90 || longest < 45) {
        problems.add(lang + " @1280px: lines of up to " + longest + " characters");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void onAPhoneNoLineOfANoteOrADefinitionIsAStubButAParagraphsLast() {
    List<String> problems = new ArrayList<>();
    for (String lang : bundle.locales()) {
      open(server.uri(lang + "/index.html"), 390);
      String notes = ".admonitionblock td.content p, table.glossary td:nth-child(3) p";
      List<List<Long>> paragraphs = lineLengths(notes);
      if (paragraphs.isEmpty()) {
        problems.add(lang + ": no note or definition found");
      }
      for (List<Long> lines : paragraphs) {
        for (int i = 0; i < lines.size() - 1; i++) {
          if (lines.get(i) < 8) {
            problems.add(lang + " @390px: a line of " + lines.get(i) + " characters in " + lines);
            break;
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Loads a page at a width (a phone's viewport below 640 px), its console log emptied first. */
  private void open(URI uri, int width) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", width < 640));
    browser.manage().logs().get(LogType.BROWSER);
    browser.get("about:blank");
    browser.get(uri.toString());
  }

  private void screenshot(String name) throws IOException {
    Files.write(
        bundle.screenshots().resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void axeFindsNoViolationAtEitherWidth() throws IOException {
    String axe = Files.readString(bundle.npmFile("axe-core/axe.min.js"), StandardCharsets.UTF_8);
    List<String> violations = new ArrayList<>();
    // The pages' policy forbids scripts; for this test only, the browser ignores it so that
    // axe-core can be injected. The published policy is unchanged (HandoutBundleIT checks it).
    browser.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
    try {
      for (String path : pagePaths()) {
        for (int width : WIDTHS) {
          open(server.uri(path), width);
          browser.executeScript(axe);
          Object found =
              browser.executeAsyncScript(
                  "const done = arguments[arguments.length - 1];axe.run(document).then(r =>"
                      + " done({passes: r.passes.length, violations: r.violations.map(v => v.impact"
                      + " + ' ' + v.id + ': ' + v.nodes.length + ' node(s), first ' +"
                      + " v.nodes[0].target.join(' '))}));");
          Map<?, ?> result = (Map<?, ?>) found;
          assertTrue(((Number) result.get("passes")).intValue() > 10, "axe did not run: " + found);
          for (Object violation : (List<?>) result.get("violations")) {
            violations.add(path + " @" + width + "px: " + violation);
          }
          System.out.println("axe-core " + path + " @" + width + "px: " + found);
        }
      }
    } finally {
      browser.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
    }
    System.out.println("axe-core: " + violations.size() + " violation(s) " + violations);
    assertEquals(List.of(), violations);
  }

  @Test
  void theLanguageSwitcherOfTheSectionInViewLandsOnTheSameSectionInTheOtherLocale()
      throws IOException {
    String section = "peering-transit-gateway";
    List<String> problems = new ArrayList<>();
    for (String from : bundle.locales()) {
      for (int width : WIDTHS) {
        open(server.uri(from + "/index.html#" + section), width);
        WebElement link =
            (WebElement)
                browser.executeScript(
                    "return Array.from(document.querySelectorAll('.section-locales a'))"
                        + ".find(a => { const r = a.getBoundingClientRect();"
                        + " if (r.bottom <= 0 || r.top >= innerHeight) return false;"
                        + " const hit = document.elementFromPoint(r.left + r.width / 2,"
                        + " r.top + r.height / 2); return hit === a || a.contains(hit); });");
        if (link == null) {
          problems.add(from + " @" + width + "px: no language link in view at #" + section);
          continue;
        }
        String to = link.getAttribute("hreflang");
        link.click();
        String url = browser.getCurrentUrl();
        Object top =
            browser.executeScript(
                "const e = document.getElementById(arguments[0]);"
                    + " return e ? e.getBoundingClientRect().top : null;",
                section);
        if (!url.endsWith("/" + to + "/index.html#" + section)
            || top == null
            || Math.abs(((Number) top).doubleValue()) > 100) {
          problems.add(from + " @" + width + "px: went to " + url + ", section top at " + top);
        }
        screenshot("switched-" + from + "-to-" + to + "-" + width);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyPdfLinkOfTheLandingPageAnswersWithAPdf() throws IOException, InterruptedException {
    open(server.uri("index.html"), 1280);
    List<String> links =
        browser.findElements(org.openqa.selenium.By.cssSelector("a[href$='.pdf']")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    assertEquals(bundle.locales().size(), links.size(), links.toString());
    HttpClient http = HttpClient.newHttpClient();
    for (String link : links) {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(link)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), link);
      assertEquals(
          "application/pdf", response.headers().firstValue("Content-Type").orElse(""), link);
      assertTrue(new String(response.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    }
  }
}
