package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a careless or malicious locale folder can put in front of the build, and what the build does
 * with it: a clear error naming the file and line, or a correct book; never a crash, a hang, a
 * published half-book or a changed source.
 */
class HostileInputIT {

  private static final String JA_CHAPTER =
      "content-ja/src/docs/asciidoc/chapters/_article-0003.adoc";
  private static final String EN_CHAPTER =
      "content-en/src/docs/asciidoc/chapters/_article-0003.adoc";

  /** A refusal happens before conversion: seconds, not minutes, whatever the input's size. */
  private static final Duration QUICK_REFUSAL = Duration.ofMinutes(2);

  @Test
  void invalidUtf8IsRefusedNamingItsLineAndColumn(@TempDir Path folder) {
    TempBuild build = TempBuild.copyOfProject(folder);
    String chapter = build.read(EN_CHAPTER);
    int line = (int) chapter.lines().count() + 1;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((chapter + "Caf").getBytes(StandardCharsets.UTF_8));
    bytes.write(0xe9);
    bytes.writeBytes(" (Latin-1)\n".getBytes(StandardCharsets.UTF_8));
    build.write(EN_CHAPTER, bytes.toByteArray());

    TempBuild.Result result = build.packageLocale("en");

    assertRefused(result, EN_CHAPTER + ":" + line + ":4: error: invalid UTF-8 (byte 0xE9)");
  }

  @Test
  void aByteOrderMarkCrlfLineEndsAndTabsGiveTheSameBook(@TempDir Path folder) {
    TempBuild build = TempBuild.copyOfProject(folder);
    String chapter = build.read(JA_CHAPTER);
    build.write(JA_CHAPTER, "\uFEFF" + chapter.replace("\n\n", "\n\t\n").replace("\n", "\r\n"));

    TempBuild.Result result = build.packageLocale("ja");

    assertFalse(result.failed(), "the build failed:\n" + result.log());
    String page = Jsoup.parse(build.read("content-ja/target/html/ja/index.html")).text();
    assertFalse(page.contains("\uFEFF"), "the byte-order mark reached the page");
    for (Phrases phrase : Phrases.ofArticle0003()) {
      assertTrue(
          PdfText.unwrapped(page).contains(PdfText.unwrapped(phrase.ja())),
          "missing from the page: " + phrase.ja());
    }
  }

  @Test
  void aListNestedAThousandLevelsDeepIsRefusedAtItsLine(@TempDir Path folder) {
    TempBuild build = TempBuild.copyOfProject(folder);
    String chapter = build.read(JA_CHAPTER);
    int first = (int) chapter.lines().count() + 2;
    StringBuilder list = new StringBuilder(chapter).append('\n');
    for (int level = 1; level <= 1000; level++) {
      list.append("*".repeat(level)).append(" 階層").append(level).append('\n');
    }
    build.write(JA_CHAPTER, list.toString());

    TempBuild.Result result = build.packageLocale("ja");

    assertRefused(
        result, JA_CHAPTER + ":" + (first + 8) + ":1: error: a list nested 9 levels deep");
  }

  @Test
  void aTwentyMegabyteChapterIsRefusedWithoutBeingConverted(@TempDir Path folder) {
    TempBuild build = TempBuild.copyOfProject(folder);
    String paragraph = "S3とDynamoDBはパブリックネットワーク上にあります。".repeat(20) + "\n\n";
    int copies = 20 * 1024 * 1024 / paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
    build.write(JA_CHAPTER, build.read(JA_CHAPTER) + paragraph.repeat(copies));

    TempBuild.Result result = build.packageLocale("ja");

    assertRefused(result, JA_CHAPTER + ":1:1: error: the file is 20.0 MiB, more than the 2 MiB");
  }

  @Test
  void aTranslationCannotAddRawHtmlItsSourceDoesNotHave(@TempDir Path folder) {
    TempBuild build = TempBuild.copyOfProject(folder);
    String chapter = build.read(EN_CHAPTER);
    int line = (int) chapter.lines().count() + 2;
    build.write(
        EN_CHAPTER,
        chapter
            + "\nRead pass:[<img src=x onerror=\"fetch('//evil')\">] now.\n"
            + "\n++++\n<script>alert(document.cookie)</script>\n++++\n");

    TempBuild.Result result = build.packageLocale("en");

    assertRefused(
        result,
        EN_CHAPTER
            + ":"
            + line
            + ":6: error: an inline passthrough pass:[] that"
            + " the source (content-ja) does not have");
    assertTrue(
        result
            .log()
            .contains(EN_CHAPTER + ":" + (line + 2) + ":1: error: a passthrough" + " block (++++)"),
        result.log());
  }

  @Test
  void anSvgWithADoctypeIsRefusedBeforeAnyToolReadsIt(@TempDir Path folder) {
    TempBuild build = TempBuild.copyOfProject(folder);
    build.write(
        "assets/images/planted.svg",
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE svg [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>\n<svg>&s;</svg>\n");

    TempBuild.Result result = build.packageLocale("ja");

    assertRefused(result, "assets/images/planted.svg:2:");
    assertTrue(result.log().contains("a DOCTYPE declaration is not allowed"), result.log());
  }

  @Test
  void aFailedBuildLeavesTheLastGoodBookAndTheSourcesAsTheyWere(@TempDir Path folder) {
    TempBuild build = TempBuild.copyOfProject(folder);
    Map<String, String> sourcesBefore = fingerprints(build.root());
    TempBuild.Result good = build.packageLocale("en");
    assertFalse(good.failed(), good.log());
    String pdf = "content-en/target/pdf/aws-network-en.pdf";
    String page = "content-en/target/html/en/index.html";
    byte[] goodPdf = bytes(build.resolve(pdf));
    byte[] goodPage = bytes(build.resolve(page));

    build.write(EN_CHAPTER, build.read(EN_CHAPTER) + "\n<<no-such-section>>\n");
    TempBuild.Result broken = build.packageLocale("en");

    assertTrue(broken.failed(), "the broken build succeeded");
    assertArrayEquals(goodPdf, bytes(build.resolve(pdf)), "the last good PDF was replaced");
    assertArrayEquals(goodPage, bytes(build.resolve(page)), "the last good page was replaced");
    assertEquals(
        Map.of(),
        leftovers(build.resolve("content-en/target")),
        "temporary files were left beside the published books");
    Map<String, String> sourcesAfter = fingerprints(build.root());
    sourcesAfter.remove(EN_CHAPTER);
    sourcesBefore.remove(EN_CHAPTER);
    assertEquals(sourcesBefore, sourcesAfter, "the build changed files under src/");
  }

  /**
   * Round two, planted at once in a translation that adds no section (so that the structure and
   * terminology checks do not stop it first): a link to /etc/passwd included from the chapter, a
   * link in the shared images to it, a figure's target climbing out of the repository, an inline
   * absolute image, a missing image, a Trojan Source override and a hidden tag character; and a
   * link to a shared partial inside the repository, which is fine. Each is refused at its place
   * before conversion; nothing is published and the last good book stays.
   */
  @Test
  void linksOutOfTheRepositoryOutsideImagesAndInvisibleCharactersAreRefusedAtTheirPlaces(
      @TempDir Path folder) throws IOException {
    Path passwd = Path.of("/etc/passwd");
    assumeTrue(Files.isReadable(passwd), "needs a machine with /etc/passwd");
    TempBuild build = TempBuild.copyOfProject(folder);
    String chapter = build.read(EN_CHAPTER);
    List<String> lines = new ArrayList<>(chapter.lines().toList());
    int figure = indexOfLineStarting(lines, "image::fig-peering.svg[") + 1;
    lines.set(
        figure - 1,
        lines
            .get(figure - 1)
            .replace(
                "image::fig-peering.svg[",
                "image::../../../../../../../../usr/share/pixmaps/debian-logo.png["));
    int first = lines.size() + 2;
    lines.addAll(
        List.of(
            "",
            "Read this \u202E slowly \u202C, please.",
            "",
            "See image:/usr/share/pixmaps/debian-logo.png[] and hidden\uDB40\uDC41\uDB40\uDC42"
                + " text.",
            "",
            "image::no-such-figure.svg[]",
            "",
            "include::_shared.adoc[]",
            "",
            "include::_notes.adoc[]"));
    build.write(EN_CHAPTER, String.join("\n", lines) + "\n");
    Path chapters = build.resolve(EN_CHAPTER).getParent();
    Files.createSymbolicLink(chapters.resolve("_notes.adoc"), passwd);
    build.write("content-ja/src/docs/asciidoc/chapters/_shared.adoc", "A shared partial.\n");
    Files.createSymbolicLink(
        chapters.resolve("_shared.adoc"),
        Path.of("../../../../../content-ja/src/docs/asciidoc/chapters/_shared.adoc"));
    Files.createSymbolicLink(build.resolve("assets/images/passwd.png"), passwd);
    String page = "content-en/target/html/en/index.html";
    String pdf = "content-en/target/pdf/aws-network-en.pdf";
    Files.createDirectories(build.resolve(page).getParent());
    Files.createDirectories(build.resolve(pdf).getParent());
    build.write(page, "the last good page");
    build.write(pdf, "the last good PDF");

    TempBuild.Result result = build.packageLocale("en");

    assertRefused(
        result,
        EN_CHAPTER.replace("_article-0003.adoc", "_notes.adoc")
            + ":1:1: error: a symbolic link to /etc/passwd, outside the repository");
    assertLogged(result, "assets/images/passwd.png:1:1: error: a symbolic link to /etc/passwd");
    assertLogged(
        result,
        EN_CHAPTER + ":" + figure + ":1: error: an image target that resolves outside the images");
    assertLogged(
        result,
        EN_CHAPTER
            + ":"
            + first
            + ":11: error: an invisible bidirectional control, U+202E RIGHT-TO-LEFT OVERRIDE");
    assertLogged(result, EN_CHAPTER + ":" + first + ":20: error: an invisible bidirectional");
    assertLogged(
        result, EN_CHAPTER + ":" + (first + 2) + ":5: error: an image target that is an absolute");
    assertLogged(
        result,
        EN_CHAPTER + ":" + (first + 2) + ":58: error: an invisible tag character, U+E0041 TAG");
    assertLogged(
        result, EN_CHAPTER + ":" + (first + 4) + ":1: error: an image that does not exist");
    assertFalse(result.log().contains("_shared.adoc:"), "the link inside was refused");
    assertEquals("the last good page", build.read(page), "the last good page was replaced");
    assertEquals("the last good PDF", build.read(pdf), "the last good PDF was replaced");
    assertEquals(
        List.of(), filesHolding(build.resolve("content-en/target"), "root:x:0:0:"), "leaked");
  }

  private static int indexOfLineStarting(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }

  private static void assertLogged(TempBuild.Result result, String message) {
    assertTrue(result.log().contains(message), "no \"" + message + "\" in:\n" + result.log());
  }

  /** Files under {@code dir} (links not followed) whose bytes hold {@code text}. */
  private static List<String> filesHolding(Path dir, String text) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
          .filter(file -> indexOf(bytes(file), needle) >= 0)
          .map(Path::toString)
          .toList();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void assertRefused(TempBuild.Result result, String message) {
    assertTrue(result.failed(), "the build succeeded:\n" + result.log());
    assertTrue(result.log().contains(message), "no \"" + message + "\" in:\n" + result.log());
    assertTrue(result.elapsed().compareTo(QUICK_REFUSAL) < 0, "took " + result.elapsed());
    assertFalse(
        result.log().contains("OutOfMemoryError") || result.log().contains("StackOverflow"),
        result.log());
  }

  /** SHA-256 of every file under a src folder of the project, by path. */
  private static Map<String, String> fingerprints(Path root) {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .filter(file -> root.relativize(file).toString().contains("/src/"))
          .forEach(file -> sums.put(root.relativize(file).toString(), sha256(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sums;
  }

  /** Files in the published folders that are not finished books: temporary or partial. */
  private static Map<String, Long> leftovers(Path target) {
    Map<String, Long> found = new TreeMap<>();
    for (String published : new String[] {"html", "pdf"}) {
      try (Stream<Path> files = Files.walk(target.resolve(published))) {
        files
            .filter(Files::isRegularFile)
            .filter(
                file ->
                    file.getFileName().toString().endsWith(".tmp")
                        || file.getFileName().toString().startsWith("."))
            .forEach(file -> found.put(target.relativize(file).toString(), file.toFile().length()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
