package io.github.awsnetbook.tools.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** book:import on small posts of its own: the book's conventions, re-import, refusals. */
class PostImportTest {

  private static final String FRONT =
      "---\nlayout: post\ntitle: \"article0042-小さな記事\"\ndate: 2026-01-05\nauthor: Seal\n---\n\n";

  private static final String SMALL_POST =
      FRONT
          + "# ☁️ article0042　小さな記事\n\n"
          + "はじめに、Amazon　S3の話です。\n行は、つながります。\n\n"
          + "## 表\n\n"
          + "| 名前 | 数 |\n|:---|---:|\n| VPC | 2 |\n| IGW　 | 1 |\n\n"
          + "- 一つめ\n- **二つめ**と`code`\n\n"
          + "![小さな図]( /assets/images/0042-1.png )\n\n"
          + "詳しくは[AWS](https://aws.amazon.com/)を見てください。\n\n"
          + "> 著者の*引用*です。\n\n"
          + "(21) 番号の大きな見出し\n";

  private static final String SMALL_CHAPTER =
      """
      // The author's post as book:import last read it: its front matter.
      :article-0042-post-title: article0042-小さな記事
      :article-0042-post-date: 2026-01-05
      :article-0042-post-author: Seal

      [#article-0042]
      == 小さな記事

      はじめに、Amazon S3の話です。行は、つながります。

      [#article-0042-section-1]
      === 表

      [cols="<1,>1",options="header"]
      |===
      |名前 |数

      |VPC
      |2

      |IGW
      |1
      |===

      * 一つめ
      * **二つめ**と``code``

      // book:import: the post's image /assets/images/0042-1.png
      image::0042-1.png["小さな図"]

      詳しくはlink:https://aws.amazon.com/[AWS]を見てください。

      ____
      著者の__引用__です。
      ____

      [#article-0042-section-2]
      === (21)　番号の大きな見出し
      """;

  @Test
  void aNewPostBecomesAChapterWithTheBooksConventions(@TempDir Path root) throws IOException {
    Book book = new Book(root);

    PostImport.Result result = book.importPost("2026-01-05-article0042.md", SMALL_POST);

    assertTrue(result.written(), result.diagnostics().toString());
    assertEquals(SMALL_CHAPTER, book.chapter("0042"));
    assertEquals(
        List.of(
            "a new chapter: add 'include::{book-source-dir}/chapters/_article-0042.adoc[]'",
            "section article-0042 added by the post",
            "section article-0042-section-1 added by the post",
            "section article-0042-section-2 added by the post"),
        result.diagnostics().stream()
            .map(d -> d.message().replaceFirst("(' | by the post).*", "$1").strip())
            .toList());
  }

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  /**
   * Lines of a post whose plain text AsciiDoc would read as markup, each with its text as Markdown
   * shows it.
   */
  private static final Map<String, String> MARKUP_LOOKALIKES =
      new LinkedHashMap<>(
          Map.of(
              "a\\*\\*b\\*\\*c と x__y__z と 2^10^ と H~2~O と #tag# と a +b+ c",
              "a**b**c と x__y__z と 2^10^ と H~2~O と #tag# と a +b+ c",
              "(C) (R) (TM) -- ... -> => <- <= と don't",
              "(C) (R) (TM) -- ... -> => <- <= と don't",
              "&lt;&lt;ref&gt;&gt; と [[anchor]] と ((index)) と footnote:[x] と kbd:[Ctrl]",
              "<<ref>> と [[anchor]] と ((index)) と footnote:[x] と kbd:[Ctrl]",
              "C:\\path\\file と \\*star\\* と {not-an-attribute} と https://example.com/",
              "C:\\path\\file と *star* と {not-an-attribute} と https://example.com/",
              "[a*b \\] c](https://example.com/x) と `a+b` と `x]y`",
              "a*b ] c と a+b と x]y"));

  @Test
  void theAuthorsPlainTextThatLooksLikeAsciiDocIsShownAsWritten(@TempDir Path root)
      throws IOException {
    Book book = new Book(root);
    StringBuilder post = new StringBuilder(FRONT).append("# ☁️ article0042　記号\n\n");
    MARKUP_LOOKALIKES.keySet().forEach(line -> post.append(line).append("\n\n"));

    PostImport.Result result = book.importPost("2026-01-05-article0042.md", post.toString());

    assertTrue(result.written(), result.diagnostics().toString());
    Document html = converted(book.chapter("0042"));
    assertEquals(List.copyOf(MARKUP_LOOKALIKES.values()), html.select(".paragraph > p").eachText());
    assertEquals(
        List.of("https://example.com/x"),
        html.select(".paragraph a").eachAttr("href"),
        "only the Markdown link is a link");
    assertEquals(List.of(), html.select(".paragraph :is(strong, em, sup, sub, mark)").eachText());
  }

  /**
   * What Jekyll shows of a post, the book shows: the excerpt mark and other comments are not shown;
   * {@code {% raw %}} text is shown as written, in prose and in code; a link by reference leads
   * where its definition says.
   */
  @Test
  void jekyllsExcerptMarkRawLiquidAndLinkReferencesAreTakenAsJekyllShowsThem(@TempDir Path root)
      throws IOException {
    Book book = new Book(root);
    String post =
        FRONT
            + "# ☁️ article0042　Jekyll\n\n"
            + "はじめの段落です。\n\n<!--more-->\n\n"
            + "値は{% raw %}{{ site.url }}と{{x}}{% endraw %}です。<!-- 自分へのメモ -->\n\n"
            + "{% raw %}\n```liquid\n{% include note.html %}\n{{ page.title }}\n```\n{% endraw %}\n\n"
            + "詳しくは[AWS][aws]と[VPC]を見てください。\n\n"
            + "[aws]: https://aws.amazon.com/\n[vpc]: https://aws.amazon.com/vpc/ \"VPC\"\n";

    PostImport.Result result = book.importPost("2026-01-05-article0042.md", post);

    assertTrue(result.written(), result.diagnostics().toString());
    Document html = converted(book.chapter("0042"));
    assertEquals(
        List.of("はじめの段落です。", "値は{{ site.url }}と{{x}}です。", "詳しくはAWSとVPCを見てください。"),
        html.select(".paragraph > p").eachText());
    assertEquals(
        "{% include note.html %}\n{{ page.title }}", html.selectFirst(".listingblock pre").text());
    assertEquals(
        List.of("https://aws.amazon.com/", "https://aws.amazon.com/vpc/"),
        html.select(".paragraph a").eachAttr("href"));
    assertFalse(book.chapter("0042").contains("more"), book.chapter("0042"));
    assertFalse(book.chapter("0042").contains("メモ"), book.chapter("0042"));
  }

  @Test
  void importingTheSamePostTwiceChangesNothing(@TempDir Path root) throws IOException {
    Book book = new Book(root);
    book.importPost("2026-01-05-article0042.md", SMALL_POST);

    // As the goal runs it: the chapter read by an Asciidoctor of the import's own.
    PostImport.Result again =
        PostImport.run(
            new PostImport.Request(
                root,
                book.posts.resolve("2026-01-05-article0042.md"),
                book.chapters,
                book.images,
                true));

    assertFalse(again.written());
    assertEquals(List.of(), again.diagnostics());
    assertEquals(SMALL_CHAPTER, book.chapter("0042"));
  }

  @Test
  void aReimportKeepsTheEditorsNotesIdsCaptionsAndFiguresAndMovesAnIdToARetitledHeading(
      @TempDir Path root) throws IOException {
    Book book = new Book(root);
    book.importPost("2026-01-05-article0042.md", SMALL_POST);
    String edited =
        book.chapter("0042")
            .replace("[#article-0042-section-1]", "[#tables]")
            .replace("[cols=\"<1,>1\"", "[#tbl-counts,cols=\"<3,>1\"")
            .replace("|===\n|名前", ".数の表\n|===\n|名前")
            .replace(
                "はじめに、Amazon S3の話です。行は、つながります。\n",
                "はじめに、Amazon S3の話です。行は、つながります。\n\n"
                    + "[NOTE.editor-note#note-s3]\n.編集部注\n====\nS3の注。\n====\n")
            .replace(
                "image::0042-1.png[\"小さな図\"]",
                "[#fig-small]\n.編集部の図\nimage::fig-small.svg[\"新しい代替テキスト\"]");
    Files.writeString(book.chapterFile("0042"), edited);

    PostImport.Result result =
        book.importPost(
            "2026-01-05-article0042.md",
            SMALL_POST.replace("## 表", "## 数の表").replace("はじめに", "まず"));

    assertFalse(result.refused(), result.diagnostics().toString());
    String expected = edited.replace("=== 表", "=== 数の表").replace("はじめに、Amazon S3", "まず、Amazon S3");
    assertEquals(expected, book.chapter("0042"));
    assertTrue(
        result.diagnostics().stream()
            .anyMatch(d -> d.rule().orElse("").equals("import/editor-element-check")),
        "the note after the changed paragraph is named for a check: " + result.diagnostics());
  }

  @Test
  void aReimportCarriesThePostsColumnAlignmentIntoTheEditorsWidthsAndReportsWidthsItCannotKeep(
      @TempDir Path root) throws IOException {
    Book book = new Book(root);
    book.importPost("2026-01-05-article0042.md", SMALL_POST);
    String edited = book.chapter("0042").replace("[cols=\"<1,>1\"", "[#tbl-counts,cols=\"<3,>1a\"");
    Files.writeString(book.chapterFile("0042"), edited);

    PostImport.Result realigned =
        book.importPost(
            "2026-01-05-article0042.md", SMALL_POST.replace("|:---|---:|", "|:---:|:---|"));

    assertFalse(realigned.refused(), realigned.diagnostics().toString());
    assertEquals(
        edited.replace("cols=\"<3,>1a\"", "cols=\"^3,<1a\""),
        book.chapter("0042"),
        "the author's new alignment, the editors' widths and style");
    assertTrue(
        realigned.diagnostics().stream()
            .anyMatch(
                d ->
                    d.message().contains("article-0042-section-1")
                        && d.message().contains("changed")),
        "the table's section is reported changed: " + realigned.diagnostics());

    PostImport.Result widened =
        book.importPost(
            "2026-01-05-article0042.md",
            SMALL_POST.replace(
                "| 名前 | 数 |\n|:---|---:|\n| VPC | 2 |\n| IGW　 | 1 |",
                "| 名前 | 数 | 注 |\n|:---|---:|---|\n| VPC | 2 | a |\n| IGW　 | 1 | b |"));

    Diagnostic lost =
        widened.diagnostics().stream()
            .filter(d -> d.rule().orElse("").equals("import/editor-element-not-kept"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(widened.diagnostics().toString()));
    assertTrue(lost.message().contains("3 columns"), lost.message());
    assertTrue(
        book.chapter("0042").contains("[#tbl-counts,cols=\"<1,>1,1\""),
        "the editors' ID stays, the columns are the post's: " + book.chapter("0042"));
  }

  @Test
  void aReimportReadsTheChapterAsAsciidoctorDoesKeepingCommentBlocksAndTellingIdsFromNotes(
      @TempDir Path root) throws IOException {
    Book book = new Book(root);
    book.importPost("2026-01-05-article0042.md", SMALL_POST);
    String edited =
        book.chapter("0042")
            .replace("[#article-0042-section-1]", "[#editor-notes-on-tables]")
            .replace("* 一つめ\n", "////\n編集メモ：この一覧は次の版で見直す。\n////\n* 一つめ\n")
            .replace("詳しくは", "[NOTE,role=\"editor-note\"]\n編集部注：AWSの注。\n\n詳しくは");
    Files.writeString(book.chapterFile("0042"), edited);

    PostImport.Result same = book.importPost("2026-01-05-article0042.md", SMALL_POST);

    assertEquals(List.of(), same.diagnostics());
    assertEquals(edited, book.chapter("0042"));

    PostImport.Result changed =
        book.importPost(
            "2026-01-05-article0042.md",
            SMALL_POST.replace("## 表", "## 数の表").replace("- 一つめ", "- 最初"));

    assertFalse(changed.refused(), changed.diagnostics().toString());
    assertEquals(
        edited.replace("=== 表", "=== 数の表").replace("* 一つめ", "* 最初"),
        book.chapter("0042"),
        "the comment block and the note stay; the heading with its ID changes in place");

    PostImport.Result removed =
        book.importPost(
            "2026-01-05-article0042.md",
            SMALL_POST.replace("## 表", "## 数の表").replace("- 一つめ\n", ""));

    assertTrue(
        removed.diagnostics().stream()
            .anyMatch(
                d ->
                    d.rule().orElse("").equals("import/editor-element-not-kept")
                        && d.message().contains("編集メモ")),
        "the comment of a removed item is told, not dropped: " + removed.diagnostics());
  }

  @Test
  void aNoteAfterTheChaptersLastAuthorLineKeepsTheBlankLineAboveIt(@TempDir Path root)
      throws IOException {
    Book book = new Book(root);
    book.importPost("2026-01-05-article0042.md", SMALL_POST);
    String edited =
        book.chapter("0042") + "\n[NOTE.editor-note#note-last]\n.編集部注\n====\n最後の注。\n====\n";
    Files.writeString(book.chapterFile("0042"), edited);

    PostImport.Result again = book.importPost("2026-01-05-article0042.md", SMALL_POST);

    assertFalse(again.written(), again.diagnostics().toString());
    assertEquals(List.of(), again.diagnostics());
    assertEquals(edited, book.chapter("0042"));
  }

  @Test
  void aRemovedBlockWhoseCaptionCannotBeKeptIsReportedAtItsLine(@TempDir Path root)
      throws IOException {
    Book book = new Book(root);
    book.importPost("2026-01-05-article0042.md", SMALL_POST);
    String edited = book.chapter("0042").replace("|===\n|名前", ".数の表\n|===\n|名前");
    Files.writeString(book.chapterFile("0042"), edited);
    int captionLine = edited.substring(0, edited.indexOf(".数の表")).split("\n", -1).length;

    PostImport.Result result =
        book.importPost(
            "2026-01-05-article0042.md",
            SMALL_POST.replace("| 名前 | 数 |\n|:---|---:|\n| VPC | 2 |\n| IGW　 | 1 |\n\n", ""));

    Diagnostic lost =
        result.diagnostics().stream()
            .filter(d -> d.rule().orElse("").equals("import/editor-element-not-kept"))
            .filter(d -> d.message().contains(".数の表"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
    assertEquals(captionLine, lost.line());
    assertFalse(book.chapter("0042").contains("|==="));
  }

  @Test
  void hostilePostsAreRefusedAtTheirPlaceAndNothingIsWritten(@TempDir Path root)
      throws IOException {
    Book book = new Book(root);

    assertRefused(book, FRONT + "本文。\n\n<script>alert(1)</script>\n", 10, 1, "raw HTML");
    assertRefused(book, FRONT + "本文に<span>タグ</span>。\n", 8, 4, "raw HTML");
    assertRefused(book, FRONT + "本文。\n\n値は{{ site.url }}です。\n", 10, 3, "Liquid");
    assertRefused(book, FRONT + "{% include x.html %}\n", 8, 1, "Liquid");
    assertRefused(book, FRONT + "本文。\n\n{% raw %}{{ x }}{% endraw %}と{{ y }}\n", 10, 30, "Liquid");
    assertRefused(book, FRONT + "本文。\n\n```\n{% raw %}\n{{ x }}\n```\n", 11, 1, "not closed");
    assertRefused(book, FRONT + "本文<!-- a -->と<!-- b --><i>x</i>。\n", 8, 24, "raw HTML");
    assertRefused(book, FRONT + "![図](../../etc/passwd.png)\n", 8, 1, "not under /assets/images/");
    assertRefused(book, FRONT + "![図](https://example.com/x.png)\n", 8, 1, "not under");
    assertRefused(book, FRONT + "![図](/assets/images/0042-9.png)\n", 8, 1, "is not in");
    assertRefused(
        book,
        "---\ntitle: \"article0042\"\ndate: 2026-01-05\nauthor: Seal\n\n# 本文\n",
        1,
        1,
        "not closed");
    assertRefused(
        book,
        "---\ntitle: \"article0042\"\ndate: 2026-01-05\nauthor: Seal\n本文。\n",
        5,
        1,
        "not a front matter entry");
    assertRefused(book, "# 見出し\n", 1, 1, "no front matter");
    assertRefused(
        book, "---\ntitle: \"article0042\ndate: 2026-01-05\nauthor: Seal\n---\n", 2, 8, "quotes");
    assertRefused(
        book, "---\ntitle: article0042\ndate: someday\nauthor: Seal\n---\n", 3, 7, "not a date");
    assertRefused(book, FRONT + "あ".repeat(1_100_000) + "\n", 1, 1, "MiB");
  }

  @Test
  void theImportWritesNowhereButAChapterFolderInsideTheRepository(
      @TempDir Path root, @TempDir Path elsewhere) throws IOException {
    Book book = new Book(root);
    Path post = Files.writeString(book.posts.resolve("2026-01-05-article0042.md"), SMALL_POST);
    Path link =
        Files.createSymbolicLink(root.resolve("content-ja/src/docs/asciidoc/linked"), elsewhere);

    for (Path chapters : List.of(elsewhere, link)) {
      PostImport.Result result =
          PostImport.run(new PostImport.Request(root, post, chapters, book.images, true));

      assertEquals(
          List.of("import/outside-chapters"),
          result.diagnostics().stream().map(d -> d.rule().orElse("")).toList());
      try (var files = Files.list(elsewhere)) {
        assertEquals(0, files.count());
      }
    }
  }

  @Test
  void aChapterWithUncommittedEditsIsNotOverwrittenUnlessForced(@TempDir Path root)
      throws IOException, InterruptedException {
    Book book = new Book(root);
    book.importPost("2026-01-05-article0042.md", SMALL_POST);
    git(root, "init", "-q");
    git(root, "add", "-A");
    git(root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "chapter");
    String edited = book.chapter("0042").replace("一つめ", "一つめ（編集中）");
    Files.writeString(book.chapterFile("0042"), edited);
    String changedPost = SMALL_POST.replace("はじめに", "まず");

    PostImport.Result refused = book.importPost("2026-01-05-article0042.md", changedPost, false);

    assertTrue(refused.refused());
    assertTrue(
        refused.diagnostics().stream()
            .anyMatch(d -> d.rule().orElse("").equals("import/uncommitted-edits")),
        refused.diagnostics().toString());
    assertEquals(edited, book.chapter("0042"));

    PostImport.Result forced = book.importPost("2026-01-05-article0042.md", changedPost, true);

    assertTrue(forced.written(), forced.diagnostics().toString());
  }

  private static void assertRefused(Book book, String post, int line, int column, String because)
      throws IOException {
    PostImport.Result result = book.importPost("2026-01-05-article0042.md", post);
    Diagnostic first =
        result.diagnostics().stream()
            .filter(Diagnostic::isError)
            .findFirst()
            .orElseThrow(() -> new AssertionError("accepted: " + post.lines().toList()));
    assertTrue(first.message().contains(because), first.toString());
    assertEquals(List.of(line, column), List.of(first.line(), first.column()), first.toString());
    assertTrue(first.shownPath().endsWith("2026-01-05-article0042.md"), first.toString());
    assertFalse(result.written());
    try (var files = Files.list(book.chapters)) {
      assertEquals(0, files.count(), "nothing is written for a refused post");
    }
  }

  private static Document converted(String chapter) {
    return Jsoup.parse(
        ASCIIDOCTOR.get().convert(chapter, Options.builder().safe(SafeMode.SECURE).build()));
  }

  private static void git(Path root, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start();
    assertEquals(0, git.waitFor());
  }

  /** A repository with a source locale's chapter folder and the book's images folder. */
  private static final class Book {
    final Path root;
    final Path chapters;
    final Path images;
    final Path posts;

    Book(Path root) throws IOException {
      this.root = root;
      this.chapters =
          Files.createDirectories(root.resolve("content-ja/src/docs/asciidoc/chapters"));
      this.images = Files.createDirectories(root.resolve("assets/images"));
      this.posts = Files.createDirectories(root.resolve("content-ja/src/posts"));
      Files.writeString(images.resolve("0042-1.png"), "a picture");
    }

    PostImport.Result importPost(String name, String text) throws IOException {
      return importPost(name, text, true);
    }

    PostImport.Result importPost(String name, String text, boolean force) throws IOException {
      Path post = Files.writeString(posts.resolve(name), text);
      return PostImport.run(
          new PostImport.Request(root, post, chapters, images, force), ASCIIDOCTOR.models());
    }

    Path chapterFile(String article) {
      return chapters.resolve("_article-" + article + ".adoc");
    }

    String chapter(String article) throws IOException {
      return Files.readString(chapterFile(article));
    }
  }
}
