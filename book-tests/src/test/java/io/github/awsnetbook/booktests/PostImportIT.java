package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.BookAsciidoctor;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.importing.PostImport;
import io.github.awsnetbook.tools.translation.TranslationCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * book:import on the real article: the author's post (content-ja/src/posts/, a copy of the post the
 * chapter was converted from by hand) imported over the chapter changes nothing; an edited copy
 * changes the chapter exactly where the post changed, keeps every editors' note, and makes the
 * English sections that cover the changes stale through the translation check's fingerprints. (That
 * the goal, bound to process-classes with {@code -Dpost}, imports a new post into a chapter that
 * both books and the bundle then carry is proved by TranslationWorkflowIT's Maven builds.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostImportIT {

  private static final Path ROOT = Book.root();
  private static final String POST = "content-ja/src/posts/2025-10-13-article0003.md";
  private static final String CHAPTERS = "content-ja/src/docs/asciidoc/chapters";

  /** One Asciidoctor for the class: the import reads the chapter, the check the books. */
  private final SourceModels models = new SourceModels(BookAsciidoctor.create());

  private static final String CHAPTER = CHAPTERS + "/_article-0003.adoc";

  private static final String SENTENCE = "答えは、パブリックネットワークです！";
  private static final String SENTENCE_EDITED = "答えは、AWSの共有ネットワークです！";
  private static final String AFTER = "そしたら、Transit Gatewayが登場しました。";
  private static final String ADDED = "Peeringの数が増えると、管理が大変になります。";
  private static final String ITEM_POST =
      " ⑶ PaaSサービスはVPC内に存在しないため、デフォルトではPublic Endpoint経由でアクセスします。"
          + "（EC2　→　NATGW　→　IGW　→　S3パブリックエンドポイント）\n\n"
          + "　   しかし、通信自体はAWSの内部ネットワークを通っており、安全で隔離されています。\n\n";
  private static final String ITEM_CHAPTER =
      "\n. PaaSサービスはVPC内に存在しないため、デフォルトではPublic Endpoint経由でアクセスします。"
          + "（EC2　→　NATGW　→　IGW　→　S3パブリックエンドポイント）\n+\n"
          + "しかし、通信自体はAWSの内部ネットワークを通っており、安全で隔離されています。\n";

  @Test
  void importingTheRealPostOverTheChapterChangesNothingAndReportsNothing(@TempDir Path folder)
      throws IOException {
    Path chapters = Files.createDirectories(folder.resolve("chapters"));
    Files.copy(ROOT.resolve(CHAPTER), chapters.resolve("_article-0003.adoc"));

    PostImport.Result result = importInto(folder, ROOT.resolve(POST), chapters);

    assertEquals(List.of(), result.diagnostics());
    assertFalse(result.written());
    assertEquals(
        Files.readString(ROOT.resolve(CHAPTER)),
        Files.readString(chapters.resolve("_article-0003.adoc")));
  }

  @Test
  void anEditedPostChangesTheChapterThereKeepsTheEditorsNotesAndMakesTheEnglishSectionsStale(
      @TempDir Path folder) throws IOException {
    copyTree(ROOT.resolve("content-ja/src"), folder.resolve("content-ja/src"));
    copyTree(ROOT.resolve("content-en/src"), folder.resolve("content-en/src"));
    String post = Files.readString(ROOT.resolve(POST));
    assertTrue(post.contains(SENTENCE) && post.contains(AFTER) && post.contains(ITEM_POST));
    Path edited = folder.resolve("content-ja/src/posts/2025-10-13-article0003.md");
    Files.writeString(
        edited,
        post.replace(SENTENCE, SENTENCE_EDITED)
            .replace(AFTER, AFTER + "\n\n" + ADDED)
            .replace(ITEM_POST, ""));
    String before = Files.readString(ROOT.resolve(CHAPTER));

    PostImport.Result result = importInto(folder, edited, folder.resolve(CHAPTERS));

    assertFalse(result.refused(), result.diagnostics().toString());
    assertTrue(result.written());
    String expected =
        before
            .replace(SENTENCE, SENTENCE_EDITED)
            .replace(AFTER + "\n", AFTER + "\n\n" + ADDED + "\n")
            .replace(ITEM_CHAPTER, "");
    assertEquals(expected, Files.readString(folder.resolve(CHAPTER)));
    assertEquals(
        List.of(
            "section article-0003 changed by the post; its translations are stale until updated",
            "section peering-transit-gateway changed by the post; its translations are stale"
                + " until updated"),
        result.diagnostics().stream()
            .filter(d -> d.rule().orElse("").startsWith("import/section"))
            .map(Diagnostic::message)
            .toList());
    assertEquals(List.of("article-0003", "peering-transit-gateway"), staleEnglishSections(folder));
  }

  /** The sections of the English book the translation check finds stale. */
  private List<String> staleEnglishSections(Path root) {
    List<Diagnostic> problems =
        TranslationCheck.check(
            new TranslationCheck.Request(
                root,
                "en",
                "ja",
                root.resolve("content-en/target/translation"),
                "aws-network-ja.pdf",
                "",
                false),
            line -> {},
            models);
    List<String> stale = new ArrayList<>();
    for (Diagnostic problem : problems) {
      if (problem.rule().orElse("").equals("translation/stale-section")) {
        stale.add(problem.message().replaceFirst("^section \"([^\"]+)\".*$", "$1"));
      }
    }
    return stale;
  }

  /** Imports into a copy ({@code repository}): the real chapter is never written. */
  private PostImport.Result importInto(Path repository, Path post, Path chapters) {
    return PostImport.run(
        new PostImport.Request(repository, post, chapters, ROOT.resolve("assets/images"), true),
        models);
  }

  @AfterAll
  void stopAsciidoctor() {
    models.asciidoctor().shutdown();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(
          file -> {
            try {
              Path copy = to.resolve(from.relativize(file).toString());
              if (Files.isDirectory(file)) {
                Files.createDirectories(copy);
              } else {
                Files.copy(file, copy);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
