package io.github.awsnetbook.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
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

  /**
   * A fontconfig that hides every installed font that has Japanese: the reader without the CJK
   * fonts, whatever fonts this machine has (fontconfig's lang property, not font names).
   */
  private static final String WITHOUT_JAPANESE_FONTS =
      """
      <?xml version="1.0"?>
      <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
      <fontconfig>
        <include ignore_missing="no">/etc/fonts/fonts.conf</include>
        <selectfont>
          <rejectfont>
            <pattern><patelt name="lang"><string>ja</string></patelt></pattern>
          </rejectfont>
        </selectfont>
      </fontconfig>
      """;

  /**
   * Whether a font of the system draws Japanese (Noto Sans CJK JP or another): without one, the six
   * kanji and kana are as wide as six unassigned code points, each drawn as a missing glyph.
   */
  private static final String HAS_SYSTEM_JAPANESE_FONT =
      "const c = document.createElement('canvas').getContext('2d'); c.font = '40px sans-serif';"
          + " return c.measureText('日本語の文字').width"
          + " !== c.measureText('\\u0378\\u0379\\u0380\\u0381\\u0382\\u0383').width;";

  private final Bundle bundle = Bundle.built();
  private BundleServer server;
  private ChromeDriver browser;
  private ChromeDriver browserWithoutJapaneseFonts;
  private Path unzipped;

  /** What the tests read of each page at each width ("ja/index.html @390"), by probe. */
  private final Map<String, Map<String, Probed>> seen = new HashMap<>();

  @BeforeAll
  void start() throws IOException {
    server = new BundleServer(bundle.folder());
    unzipped = Unzip.into(bundle.zip(), bundle.screenshots().resolveSibling("unzipped"));
    browser = started(Chromium.start(bundle.screenshots().resolveSibling("chromium-profile")));
    Path fontconfig = bundle.screenshots().resolveSibling("fontconfig-without-japanese/fonts.conf");
    Files.createDirectories(fontconfig.getParent());
    Files.writeString(fontconfig, WITHOUT_JAPANESE_FONTS, StandardCharsets.UTF_8);
    browserWithoutJapaneseFonts =
        started(
            Chromium.start(
                bundle.screenshots().resolveSibling("chromium-profile-without-japanese-fonts"),
                Map.of("FONTCONFIG_FILE", fontconfig.toString())));
    Files.createDirectories(bundle.screenshots());
    visitEachPageOncePerWidth();
  }

  private static ChromeDriver started(ChromeDriver driver) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  @AfterAll
  void stop() {
    for (ChromeDriver driver : new ChromeDriver[] {browser, browserWithoutJapaneseFonts}) {
      if (driver != null) {
        driver.quit();
      }
    }
    if (server != null) {
      server.close();
    }
  }

  /**
   * The two readers of the switcher tests: this machine's fonts (with Debian's fonts-noto-cjk,
   * which verify.sh installs, the fonts nearly every Japanese reader has), and no font that has
   * Japanese, which is checked.
   */
  private Map<String, ChromeDriver> readers() {
    browser.get("about:blank");
    boolean japanese = Boolean.TRUE.equals(browser.executeScript(HAS_SYSTEM_JAPANESE_FONT));
    System.out.println(
        "switcher: this machine's fonts " + (japanese ? "have" : "lack") + " Japanese");
    browserWithoutJapaneseFonts.get("about:blank");
    assertEquals(
        Boolean.FALSE,
        browserWithoutJapaneseFonts.executeScript(HAS_SYSTEM_JAPANESE_FONT),
        "the fontconfig that hides the Japanese fonts did not hide them");
    return Map.of(
        "with this machine's fonts",
        browser,
        "without Japanese fonts",
        browserWithoutJapaneseFonts);
  }

  /** The Japanese paragraph's spacing between Japanese and Latin text and of punctuation pairs. */
  private static final String SPACING =
      "const p = document.querySelector('#content .paragraph p');"
          + "const s = getComputedStyle(p);"
          + "return [s.textAutospace, s.textSpacingTrim];";

  /** The widest paragraph of the column, in ems. */
  private static final String COLUMN =
      "return Math.max(...Array.from(document.querySelectorAll("
          + "'#content .paragraph > p'), p => p.getBoundingClientRect().width"
          + " / parseFloat(getComputedStyle(p).fontSize)));";

  /** The title, the sole chapter's heading and the title block's lines. */
  private static final String TITLE_BLOCK =
      "const h1 = document.querySelectorAll('h1');"
          + "const chapter = document.querySelector('body.sole-chapter #content"
          + " > .sect1:first-child > h2');"
          + "const shown = e => { const r = e.getBoundingClientRect();"
          + " return r.width > 2 && r.height > 2; };"
          + "const headings = Array.from(document.querySelectorAll('h1, h2, h3'))"
          + ".map(h => h.tagName);"
          + "const lines = Array.from(document.querySelectorAll("
          + "'#header .details > span')).map(s => s.getBoundingClientRect().top);"
          + "const text = c => (document.querySelector('#header .details ' + c)"
          + " || {textContent: ''}).textContent;"
          + "return {h1: h1.length, titleShown: h1.length > 0 && shown(h1[0]),"
          + " chapter: chapter ? chapter.textContent : null,"
          + " chapterShown: chapter ? shown(chapter) : null,"
          + " switcher: !!document.querySelector("
          + "'#content > .sect1:first-child > .section-locales a'),"
          + " headings: headings.slice(0, 3).join(' '), lines: lines,"
          + " edition: text('.edition'), original: text('.original'),"
          + " details: text('')};";

  /** The narrowest definition of the glossary, in ems. */
  private static final String DEFINITION_WIDTH =
      "return Math.min(...Array.from(document.querySelectorAll("
          + "'table.glossary td:nth-child(3) p'), p => p.getBoundingClientRect()"
          + ".width / parseFloat(getComputedStyle(p).fontSize)));";

  /** The narrowest value of the colophon, in ems. */
  private static final String COLOPHON_VALUE_WIDTH =
      "return Math.min(...Array.from(document.querySelectorAll("
          + "'.hdlist td.hdlist2 p'), p => p.getBoundingClientRect()"
          + ".width / parseFloat(getComputedStyle(p).fontSize)));";

  /** The glossary's terms written as their other-language names, and those shown twice. */
  private static final String GLOSSARY_NAMES =
      "const shown = e => e.getClientRects().length > 0;"
          + "let alike = 0; const twice = [];"
          + "for (const row of document.querySelectorAll('table.glossary tbody tr')) {"
          + "  const [term, other] = row.children;"
          + "  if (term.textContent.trim() !== other.textContent.trim()) continue;"
          + "  alike++; if (shown(other)) twice.push(term.textContent.trim()); }"
          + "return {alike: alike, twice: twice};";

  /** Each entry of the list of sources: its bullet, and whether its number is at its left edge. */
  private static final String SOURCES =
      "return Array.from(document.querySelectorAll('ul.bibliography > li'), li => {"
          + "  const p = li.querySelector('p'); const range = document.createRange();"
          + "  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);"
          + "  const first = walker.nextNode(); range.setStart(first, 0);"
          + "  range.setEnd(first, 1); const number = range.getBoundingClientRect();"
          + "  return {text: p.textContent.substring(0, 12),"
          + "    bullet: getComputedStyle(li).display === 'list-item'"
          + "      && getComputedStyle(li).listStyleType !== 'none',"
          + "    numberAtEdge: Math.abs(number.left - li.getBoundingClientRect().left)"
          + "      < 2};"
          + "});";

  /** Each table that may scroll: whether it does, its header row, and what each cell shows. */
  private static final String TABLES =
      "return Array.from(document.querySelectorAll("
          + "'.table-scroll > table.tableblock:not(.glossary)'), table => {"
          + "  const box = table.parentElement;"
          + "  const headers = Array.from(table.querySelectorAll('thead th'),"
          + "    th => th.textContent.trim());"
          + "  const cells = Array.from(table.querySelectorAll('tbody tr'), tr =>"
          + "    Array.from(tr.children, (td, i) => { const before ="
          + "      getComputedStyle(td, '::before');"
          + "      return {header: headers[i], shown: before.display !== 'none'"
          + "        && before.content !== 'none' ? before.content : null}; })).flat();"
          + "  return {name: (box.getAttribute('aria-label') || '').substring(0, 30),"
          + "    scrolls: box.scrollWidth > box.clientWidth + 1,"
          + "    headerRow: Array.from(table.querySelectorAll('thead th'))"
          + "      .every(th => th.getClientRects().length > 0),"
          + "    cells: cells}; });";

  /** Each section's link and its first text, the page scrolled to the section (it scrolls). */
  private static final String SECTION_LINKS =
      "const shown = e => { const r = e.getBoundingClientRect();"
          + " return r.width > 2 && r.height > 2; };"
          + "return Array.from(document.querySelectorAll('.section-locales'), p => {"
          + "  const section = p.parentElement;"
          + "  const heading = section.querySelector(':scope > h2, :scope > h3');"
          + "  const text = shown(heading) ? heading"
          + "    : section.querySelector('.paragraph p');"
          + "  scrollTo(0, scrollY + section.getBoundingClientRect().top - 300);"
          + "  const link = p.querySelector('a').getBoundingClientRect();"
          + "  return {id: heading.id, linkBottom: link.bottom, linkLeft: link.left,"
          + "    textTop: text.getBoundingClientRect().top,"
          + "    textRight: text.getBoundingClientRect().right}; });";

  /** The language switcher's name and the names of its languages. */
  private static final String SWITCHER =
      "const nav = document.querySelector('nav.locale-switcher');"
          + "return {name: nav.getAttribute('aria-label'),"
          + " languages: Array.from(nav.querySelectorAll('a'), a => a.textContent)};";

  /**
   * Loads each page of the bundle once per width over HTTP and reads on it everything the tests
   * read of that page without changing it: its load's problems and a screenshot first, then each
   * probe, the one that scrolls (the section links) last. The tests take the answers (seen); a
   * probe that threw throws again in the test that asks for it. Each test loaded each page itself
   * before: about 30 loads of the same pages at the same widths, where 8 do.
   */
  private void visitEachPageOncePerWidth() throws IOException {
    for (String path : pagePaths()) {
      for (int width : WIDTHS) {
        Map<String, Probed> answers = new LinkedHashMap<>();
        seen.put(path + " @" + width, answers);
        URI uri = server.uri(path);
        String where = "http " + path + " @" + width + "px";
        answers.put("loads", Probed.of(() -> check(uri, where, width)));
        screenshot("http-" + path.replace('/', '-').replace(".html", "") + "-" + width);
        probes(path, width).forEach((name, probe) -> answers.put(name, Probed.of(probe)));
      }
    }
  }

  /** What the tests read of a page at a width, by name, in the order they are read. */
  private Map<String, Supplier<Object>> probes(String path, int width) {
    Map<String, Supplier<Object>> probes = new LinkedHashMap<>();
    String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
    if (folder.isEmpty()) {
      probes.put("title lines", () -> lineLengths("h1 [lang], p.book-title"));
      probes.put("size lines", () -> lineLengths("p.pdf .size"));
      probes.put(
          "pdf links",
          () ->
              browser.findElements(By.cssSelector("a[href$='.pdf']")).stream()
                  .map(a -> a.getAttribute("href"))
                  .toList());
      return probes;
    }
    if (bundle.parallelEditions().contains(folder)) {
      probes.put("pairs", () -> browser.executeScript(PAIRS));
      return probes;
    }
    if (width == 1280) {
      if (folder.equals("ja")) {
        probes.put("spacing", () -> browser.executeScript(SPACING));
        probes.put("column", () -> browser.executeScript(COLUMN));
      } else {
        probes.put("paragraph lines", () -> lineLengths("#content .paragraph > p"));
      }
      probes.put("definition width", () -> browser.executeScript(DEFINITION_WIDTH));
      probes.put("colophon value width", () -> browser.executeScript(COLOPHON_VALUE_WIDTH));
    } else {
      probes.put(
          "note lines",
          () -> lineLengths(".admonitionblock td.content p, table.glossary td:nth-child(3) p"));
    }
    probes.put("title block", () -> browser.executeScript(TITLE_BLOCK));
    probes.put("term lines", () -> lineLengths("table.glossary td:first-child p"));
    probes.put("colophon label lines", () -> lineLengths(".hdlist td.hdlist1"));
    probes.put("glossary names", () -> browser.executeScript(GLOSSARY_NAMES));
    probes.put("sources", () -> browser.executeScript(SOURCES));
    probes.put("tables", () -> browser.executeScript(TABLES));
    probes.put("switcher", () -> browser.executeScript(SWITCHER));
    probes.put("section links", () -> browser.executeScript(SECTION_LINKS));
    return probes;
  }

  /** A probe's answer, or what it threw. */
  private record Probed(Object answer, RuntimeException failure) {
    static Probed of(Supplier<?> probe) {
      try {
        return new Probed(probe.get(), null);
      } catch (RuntimeException e) {
        return new Probed(null, e);
      }
    }
  }

  /** What {@code probe} read of the page at {@code path} and {@code width} on its one load. */
  private Object seen(String path, int width, String probe) {
    Map<String, Probed> answers = seen.get(path + " @" + width);
    if (answers == null || !answers.containsKey(probe)) {
      throw new IllegalStateException(
          "the visit did not read " + probe + " of " + path + " @" + width);
    }
    Probed answer = answers.get(probe);
    if (answer.failure() != null) {
      throw answer.failure();
    }
    return answer.answer();
  }

  @SuppressWarnings("unchecked")
  private List<List<Long>> lineLengthsSeen(String path, int width, String probe) {
    return (List<List<Long>>) seen(path, width, probe);
  }

  private List<String> pagePaths() {
    List<String> paths = new ArrayList<>(List.of("index.html"));
    bundle.locales().forEach(lang -> paths.add(lang + "/index.html"));
    bundle.parallelEditions().forEach(pair -> paths.add(pair + "/index.html"));
    return paths;
  }

  /**
   * Each parallel edition sets every pair side by side at 1280 px, the source on the left, both
   * sides starting at one height, each no wider than a book's column (41 em); at 390 px each pair
   * stacks, the source over its translation, each across the column.
   */
  @Test
  void aParallelEditionSetsPairsSideBySideWideAndStacksThemOnAPhone() {
    List<String> problems = new ArrayList<>();
    assertTrue(!bundle.parallelEditions().isEmpty(), "no parallel edition in the bundle");
    for (String pair : bundle.parallelEditions()) {
      for (int width : WIDTHS) {
        List<?> pairs = (List<?>) seen(pair + "/index.html", width, "pairs");
        if (pairs.size() < 100) {
          problems.add(pair + " @" + width + "px: only " + pairs.size() + " pairs");
        }
        for (Object found : pairs) {
          Map<?, ?> sides = (Map<?, ?>) found;
          double sourceLeft = ((Number) sides.get("sourceLeft")).doubleValue();
          double translationLeft = ((Number) sides.get("translationLeft")).doubleValue();
          double sourceTop = ((Number) sides.get("sourceTop")).doubleValue();
          double translationTop = ((Number) sides.get("translationTop")).doubleValue();
          double sourceBottom = ((Number) sides.get("sourceBottom")).doubleValue();
          double ems = ((Number) sides.get("ems")).doubleValue();
          String where = pair + " @" + width + "px " + sides.get("text") + ": ";
          boolean sideBySide =
              translationLeft > sourceLeft + 100 && Math.abs(translationTop - sourceTop) < 1;
          boolean stacked =
              Math.abs(translationLeft - sourceLeft) < 20 && translationTop >= sourceBottom - 1;
          if (width == 1280 && (!sideBySide || ems > 41.5)) {
            problems.add(where + "not side by side in columns of at most 41 em: " + sides);
          }
          if (width == 390 && !stacked) {
            problems.add(where + "not stacked: " + sides);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Each pair of the page with both sides shown: where its sides are, and the widest in ems. */
  private static final String PAIRS =
      "return Array.from(document.querySelectorAll('.pair')).filter(p =>"
          + " !p.querySelector('.side.empty')).map(p => { const s = p.children[0].getBoundingClientRect();"
          + " const t = p.children[1].getBoundingClientRect();"
          + " const em = parseFloat(getComputedStyle(p.children[0]).fontSize);"
          + " return {text: p.textContent.trim().substring(0, 30), sourceLeft: s.left,"
          + " translationLeft: t.left, sourceTop: s.top, translationTop: t.top,"
          + " sourceBottom: s.bottom, ems: Math.max(s.width, t.width) / em}; });";

  @Test
  void everyPageLoadsEveryImageAndFontWithoutErrorsOrSidewaysScrollingOverHttpAndFromDisk()
      throws IOException {
    List<String> problems = new ArrayList<>();
    // Over HTTP: the problems of the pages' one load (visitEachPageOncePerWidth).
    for (String path : pagePaths()) {
      for (int width : WIDTHS) {
        for (Object problem : (List<?>) seen(path, width, "loads")) {
          problems.add(problem.toString());
        }
      }
    }
    for (String path : pagePaths()) {
      URI uri = unzipped.resolve(path).toUri();
      for (int width : WIDTHS) {
        problems.addAll(check(uri, "file " + path + " @" + width + "px", width));
        screenshot("file-" + path.replace('/', '-').replace(".html", "") + "-" + width);
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Japanese is spaced as JLREQ asks where CSS can (the PDF does it in full): the browser's own
   * space between Japanese and Latin text, and its trimming of punctuation pairs.
   */
  @Test
  void japaneseParagraphsGetTheBrowsersSpacingBetweenJapaneseAndLatinText() {
    Object styles = seen("ja/index.html", WIDTHS.get(0), "spacing");
    assertEquals(List.of("normal", "normal"), styles);
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
   * At a wide window, English body lines hold at most 90 characters, and the Japanese column is at
   * most 41 em wide: 40 full-width characters a line (a Latin letter takes about half an em, so
   * Japanese lines are measured by their width, not by counting).
   */
  @Test
  void atAWideWindowTheTextIsSetToABooksMeasure() {
    List<String> problems = new ArrayList<>();
    for (String lang : bundle.locales()) {
      if (lang.equals("ja")) {
        Number ems = (Number) seen(lang + "/index.html", 1280, "column");
        if (ems.doubleValue() > 41 || ems.doubleValue() < 30) {
          problems.add(lang + " @1280px: a column " + ems + " em wide");
        }
        continue;
      }
      int longest = 0;
      for (List<Long> paragraph : lineLengthsSeen(lang + "/index.html", 1280, "paragraph lines")) {
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
      List<List<Long>> paragraphs = lineLengthsSeen(lang + "/index.html", 390, "note lines");
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

  /**
   * The book's title once, as a title page has it: the chapter of a one-chapter book, whose heading
   * says the title again right under it, keeps its heading in the outline (h1, then h2) but not on
   * screen; under the title, the author, the edition and the original's date, each on its own line,
   * with no comma after the version and the edition not dated with the original's date.
   */
  @Test
  void theTitleIsShownOnceWithATitleBlockOfOneLineEach() {
    List<String> problems = new ArrayList<>();
    for (String lang : bundle.locales()) {
      for (int width : WIDTHS) {
        Map<?, ?> page = (Map<?, ?>) seen(lang + "/index.html", width, "title block");
        String where = lang + " @" + width + "px: ";
        if (!Long.valueOf(1).equals(page.get("h1"))
            || !Boolean.TRUE.equals(page.get("titleShown"))) {
          problems.add(where + "not one title shown: " + page);
        }
        if (page.get("chapter") == null || page.get("chapter").toString().isBlank()) {
          problems.add(where + "the sole chapter's heading is not in the page: " + page);
        } else if (!Boolean.FALSE.equals(page.get("chapterShown"))) {
          problems.add(where + "the chapter's heading repeats the title on screen");
        }
        if (!Boolean.TRUE.equals(page.get("switcher"))) {
          problems.add(where + "the chapter lost its link to the other locale's chapter");
        }
        if (!page.get("headings").toString().startsWith("H1 H2")) {
          problems.add(where + "the outline does not go h1, h2: " + page.get("headings"));
        }
        List<?> lines = (List<?>) page.get("lines");
        for (int i = 1; i < lines.size(); i++) {
          if (((Number) lines.get(i)).doubleValue() <= ((Number) lines.get(i - 1)).doubleValue()) {
            problems.add(where + "the title block's parts share a line: " + lines);
          }
        }
        String edition = page.get("edition").toString();
        String original = page.get("original").toString();
        if (lines.size() < 3 || edition.isBlank() || original.isBlank()) {
          problems.add(where + "no author, edition and original lines: " + page);
        }
        if (lang.equals("ja") && page.get("details").toString().contains(",")) {
          problems.add(where + "an ASCII comma in the title block: " + page.get("details"));
        }
        String editionDigits = edition.replaceAll("\\D+", " ");
        if (!original.isBlank()
            && editionDigits.contains(original.replaceAll("\\D+", " ").strip())) {
          problems.add(where + "the edition is dated with the original's date: " + edition);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * The glossary reads as a book's glossary at both widths: every term on one line (no katakana
   * term broken inside the word), its definition across the column (at least 30 em wide at 1280 px
   * rather than a third of the table); and each label of the colophon on one line.
   */
  @Test
  void theGlossaryTermsAndTheColophonLabelsStayWholeAndDefinitionsRunAcrossTheColumn() {
    List<String> problems = new ArrayList<>();
    for (String lang : bundle.locales()) {
      for (int width : WIDTHS) {
        String where = lang + " @" + width + "px: ";
        List<List<Long>> terms = lineLengthsSeen(lang + "/index.html", width, "term lines");
        if (terms.size() < 10) {
          problems.add(where + "only " + terms.size() + " glossary terms found");
        }
        for (List<Long> term : terms) {
          if (term.size() != 1) {
            problems.add(where + "a term set on " + term.size() + " lines: " + term);
          }
        }
        for (List<Long> label :
            lineLengthsSeen(lang + "/index.html", width, "colophon label lines")) {
          if (label.size() != 1) {
            problems.add(where + "a colophon label set on " + label.size() + " lines: " + label);
          }
        }
        if (width == 1280) {
          Number ems = (Number) seen(lang + "/index.html", width, "definition width");
          if (ems.doubleValue() < 30) {
            problems.add(where + "definitions " + ems + " em wide");
          }
          Number values = (Number) seen(lang + "/index.html", width, "colophon value width");
          if (values.doubleValue() < 26) {
            problems.add(where + "colophon values " + values + " em wide");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * The glossary gives a term's other-language name only where it differs: "NAT NAT" and "Amazon
   * EBS Amazon EBS" said one name twice (the PDF prints it once too).
   */
  @Test
  void theGlossaryNamesATermOnceWhereItsOtherLanguagesTermIsWrittenTheSame() {
    List<String> problems = new ArrayList<>();
    for (String lang : bundle.locales()) {
      for (int width : WIDTHS) {
        Map<?, ?> found = (Map<?, ?>) seen(lang + "/index.html", width, "glossary names");
        String where = lang + " @" + width + "px: ";
        if (((Number) found.get("alike")).intValue() == 0) {
          problems.add(where + "no glossary term written as its other name: the check went unused");
        }
        if (!((List<?>) found.get("twice")).isEmpty()) {
          problems.add(where + "terms shown twice: " + found.get("twice"));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * The list of sources is numbered by its entries' own "[1]": no bullet beside them, each entry's
   * number at its left edge.
   */
  @Test
  void theListOfSourcesIsNumberedByItsOwnNumbersWithoutBullets() {
    List<String> problems = new ArrayList<>();
    for (String lang : bundle.locales()) {
      for (int width : WIDTHS) {
        List<?> entries = (List<?>) seen(lang + "/index.html", width, "sources");
        if (entries.size() < 10) {
          problems.add(lang + " @" + width + "px: only " + entries.size() + " sources found");
        }
        for (Object one : entries) {
          Map<?, ?> entry = (Map<?, ?>) one;
          String where = lang + " @" + width + "px " + entry.get("text") + ": ";
          if (Boolean.TRUE.equals(entry.get("bullet"))) {
            problems.add(where + "a bullet beside the number");
          }
          if (!Boolean.TRUE.equals(entry.get("numberAtEdge"))) {
            problems.add(where + "the number is not at the entry's left edge");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * On a phone, a table whose cells carry their column's header reads as one block per row, each
   * cell under its header's name, instead of scrolling sideways; at a wide window it stays a table
   * with its header row.
   */
  @Test
  void onAPhoneATableReflowsEachCellUnderItsColumnsHeaderAndStaysATableWhenWide() {
    List<String> problems = new ArrayList<>();
    for (String lang : bundle.locales()) {
      for (int width : WIDTHS) {
        List<?> tables = (List<?>) seen(lang + "/index.html", width, "tables");
        if (tables.isEmpty()) {
          problems.add(lang + " @" + width + "px: no table found");
        }
        for (Object one : tables) {
          Map<?, ?> table = (Map<?, ?>) one;
          String where = lang + " @" + width + "px " + table.get("name") + ": ";
          if (Boolean.TRUE.equals(table.get("scrolls"))) {
            problems.add(where + "scrolls sideways");
          }
          for (Object c : (List<?>) table.get("cells")) {
            Map<?, ?> cell = (Map<?, ?>) c;
            Object shown = cell.get("shown");
            String header = "\"" + cell.get("header") + "\"";
            if (width == 390 && !header.equals(shown)) {
              problems.add(where + "a cell shows " + shown + ", not its header " + header);
            }
            if (width == 1280 && shown != null) {
              problems.add(where + "a cell of the table repeats its header " + shown);
            }
          }
          if (width == 1280 && !Boolean.TRUE.equals(table.get("headerRow"))) {
            problems.add(where + "the header row is not shown");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * A section's link to the other locales, where the section starts, stands above its heading (or,
   * for the chapter whose heading is not shown, above its first paragraph), or in the margin right
   * of the text where the window leaves one (1280 px), never beside them in the column: floated
   * beside the text it narrowed the first lines (「す！」 alone on a phone's second line) and sat next
   * to every heading. The language switcher is named for what it is (言語, Language), not by a
   * language's name.
   */
  @Test
  void aSectionsLanguageLinkStandsAboveItsHeadingAndTheSwitcherIsNamedForWhatItIs() {
    List<String> problems = new ArrayList<>();
    List<String> languageNames = new ArrayList<>();
    List<String> switcherNames = new ArrayList<>();
    for (String lang : bundle.locales()) {
      for (int width : WIDTHS) {
        List<?> sections = (List<?>) seen(lang + "/index.html", width, "section links");
        if (sections.size() < 5) {
          problems.add(lang + " @" + width + "px: only " + sections.size() + " section links");
        }
        for (Object one : sections) {
          Map<?, ?> section = (Map<?, ?>) one;
          double linkBottom = ((Number) section.get("linkBottom")).doubleValue();
          double textTop = ((Number) section.get("textTop")).doubleValue();
          boolean inTheMargin =
              ((Number) section.get("linkLeft")).doubleValue()
                  >= ((Number) section.get("textRight")).doubleValue();
          if (linkBottom > textTop + 1 && !inTheMargin) {
            problems.add(
                lang
                    + " @"
                    + width
                    + "px #"
                    + section.get("id")
                    + ": the link ends "
                    + (linkBottom - textTop)
                    + " px below the top of the section's first text");
          }
        }
        Map<?, ?> nav = (Map<?, ?>) seen(lang + "/index.html", width, "switcher");
        switcherNames.add(lang + ": " + nav.get("name"));
        ((List<?>) nav.get("languages")).forEach(name -> languageNames.add(name.toString()));
      }
    }
    for (String switcher : switcherNames) {
      String name = switcher.substring(switcher.indexOf(": ") + 2);
      if (name.isBlank() || languageNames.contains(name)) {
        problems.add("the language switcher of " + switcher + " is named by a language");
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * The landing page at both widths: no title ends a line with a stub of one or two characters (第3回
   * broken after 第3), and each PDF's size stays on one line.
   */
  @Test
  void theLandingPageKeepsTitlesAndSizesWhole() {
    List<String> problems = new ArrayList<>();
    for (int width : WIDTHS) {
      for (List<Long> title : lineLengthsSeen("index.html", width, "title lines")) {
        if (title.size() > 1 && title.get(title.size() - 1) < 3) {
          problems.add("@" + width + "px: a title's last line is a stub: " + title);
        }
      }
      for (List<Long> size : lineLengthsSeen("index.html", width, "size lines")) {
        if (size.size() != 1) {
          problems.add("@" + width + "px: a PDF's size set on " + size.size() + " lines");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Each box that may scroll sideways (figures, tables): for a figure, its smallest label as drawn
   * and as it would be fitted to the column, in px; whether the box scrolls; and whether it has a
   * scroll cue at all.
   */
  private static final String SIDEWAYS_BOXES =
      "return Array.from(document.querySelectorAll('.imageblock > .content, .table-scroll'),"
          + " box => { const svg = box.querySelector('svg'); let label = null, fitted = null;"
          + "  if (svg) { const units = svg.viewBox.baseVal.width;"
          + "    const smallest = Math.min(...Array.from(svg.querySelectorAll('text'),"
          + "      t => parseFloat(getComputedStyle(t).fontSize)));"
          + "    label = smallest * svg.getBoundingClientRect().width / units;"
          + "    fitted = smallest * box.clientWidth / units; }"
          + "  return {name: (box.getAttribute('aria-label') || '').substring(0, 40),"
          + "    figure: !!svg, label: label, fitted: fitted,"
          + "    scrolls: box.scrollWidth > box.clientWidth + 1,"
          + "    cue: getComputedStyle(box, '::after').content !== 'none'}; });";

  /**
   * Every figure: its smallest label drawn at least 9.5 px high; it scrolls sideways only if
   * fitting it to the column would draw that label under 10 px (never at 1280 px). Every box that
   * scrolls (figure or table) shows the arrow at its right edge, in the pixels of its screenshot,
   * until it is scrolled to its end; a box that does not scroll has none. A figure's arrow covers
   * none of its drawing (it stands under it): the drawing's pixels are the same with it hidden.
   */
  @Test
  void aFigureFitsThePhoneUnlessItsLabelsWouldBeTooSmallAndABoxThatScrollsShowsACue()
      throws IOException {
    List<String> problems = new ArrayList<>();
    int scrolling = 0;
    // The books and the parallel editions, whose figures are drawn at half the width at 1280 px.
    List<String> pages = new ArrayList<>(bundle.locales());
    pages.addAll(bundle.parallelEditions());
    for (String lang : pages) {
      for (int width : WIDTHS) {
        open(server.uri(lang + "/index.html"), width);
        List<?> boxes = (List<?>) browser.executeScript(SIDEWAYS_BOXES);
        List<WebElement> elements =
            browser.findElements(By.cssSelector(".imageblock > .content, .table-scroll"));
        for (int i = 0; i < boxes.size(); i++) {
          Map<?, ?> box = (Map<?, ?>) boxes.get(i);
          String where = lang + " @" + width + "px " + box.get("name") + ": ";
          boolean scrolls = Boolean.TRUE.equals(box.get("scrolls"));
          if (Boolean.TRUE.equals(box.get("figure"))) {
            double label = ((Number) box.get("label")).doubleValue();
            double fitted = ((Number) box.get("fitted")).doubleValue();
            if (label < 9.5) {
              problems.add(where + "labels drawn " + label + " px high");
            }
            if (scrolls && (width == 1280 || fitted >= 10)) {
              problems.add(where + "scrolls, though fitted its labels would be " + fitted + " px");
            }
          }
          if (!scrolls) {
            if (Boolean.TRUE.equals(box.get("cue"))) {
              problems.add(where + "a scroll cue on a box that does not scroll");
            }
            continue;
          }
          scrolling++;
          WebElement element = elements.get(i);
          boolean figure = Boolean.TRUE.equals(box.get("figure"));
          int atStart = cuePixels(element, "0", figure);
          int atEnd = cuePixels(element, "arguments[0].scrollWidth", figure);
          if (atStart < 150 || atEnd > 20) {
            problems.add(
                where + "arrow pixels " + atStart + " at the start, " + atEnd + " at the end");
          }
          if (Boolean.TRUE.equals(box.get("figure"))) {
            int covered = drawingPixelsTheCueChanges(element);
            if (covered > 0) {
              problems.add(where + "the arrow covers " + covered + " pixels of the drawing");
            }
          }
        }
      }
    }
    System.out.println("sideways boxes that scroll: " + scrolling);
    assertTrue(scrolling > 0, "no figure or table scrolls at 390 px: the cue went untested");
    assertEquals(List.of(), problems);
  }

  /**
   * How many pixels of a figure's drawing, as the box shows it at its start, differ with the box's
   * scroll cue hidden: the cue must not cover what the figure draws. The cue is hidden through the
   * CSS object model (which the page's policy allows), and shown again.
   */
  private int drawingPixelsTheCueChanges(WebElement box) throws IOException {
    browser.executeScript(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].scrollLeft = 0;", box);
    BufferedImage shown =
        ImageIO.read(new ByteArrayInputStream(box.getScreenshotAs(OutputType.BYTES)));
    Map<?, ?> drawing =
        (Map<?, ?>)
            browser.executeScript(
                "const box = arguments[0]; const sheet = Array.from(document.styleSheets)"
                    + ".find(s => (s.href || '').endsWith('css/book.css'));"
                    + "sheet.insertRule('.imageblock > .content::after,"
                    + " .imageblock > .content::before { visibility: hidden !important; }',"
                    + " sheet.cssRules.length);"
                    + "const b = box.getBoundingClientRect();"
                    + "const d = box.querySelector('svg').getBoundingClientRect();"
                    + "return {left: Math.max(0, d.left - b.left), top: Math.max(0, d.top - b.top),"
                    + " right: Math.min(b.width, d.right - b.left),"
                    + " bottom: Math.min(b.height, d.bottom - b.top)};",
                box);
    BufferedImage hidden;
    try {
      hidden = ImageIO.read(new ByteArrayInputStream(box.getScreenshotAs(OutputType.BYTES)));
    } finally {
      browser.executeScript(
          "const sheet = Array.from(document.styleSheets)"
              + ".find(s => (s.href || '').endsWith('css/book.css'));"
              + "sheet.deleteRule(sheet.cssRules.length - 1);");
    }
    int changed = 0;
    int right = Math.min(((Number) drawing.get("right")).intValue(), shown.getWidth());
    int bottom = Math.min(((Number) drawing.get("bottom")).intValue(), shown.getHeight());
    for (int y = ((Number) drawing.get("top")).intValue(); y < bottom; y++) {
      for (int x = ((Number) drawing.get("left")).intValue(); x < right; x++) {
        if (x < hidden.getWidth()
            && y < hidden.getHeight()
            && shown.getRGB(x, y) != hidden.getRGB(x, y)) {
          changed++;
        }
      }
    }
    return changed;
  }

  /**
   * The arrow's colour (#1f3a5f) in the right-hand 3rem of a box scrolled to {@code left}; for a
   * figure, under its drawing only, where its arrow stands (the drawing has the colour too).
   */
  private int cuePixels(WebElement box, String left, boolean figure) throws IOException {
    Number below =
        (Number)
            browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].scrollLeft = "
                    + left
                    + "; const svg = arguments[0].querySelector('svg');"
                    + " return svg && arguments[1] ? svg.getBoundingClientRect().bottom"
                    + " - arguments[0].getBoundingClientRect().top : 0;",
                box,
                figure);
    BufferedImage shot =
        ImageIO.read(new ByteArrayInputStream(box.getScreenshotAs(OutputType.BYTES)));
    int band = 48;
    int count = 0;
    for (int y = Math.max(0, (int) Math.ceil(below.doubleValue()));
        y < Math.min(shot.getHeight(), HEIGHT);
        y++) {
      for (int x = Math.max(0, shot.getWidth() - band); x < shot.getWidth(); x++) {
        int rgb = shot.getRGB(x, y);
        if (Math.abs(((rgb >> 16) & 0xff) - 0x1f) < 8
            && Math.abs(((rgb >> 8) & 0xff) - 0x3a) < 8
            && Math.abs((rgb & 0xff) - 0x5f) < 8) {
          count++;
        }
      }
    }
    return count;
  }

  /** Loads a page at a width (a phone's viewport below 640 px), its console log emptied first. */
  private void open(URI uri, int width) {
    open(browser, uri, width);
  }

  private static void open(ChromeDriver driver, URI uri, int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", width < 640));
    driver.manage().logs().get(LogType.BROWSER);
    driver.get("about:blank");
    driver.get(uri.toString());
  }

  private void screenshot(String name) throws IOException {
    screenshot(browser, name);
  }

  private void screenshot(ChromeDriver driver, String name) throws IOException {
    Files.write(
        bundle.screenshots().resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
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

  /**
   * The link of the section in view that the reader sees first (top of the window first, in the
   * page's order): in view, and not covered by anything at its centre.
   */
  private static final String LINK_IN_VIEW =
      "return Array.from(document.querySelectorAll('.section-locales a'))"
          + ".find(a => { const r = a.getBoundingClientRect();"
          + " if (r.bottom <= 0 || r.top >= innerHeight) return false;"
          + " const hit = document.elementFromPoint(r.left + r.width / 2,"
          + " r.top + r.height / 2); return hit === a || a.contains(hit); });";

  @Test
  void theLanguageSwitcherOfTheSectionInViewLandsOnTheSameSectionInTheOtherLocale()
      throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, ChromeDriver> reader : readers().entrySet()) {
      ChromeDriver driver = reader.getValue();
      for (String section : List.of("peering-transit-gateway")) {
        for (String from : bundle.locales()) {
          for (int width : WIDTHS) {
            String where = from + " @" + width + "px " + reader.getKey() + " at #" + section;
            open(driver, server.uri(from + "/index.html#" + section), width);
            WebElement link = (WebElement) driver.executeScript(LINK_IN_VIEW);
            if (link == null) {
              problems.add(where + ": no language link in view");
              continue;
            }
            String to = link.getAttribute("hreflang");
            link.click();
            String url = driver.getCurrentUrl();
            Object top =
                driver.executeScript(
                    "const e = document.getElementById(arguments[0]);"
                        + " return e ? e.getBoundingClientRect().top : null;",
                    section);
            if (!url.endsWith("/" + to + "/index.html#" + section)
                || top == null
                || Math.abs(((Number) top).doubleValue()) > 100) {
              problems.add(where + ": went to " + url + ", section top at " + top);
            }
            if (driver == browser) {
              screenshot(driver, "switched-" + section + "-" + from + "-to-" + to + "-" + width);
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Every section with links, in every locale, at both widths, with and without Japanese system
   * fonts: wherever the reader is in a section, the link in view is that section's, never its
   * parent's or the one before it. A reader is in one of three places of a section: its heading at
   * the top of the window, where a jump to it lands; its heading a little below the top (2rem:
   * where a jump lands when a browser keeps a margin above its target, or after a nudge back); and
   * reading its own text, its heading half that text's height above the window.
   */
  @Test
  void theLinkInViewIsTheOneOfTheSectionBeingReadWhereverTheReaderIsInIt() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, ChromeDriver> reader : readers().entrySet()) {
      ChromeDriver driver = reader.getValue();
      for (String lang : bundle.locales()) {
        for (int width : WIDTHS) {
          open(driver, server.uri(lang + "/index.html"), width);
          List<?> found = (List<?>) driver.executeScript(LINKS_AT_READING_PLACES);
          for (Object one : found) {
            Map<?, ?> place = (Map<?, ?>) one;
            checked++;
            if (!place.get("section").equals(place.get("link"))) {
              problems.add(
                  lang
                      + " @"
                      + width
                      + "px "
                      + reader.getKey()
                      + ": "
                      + place.get("place")
                      + " of #"
                      + place.get("section")
                      + ": the link in view is #"
                      + place.get("link"));
            }
          }
        }
      }
    }
    System.out.println("switcher: " + checked + " reading places checked, problems: " + problems);
    assertTrue(checked >= MIN_READING_PLACES, "too few reading places checked: " + checked);
    assertEquals(List.of(), problems);
  }

  /**
   * For each section with links, each reading place the page can scroll to exactly (the last
   * sections cannot reach the top of the window): the section and the fragment of the link in view
   * there.
   */
  private static final int MIN_READING_PLACES = 2 * 2 * 2 * 14;

  private static final String LINKS_AT_READING_PLACES =
      "const linkInView = () => { "
          + LINK_IN_VIEW
          + " }; const rem = parseFloat(getComputedStyle(document.documentElement).fontSize); const"
          + " results = []; for (const p of document.querySelectorAll('.section-locales')) {  "
          + " const section = p.parentElement;   const heading = section.querySelector(':scope >"
          + " h2, :scope > h3');   const sub = section.querySelector(':scope .sect2');   const top"
          + " = () => heading.getBoundingClientRect().top;   const ownEnd = (sub ||"
          + " section).getBoundingClientRect()[sub ? 'top' : 'bottom'] - top();   const places ="
          + " [['jump', null], ['heading 2rem down', 2 * rem]];   if (ownEnd > 8 * rem)"
          + " places.push(['own text', -ownEnd / 2]);   for (const [name, offset] of places) {    "
          + " if (offset === null) { heading.scrollIntoView(); }     else { scrollTo(0, scrollY +"
          + " top() - offset); }     const wanted = offset === null ? 0 : offset;     if"
          + " (Math.abs(top() - wanted) > 1) continue;     const link = linkInView();    "
          + " results.push({place: name, section: heading.id,       link: link ?"
          + " link.hash.substring(1) : 'none'});   } } return results;";

  @Test
  void everyPdfLinkOfTheLandingPageAnswersWithAPdf() throws IOException, InterruptedException {
    List<?> links = (List<?>) seen("index.html", 1280, "pdf links");
    assertEquals(
        bundle.locales().size() + bundle.parallelEditions().size(), links.size(), links.toString());
    HttpClient http = HttpClient.newHttpClient();
    for (Object link : links) {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(link.toString())).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), link.toString());
      assertEquals(
          "application/pdf",
          response.headers().firstValue("Content-Type").orElse(""),
          link.toString());
      assertTrue(new String(response.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    }
  }
}
