package io.github.awsnetbook.tools.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStampTest {

  @TempDir Path root;
  private Path sources;
  private Path outputs;
  private Path stamp;

  @BeforeEach
  void book() throws IOException {
    sources = Files.createDirectories(root.resolve("content-ja/src/docs/asciidoc"));
    Files.writeString(sources.resolve("index.adoc"), "= 本\n\n本文。\n");
    outputs = Files.createDirectories(root.resolve("content-ja/target/html"));
    Files.writeString(outputs.resolve("index.html"), "<p>本文。</p>");
    stamp = root.resolve("content-ja/target/book.stamp");
  }

  private InputDigest inputs() throws IOException {
    return InputDigest.of(
        root, List.of(root.resolve("content-ja")), Map.of("lang", "ja"), new FileHashes());
  }

  private void recordBuild() throws IOException {
    BuildStamp.of(inputs(), root, List.of(outputs), new FileHashes()).write(stamp);
  }

  private boolean upToDate() throws IOException {
    return BuildStamp.isUpToDate(stamp, inputs(), root, List.of(outputs), new FileHashes());
  }

  @Test
  void aBookIsUpToDateWhenNothingChangedSinceItsBuild() throws IOException {
    recordBuild();

    assertTrue(upToDate());
  }

  @Test
  void withoutAStampTheBookIsBuilt() throws IOException {
    assertFalse(upToDate());
  }

  @Test
  void anEditedSourceMakesTheBookStale() throws IOException {
    recordBuild();
    Files.writeString(sources.resolve("index.adoc"), "= 本\n\n本文を直した。\n");

    assertFalse(upToDate());
  }

  @Test
  void anAddedSourceFileMakesTheBookStale() throws IOException {
    recordBuild();
    Files.writeString(sources.resolve("_new.adoc"), "追加。\n");

    assertFalse(upToDate());
  }

  @Test
  void anOutputChangedOrDeletedByHandMakesTheBookStale() throws IOException {
    recordBuild();
    Files.writeString(outputs.resolve("index.html"), "<p>手で直した。</p>");
    assertFalse(upToDate());

    recordBuild();
    Files.delete(outputs.resolve("index.html"));
    assertFalse(upToDate());
  }

  @Test
  void aChangedSettingMakesTheBookStale() throws IOException {
    recordBuild();

    InputDigest otherLocale =
        InputDigest.of(
            root, List.of(root.resolve("content-ja")), Map.of("lang", "en"), new FileHashes());
    assertFalse(
        BuildStamp.isUpToDate(stamp, otherLocale, root, List.of(outputs), new FileHashes()));
  }

  @Test
  void whatBuildsWriteIsNotAnInput() throws IOException {
    InputDigest before = inputs();
    Files.writeString(outputs.resolve("other.html"), "<p>出力</p>");
    Files.createDirectories(root.resolve("content-ja/.cache"));
    Files.writeString(root.resolve("content-ja/.cache/x"), "editor state");

    assertEquals(before, inputs());
  }

  @Test
  void theDigestNamesFilesByTheirPlaceNotJustTheirBytes() throws IOException {
    InputDigest before = inputs();
    Files.move(sources.resolve("index.adoc"), sources.resolve("book.adoc"));

    assertNotEquals(before, inputs());
  }

  @Test
  void anInvalidatedStampMakesTheNextBuildRun() throws IOException {
    recordBuild();
    BuildStamp.invalidate(stamp);

    assertFalse(upToDate());
  }
}
