package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.pipeline.BookStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a careless or malicious locale folder can put in front of the build, and what the build does
 * with it: a clear error naming the file and line, or a correct book; never a crash, a hang, a
 * published half-book or a changed source.
 */
@ExtendWith(BuildInProcess.Shared.class)
class HostileInputIT {

  private final BuildInProcess inProcess;

  HostileInputIT(BuildInProcess inProcess) {
    this.inProcess = inProcess;
  }

  private static final String JA_CHAPTER =
      "content-ja/src/docs/asciidoc/chapters/_article-0003.adoc";
  private static final String EN_CHAPTER =
      "content-en/src/docs/asciidoc/chapters/_article-0003.adoc";
  private static final String JA_HUGE = "content-ja/src/docs/asciidoc/chapters/_huge.adoc";
  private static final String EN_PARTIAL = "content-en/src/docs/asciidoc/chapters/_latin1.adoc";
  private static final String JA_LONG_LINE =
      "content-ja/src/docs/asciidoc/chapters/_long-line.adoc";

  /** A sentence with two deprecated terms, repeated into one line of 1.5 MB. */
  private static final String LONG_LINE_SENTENCE =
      "Traffic leaves through the Nat Gateway over a leased line. ";

  /** A refusal happens before conversion: seconds, not minutes, whatever the input's size. */
  private static final Duration QUICK_REFUSAL = Duration.ofMinutes(2);

  /**
   * One build of both locales in the tests' JVM, through the steps the Maven goal runs (each locale
   * built even when the other fails) with every kind of hostile input planted at once. In the
   * source (ja): a list nested a thousand levels deep, a 20 MiB chapter, a line of 1.5 MB (a file
   * beyond bounds stops the parse of its locale's book, so these go to the source, and the
   * translation's includes are still followed), and in the shared images an SVG with a DOCTYPE. In
   * the translation (en), which adds no section (so that the structure and terminology checks do
   * not stop it first): includes of a file outside the repository (absolute and climbing out), a
   * partial with invalid UTF-8, a link to that file included from the chapter, a link in the shared
   * images to it, a figure's target climbing out of the repository, an inline absolute image, a
   * missing image, a Trojan Source override and a hidden tag character, an image of 30,000 × 30,000
   * pixels; in the shared figures, a drawing with references outside itself and an event attribute;
   * and a link to a shared partial inside the repository, which is fine. The source check refuses
   * each at its place, quickly, before conversion; nothing is published, the last good books stay,
   * nothing outside the repository leaks into the outputs.
   *
   * <p>What each check finds is tested in book-tools (InputLimitsTest, CheckSourcesTest,
   * SafeXmlTest, InvisibleCharactersTest, ImageTargetsTest, FrameIdsTest, ImageDimensionsTest,
   * SvgReferencesTest); this build proves that the check is the first step of every locale's build
   * and that its errors stop it there (that a step's errors fail the Maven build, naming their
   * place, and keep the last good books is TranslationWorkflowIT's release build).
   */
  @Test
  void hostileInputIsRefusedAtItsPlaceBeforeConversionInEveryLocale(@TempDir Path folder)
      throws IOException {
    TempBuild build = TempBuild.copyOfProject(folder);
    Path secret =
        Files.writeString(
            Files.createTempFile("outside-the-project", ".txt"), "TOP-SECRET-OUTSIDE-THE-PROJECT");
    try {
      int deepList = plantADeepListAndAHugeChapterInTheSource(build);
      build.write(
          "assets/images/planted.svg",
          "<?xml version=\"1.0\"?>\n"
              + "<!DOCTYPE svg [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>\n<svg>&s;</svg>\n");
      build.write(
          "assets/figures/fig-planted.svg",
          "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <image href=\"/etc/hostname\"/>\n"
              + "  <image href=\"../../../outside.png\" onload=\"alert(1)\"/>\n</svg>\n");
      build.write("assets/images/bomb.png", pngHeader(30_000, 30_000));
      Planted en = plantInTheTranslation(build, secret);
      ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
      latin1.writeBytes("A partial.\nCaf".getBytes(StandardCharsets.UTF_8));
      latin1.write(0xe9);
      latin1.writeBytes(" (Latin-1)\n".getBytes(StandardCharsets.UTF_8));
      build.write(EN_PARTIAL, latin1.toByteArray());
      int sentences = 1_500_000 / LONG_LINE_SENTENCE.length();
      build.write(JA_LONG_LINE, "A long line.\n\n" + LONG_LINE_SENTENCE.repeat(sentences) + "\n");
      List<String> published = build.plantLastGoodBooks(List.of("ja", "en"));

      BuildInProcess.Result result =
          inProcess.build(build, List.of("ja", "en"), BuildInProcess.Switches.none());

      assertRefused(
          result, JA_CHAPTER + ":" + (deepList + 8) + ":1: error: a list nested 9 levels deep");
      assertLogged(result, JA_HUGE + ":1:1: error: the file is 20.0 MiB, more than the 2 MiB");
      assertLogged(result, "assets/images/planted.svg:2:");
      assertLogged(result, "a DOCTYPE declaration is not allowed");
      assertLogged(result, EN_PARTIAL + ":2:4: error: invalid UTF-8 (byte 0xE9)");
      assertLogged(
          result,
          JA_LONG_LINE
              + ":3:10001: error: a line of "
              + String.format(java.util.Locale.ROOT, "%,d", sentences * LONG_LINE_SENTENCE.length())
              + " characters, more than the 10,000 a line may have");
      // The line is shown as a window around the column, never whole.
      assertFalse(result.log().contains(LONG_LINE_SENTENCE.repeat(3)), "the long line printed");
      assertLogged(
          result,
          EN_CHAPTER
              + ":"
              + en.systemInclude()
              + ":1: error: the include target "
              + secret.toAbsolutePath()
              + " is outside the repository");
      assertLogged(
          result,
          EN_CHAPTER.replace("_article-0003.adoc", "_notes.adoc")
              + ":1:1: error: a symbolic link to "
              + secret.toRealPath()
              + ", outside the repository");
      assertLogged(
          result, "assets/images/secret.png:1:1: error: a symbolic link to " + secret.toRealPath());
      assertLogged(
          result,
          EN_CHAPTER
              + ":"
              + en.figure()
              + ":1: error: an image target that resolves outside the images");
      int first = en.invisible();
      assertLogged(
          result,
          EN_CHAPTER
              + ":"
              + first
              + ":11: error: an invisible bidirectional control, U+202E RIGHT-TO-LEFT OVERRIDE");
      assertLogged(result, EN_CHAPTER + ":" + first + ":20: error: an invisible bidirectional");
      assertLogged(
          result,
          EN_CHAPTER + ":" + (first + 2) + ":5: error: an image target that is an absolute");
      assertLogged(
          result,
          EN_CHAPTER + ":" + (first + 2) + ":58: error: an invisible tag character, U+E0041 TAG");
      assertLogged(
          result, EN_CHAPTER + ":" + (first + 4) + ":1: error: an image that does not exist");
      assertLogged(
          result,
          EN_CHAPTER
              + ":"
              + (first + 10)
              + ":1: error: the image bomb.png is 30,000 × 30,000 pixels");
      assertLogged(
          result,
          "assets/figures/fig-planted.svg:2:10: error: href=\"/etc/hostname\" of <image> refers"
              + " outside the drawing");
      assertLogged(result, "assets/figures/fig-planted.svg:3:38: error: the event attribute");
      assertFalse(result.log().contains("_shared.adoc:"), "the link inside was refused");
      for (String output : published) {
        assertEquals("the last good " + output, build.read(output), output + " was replaced");
      }
      for (String lang : List.of("ja", "en")) {
        assertEquals(Optional.of(BookStep.CHECK_SOURCES), result.stoppedAt(lang), lang);
        Path target = build.resolve("content-" + lang + "/target");
        assertEquals(List.of(), filesHolding(target, "TOP-SECRET"), "leaked");
        assertFalse(
            Files.exists(target.resolve("staging/html/index.html")), "converted in " + lang);
      }
    } finally {
      Files.deleteIfExists(secret);
    }
  }

  /** The deep list's first line: a thousand levels after the chapter, and a 20 MiB partial. */
  private static int plantADeepListAndAHugeChapterInTheSource(TempBuild build) {
    String chapter = build.read(JA_CHAPTER);
    int first = (int) chapter.lines().count() + 2;
    StringBuilder list = new StringBuilder(chapter).append('\n');
    for (int level = 1; level <= 1000; level++) {
      list.append("*".repeat(level)).append(" 階層").append(level).append('\n');
    }
    build.write(JA_CHAPTER, list.toString());
    String paragraph = "S3とDynamoDBはパブリックネットワーク上にあります。".repeat(20) + "\n\n";
    int copies = 20 * 1024 * 1024 / paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
    build.write(JA_HUGE, paragraph.repeat(copies));
    return first;
  }

  /** The lines of what was planted in the translation's chapter. */
  private record Planted(int figure, int systemInclude, int invisible) {}

  private static Planted plantInTheTranslation(TempBuild build, Path secret) throws IOException {
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
    int systemInclude = lines.size() + 2;
    lines.addAll(
        List.of(
            "",
            "include::" + secret.toAbsolutePath() + "[]",
            "",
            "include::../../../../../../../../../../.." + secret.toAbsolutePath() + "[]"));
    int invisible = lines.size() + 2;
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
            "include::_notes.adoc[]",
            "",
            "image::bomb.png[A bomb]"));
    build.write(EN_CHAPTER, String.join("\n", lines) + "\n");
    Path chapters = build.resolve(EN_CHAPTER).getParent();
    Files.createSymbolicLink(chapters.resolve("_notes.adoc"), secret);
    build.write("content-ja/src/docs/asciidoc/chapters/_shared.adoc", "A shared partial.\n");
    Files.createSymbolicLink(
        chapters.resolve("_shared.adoc"),
        Path.of("../../../../../content-ja/src/docs/asciidoc/chapters/_shared.adoc"));
    Files.createSymbolicLink(build.resolve("assets/images/secret.png"), secret);
    return new Planted(figure, systemInclude, invisible);
  }

  /**
   * The signature and header of a PNG of {@code width} × {@code height} pixels and no pixel data:
   * the source check reads no further than the header, so this is all it needs to refuse the size.
   */
  private static byte[] pngHeader(int width, int height) {
    java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 25 + 12);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    byte[] ihdr =
        java.nio.ByteBuffer.allocate(17)
            .put("IHDR".getBytes(StandardCharsets.US_ASCII))
            .putInt(width)
            .putInt(height)
            .put(new byte[] {8, 0, 0, 0, 0})
            .array();
    png.putInt(13).put(ihdr).putInt(crc(ihdr));
    byte[] iend = "IEND".getBytes(StandardCharsets.US_ASCII);
    png.putInt(0).put(iend).putInt(crc(iend));
    return png.array();
  }

  private static int crc(byte[] bytes) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes);
    return (int) crc.getValue();
  }

  private static int indexOfLineStarting(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }

  private static void assertLogged(BuildInProcess.Result result, String message) {
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

  private static void assertRefused(BuildInProcess.Result result, String message) {
    assertTrue(result.failed(), "the build succeeded:\n" + result.log());
    assertTrue(result.log().contains(message), "no \"" + message + "\" in:\n" + result.log());
    assertTrue(result.elapsed().compareTo(QUICK_REFUSAL) < 0, "took " + result.elapsed());
    assertFalse(
        result.log().contains("OutOfMemoryError") || result.log().contains("StackOverflow"),
        result.log());
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
