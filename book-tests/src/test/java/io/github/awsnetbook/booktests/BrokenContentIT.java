package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.pipeline.BookStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad content fails the build with a message naming the file and line, and loses nothing: the last
 * good book stays, no temporary file is left beside it, no source is changed.
 */
@ExtendWith(BuildInProcess.Shared.class)
class BrokenContentIT {

  private final BuildInProcess inProcess;

  BrokenContentIT(BuildInProcess inProcess) {
    this.inProcess = inProcess;
  }

  private static final String JA_CHAPTER =
      "content-ja/src/docs/asciidoc/chapters/_article-0003.adoc";
  private static final String EN_CHAPTER =
      "content-en/src/docs/asciidoc/chapters/_article-0003.adoc";

  /**
   * One build of both locales in the tests' JVM, through the steps the Maven goal runs, each built
   * even when the other fails. The source (ja), saved with a byte-order mark, CRLF line ends and
   * tabs on its blank lines, gets three things Asciidoctor warns about (a cross reference to a
   * missing ID, a missing attribute, an unterminated block): every check before the conversion
   * passes, the conversion reads the file as without them (every phrase on the page), and its
   * warnings fail the build, each naming its file and line. The translation (en) adds raw HTML its
   * source does not have, and an inline anchor that takes the page frame's ID {@code content}: the
   * source check refuses each at its line and column (the frame's IDs are read from the parsed
   * book, so they are planted here, in a book that parses, not among HostileInputIT's files that
   * stop the parse). Neither replaces the last good book.
   *
   * <p>How raw content is compared with the source is tested in book-tools (RawContentTest); this
   * build proves the conversion's warnings and the source check stop the steps of the real build
   * (that a step's errors fail the Maven build, naming their place, and keep the last good books is
   * TranslationWorkflowIT's release build).
   */
  @Test
  void contentWarningsAndAddedRawHtmlFailTheBuildNamingFileAndLineAndLoseNothing(
      @TempDir Path folder) throws IOException {
    TempBuild build = TempBuild.copyOfProject(folder);
    String ja = build.read(JA_CHAPTER);
    int warned = (int) ja.lines().count() + 2;
    String planted =
        ja + "\n<<no-such-section>> を参照。\n\n{no-such-attribute} の値。\n\n====\n閉じていない例のブロック\n";
    build.write(JA_CHAPTER, "\uFEFF" + planted.replace("\n\n", "\n\t\n").replace("\n", "\r\n"));
    String en = build.read(EN_CHAPTER);
    int raw = (int) en.lines().count() + 2;
    build.write(
        EN_CHAPTER,
        en
            + "\nRead pass:[<img src=x onerror=\"fetch('//evil')\">] now.\n"
            + "\n++++\n<script>alert(document.cookie)</script>\n++++\n"
            + "\nThe VPC [[content]]joins subnets.\n");
    List<String> published = build.plantLastGoodBooks(List.of("ja", "en"));
    Map<String, String> sourcesBefore = fingerprints(build.root());

    BuildInProcess.Result result =
        inProcess.build(build, List.of("ja", "en"), BuildInProcess.Switches.none());

    assertTrue(result.failed(), "the build succeeded:\n" + result.log());
    assertEquals(Optional.of(BookStep.CONVERT), result.stoppedAt("ja"), result.log());
    assertEquals(Optional.of(BookStep.CHECK_SOURCES), result.stoppedAt("en"), result.log());
    assertWarnedAt(result, warned, "cross reference to a missing ID: no-such-section");
    assertWarnedAt(result, warned + 2, "reference to a missing attribute: {no-such-attribute}");
    assertWarnedAt(result, warned + 4, "unterminated example block");
    assertLogged(
        result,
        EN_CHAPTER
            + ":"
            + raw
            + ":6: error: an inline passthrough pass:[] that"
            + " the source (content-ja) does not have");
    assertLogged(result, EN_CHAPTER + ":" + (raw + 2) + ":1: error: a passthrough block (++++)");
    assertLogged(
        result,
        EN_CHAPTER
            + ":"
            + (raw + 6)
            + ":11: error: the ID \"content\" is taken by the page itself");
    for (String output : published) {
      assertEquals("the last good " + output, build.read(output), output + " was replaced");
    }
    for (String lang : List.of("ja", "en")) {
      assertEquals(
          Map.of(),
          leftovers(build.resolve("content-" + lang + "/target")),
          "temporary files were left beside the published books");
    }
    assertEquals(sourcesBefore, fingerprints(build.root()), "the build changed files under src/");
    theSourceWithAByteOrderMarkCrlfAndTabsIsConvertedAsWithout(build);
  }

  /**
   * The converted page (in staging: the build failed after the conversion, on its warnings) has
   * every phrase of the article and no byte-order mark.
   */
  private static void theSourceWithAByteOrderMarkCrlfAndTabsIsConvertedAsWithout(TempBuild build) {
    String page = Jsoup.parse(build.read("content-ja/target/staging/html/index.html")).text();
    assertFalse(page.contains("\uFEFF"), "the byte-order mark reached the page");
    for (Phrases phrase : Phrases.ofArticle0003()) {
      assertTrue(
          PdfText.unwrapped(page).contains(PdfText.unwrapped(phrase.ja())),
          "missing from the page: " + phrase.ja());
    }
  }

  /**
   * A line of the log names the chapter and the line, in the compiler's format, and the message.
   */
  private static void assertWarnedAt(BuildInProcess.Result result, int line, String message) {
    String place = JA_CHAPTER + ":" + line + ":1: error: ";
    assertTrue(
        result.log().lines().anyMatch(logged -> logged.contains(place) && logged.contains(message)),
        "no \"" + message + "\" at \"" + place + "\" in:\n" + result.log());
  }

  private static void assertLogged(BuildInProcess.Result result, String message) {
    assertTrue(result.log().contains(message), "no \"" + message + "\" in:\n" + result.log());
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
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
