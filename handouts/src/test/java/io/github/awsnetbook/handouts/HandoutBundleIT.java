package io.github.awsnetbook.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The bundle `mvn package` leaves: its files, its zip, its checksums and its pages' heads. */
class HandoutBundleIT {

  private final Bundle bundle = Bundle.built();

  @Test
  void everyFileTheBuildPublishesIsWorldReadable() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> trees = new ArrayList<>(List.of(bundle.folder()));
    Path root = bundle.folder().getParent().getParent();
    for (String lang : bundle.locales()) {
      trees.add(root.resolve("content-" + lang + "/target/html"));
      trees.add(root.resolve("content-" + lang + "/target/pdf"));
    }
    for (Path tree : trees) {
      try (Stream<Path> paths = Files.walk(tree)) {
        for (Path path : paths.toList()) {
          String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
          String expected = Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--";
          if (!mode.equals(expected)) {
            problems.add(mode + " " + path);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theZipHoldsTheFolderWithFixedModesAndTheBuildsTimestamp() throws IOException {
    Map<String, byte[]> folder = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(bundle.folder())) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        folder.put(
            bundle.folder().relativize(path).toString().replace('\\', '/'),
            Files.readAllBytes(path));
      }
    }
    String top = bundle.folder().getFileName() + "/";
    Map<String, byte[]> zipped = new TreeMap<>();
    List<String> names = new ArrayList<>();
    try (ZipFile zip = ZipFile.builder().setPath(bundle.zip()).get()) {
      for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
        names.add(entry.getName());
        assertTrue(entry.getName().startsWith(top), entry.getName());
        assertEquals(entry.isDirectory() ? 040755 : 0100644, entry.getUnixMode(), entry.getName());
        assertEquals(
            LocalDateTime.ofInstant(
                java.time.Instant.parse(System.getProperty("project.build.outputTimestamp")),
                java.time.ZoneOffset.UTC),
            LocalDateTime.ofInstant(
                entry.getLastModifiedDate().toInstant(), java.time.ZoneId.systemDefault()),
            entry.getName());
        if (!entry.isDirectory()) {
          zipped.put(
              entry.getName().substring(top.length()), zip.getInputStream(entry).readAllBytes());
        }
      }
    }
    assertEquals(names.stream().sorted().toList(), names, "entries are not in path order");
    assertEquals(folder.keySet(), zipped.keySet());
    folder.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, zipped.get(name))));
  }

  @Test
  void sha256sumsListsEveryOtherFileWithItsDigest() throws Exception {
    List<String> lines = Files.readAllLines(bundle.folder().resolve("SHA256SUMS"));
    List<String> expected = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(bundle.folder())) {
      for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
        String name = bundle.folder().relativize(path).toString();
        if (!name.equals("SHA256SUMS")) {
          byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
          expected.add(HexFormat.of().formatHex(digest) + "  " + name);
        }
      }
    }
    assertEquals(
        expected.stream().sorted((a, b) -> a.substring(66).compareTo(b.substring(66))).toList(),
        lines);
  }

  @Test
  void theBundleCarriesEachLocalesBookAndPdfNamedBySeriesArticleAndLocaleAndTheLicences() {
    for (String lang : bundle.locales()) {
      assertTrue(Files.isRegularFile(bundle.folder().resolve(lang + "/index.html")), lang);
      assertTrue(
          Files.isRegularFile(bundle.folder().resolve("aws-network-article-0003-" + lang + ".pdf")),
          lang);
      assertTrue(
          Files.isRegularFile(bundle.folder().resolve("licences/content-" + lang + ".txt")), lang);
    }
    assertTrue(Files.isRegularFile(bundle.folder().resolve("licences/OFL.txt")));
  }

  /**
   * Each translation's parallel edition is in the bundle, page and PDF, and on the landing page:
   * the two languages each named in itself, the two titles each in its language, its PDF.
   */
  @Test
  void theBundleCarriesAParallelEditionOfEachTranslationAndTheLandingPageOffersIt()
      throws IOException {
    Document landing = Jsoup.parse(bundle.folder().resolve("index.html").toFile(), "UTF-8");
    for (String pair : bundle.parallelEditions()) {
      assertTrue(Files.isRegularFile(bundle.folder().resolve(pair + "/index.html")), pair);
      String pdf = "aws-network-article-0003-" + pair + ".pdf";
      assertTrue(Files.isRegularFile(bundle.folder().resolve(pdf)), pdf);
      Element entry = landing.selectFirst("ul.parallel > li:has(a[href=" + pair + "/index.html])");
      assertNotNull(entry, pair + ": not on the landing page");
      assertNotNull(entry.selectFirst("a[href=" + pdf + "][type=application/pdf]"), pair);
      String[] langs = pair.split("-", 2);
      for (String lang : langs) {
        assertNotNull(entry.selectFirst("h2 span[lang=" + lang + "]"), pair + ": " + lang);
        assertNotNull(entry.selectFirst(".book-title span[lang=" + lang + "]"), pair + ": " + lang);
      }
      Document page = Jsoup.parse(bundle.folder().resolve(pair + "/index.html").toFile(), "UTF-8");
      assertEquals(langs[0], page.selectFirst("html").attr("lang"));
    }
  }

  @Test
  void eachColophonAsTextStatesTheTermsAndTheDatesAndEndsNoSentenceOnAColon() throws IOException {
    for (String lang : bundle.locales()) {
      String text = Files.readString(bundle.folder().resolve("licences/content-" + lang + ".txt"));
      assertTrue(text.contains("CC BY 4.0"), lang + ": no terms for the editors' additions");
      assertTrue(
          text.contains("https://creativecommons.org/licenses/by/4.0/"), lang + ": no address");
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.endsWith(":") || line.endsWith("：")) {
          int next = i + 1;
          while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
          }
          assertTrue(
              next < lines.size() && lines.get(next).startsWith("* "),
              lang + ": \"" + line + "\" is followed by no list");
        }
      }
    }
    assertTrue(
        Files.readString(bundle.folder().resolve("licences/content-en.txt"))
            .contains("Sources checked: December 7, 2026"));
  }

  @Test
  void theLandingPageOffersEachLocaleInItsOwnLanguageWithTheBooksDescription() throws IOException {
    Document landing = Jsoup.parse(bundle.folder().resolve("index.html").toFile(), "UTF-8");
    for (String lang : bundle.locales()) {
      Element entry = landing.selectFirst("ul.editions > li[lang=" + lang + "]");
      assertNotNull(entry, lang);
      ULocale locale = ULocale.forLanguageTag(lang);
      String nativeName =
          LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_STANDALONE)
              .localeDisplayName(locale);
      assertEquals(nativeName, entry.selectFirst("h2").text());
      Document book = Jsoup.parse(bundle.folder().resolve(lang + "/index.html").toFile(), "UTF-8");
      assertEquals(
          book.selectFirst("meta[name=description]").attr("content"),
          entry.selectFirst("p.description").text());
      assertNotNull(entry.selectFirst("a[href=" + lang + "/index.html]"), lang);
      Element pdf = entry.selectFirst("a[type=application/pdf]");
      assertTrue(Files.isRegularFile(bundle.folder().resolve(pdf.attr("href"))), pdf.toString());
    }
  }

  @Test
  void everyPageNamesEveryLocaleAndTheLandingPageAndCarriesOpenGraph() throws IOException {
    for (Path page : bundle.pages()) {
      Document html = Jsoup.parse(page.toFile(), "UTF-8");
      String where = bundle.folder().relativize(page).toString();
      for (String lang : bundle.locales()) {
        Element alternate = html.selectFirst("link[rel=alternate][hreflang=" + lang + "]");
        assertNotNull(alternate, where + ": no alternate for " + lang);
        assertTrue(Files.isRegularFile(page.resolveSibling(alternate.attr("href"))), where);
      }
      Element fallback = html.selectFirst("link[rel=alternate][hreflang=x-default]");
      assertNotNull(fallback, where + ": no x-default");
      assertEquals(
          bundle.folder().resolve("index.html"),
          page.resolveSibling(fallback.attr("href")).normalize(),
          where);
      assertTrue(!html.title().isBlank(), where);
      assertTrue(!html.select("meta[name=description]").attr("content").isBlank(), where);
      for (String property : List.of("og:title", "og:description", "og:locale")) {
        assertTrue(
            !html.select("meta[property=" + property + "]").attr("content").isBlank(),
            where + ": no " + property);
      }
      assertTrue(
          html.selectFirst("meta[http-equiv=Content-Security-Policy]")
              .attr("content")
              .contains("script-src 'none'"),
          where);
    }
  }

  @Test
  void everyLinkOfEveryPageLeadsToAFileOfTheBundleWhereverTheBundleIsUnpacked() throws IOException {
    // The language switcher and the landing page link by relative paths: the bundle's own
    // folders (ja/, en/ …) are the layout a reader gets, so each target must be in it.
    Path root = bundle.folder().toRealPath();
    for (Path page : bundle.pages()) {
      Document html = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element link : html.select("a[href], link[href], img[src], script[src]")) {
        String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        if (target.startsWith("#") || target.matches("^[a-z][a-z0-9+.-]*:.*")) {
          continue;
        }
        Path file = page.resolveSibling(target.replaceFirst("[#?].*$", "")).normalize();
        String where = bundle.folder().relativize(page) + ": " + link.outerHtml();
        assertTrue(Files.isRegularFile(file), where + " leads to no file");
        assertTrue(file.toRealPath().startsWith(root), where + " leads out of the bundle");
      }
    }
  }
}
