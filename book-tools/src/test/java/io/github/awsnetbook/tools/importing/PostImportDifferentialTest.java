package io.github.awsnetbook.tools.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import against the Markdown it reads, on posts of many shapes rather than the one the rules
 * were first written for: for each generated post, what a reader sees of the chapter (Asciidoctor's
 * HTML) is what a reader sees of the post (commonmark's HTML): the same text in the same order, the
 * same strong, emphasized and code runs, the same links and image alt texts. Spaces are not
 * compared (the listed normalizations change them), nor whether a quotation mark is straight or
 * curly (the book's typography curls them), nor a run of italic inside italic (or bold inside
 * bold), which looks as the run around it, nor anything else of form. The posts come from a fixed
 * seed, so a failure names a post that can be made again.
 */
class PostImportDifferentialTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final int POSTS = 200;

  private static final String FRONT =
      "---\nlayout: post\ntitle: \"article0042-生成した記事\"\ndate: 2026-01-05\nauthor: Seal\n---\n\n";

  private static final String[] WORDS = {
    "ネットワーク",
    "接続",
    "の",
    "は",
    "を",
    "設定します",
    "VPC",
    "Amazon S3",
    "NAT",
    "10.0.0.0/16",
    "、",
    "。",
    "：",
    "（",
    "）",
    "「",
    "」",
    "*",
    "_",
    "`",
    "#",
    "+",
    "^",
    "~",
    "{x}",
    "[",
    "]",
    "|",
    "\\",
    ":",
    "::",
    ".",
    "-",
    "--",
    "=",
    "'",
    "\"",
    "(C)",
    "...",
    "->",
    "<<",
    ">>",
    "&",
    "a_b_c",
    "**",
    "__",
    "++",
    "$",
    "%",
    "?",
    "https://example.com/a_b",
    "C:\\temp",
    "x^2^",
    "H~2~O",
    "'quoted'",
    ";",
    "@"
  };

  private final Random random = new Random(20261207L);

  @Test
  void whatAReaderSeesOfTheChapterIsWhatAReaderSeesOfThePost(@TempDir Path root)
      throws IOException {
    Path chapters = Files.createDirectories(root.resolve("content-ja/src/docs/asciidoc/chapters"));
    Path images = Files.createDirectories(root.resolve("assets/images"));
    Path posts = Files.createDirectories(root.resolve("content-ja/src/posts"));
    Files.writeString(images.resolve("0042-1.png"), "a picture");
    Parser markdown = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    HtmlRenderer html =
        HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
    for (int n = 0; n < POSTS; n++) {
      String body = post();
      Path post = Files.writeString(posts.resolve("2026-01-05-article0042.md"), FRONT + body);
      Files.deleteIfExists(chapters.resolve("_article-0042.adoc"));

      PostImport.Result result =
          PostImport.run(
              new PostImport.Request(root, post, chapters, images, true), ASCIIDOCTOR.models());

      String context = "post " + n + ":\n" + body;
      assertTrue(result.written(), context + "\n" + result.diagnostics());
      String chapter = Files.readString(chapters.resolve("_article-0042.adoc"));
      Seen expected = Seen.of(Jsoup.parse(html.render(markdown.parse(body))).body());
      Seen actual =
          Seen.of(
              Jsoup.parse(
                      ASCIIDOCTOR
                          .get()
                          .convert(chapter, Options.builder().safe(SafeMode.SECURE).build()))
                  .body());
      assertEquals(expected, actual, context + "\nchapter:\n" + chapter);
    }
  }

  /** What a reader sees of a page, spaces left out: its text, its marked runs, links, images. */
  private record Seen(
      String text,
      List<String> strong,
      List<String> emphasis,
      List<String> code,
      List<String> links) {

    static Seen of(Element body) {
      body.select("img")
          .forEach(img -> img.replaceWith(new org.jsoup.nodes.TextNode(img.attr("alt"))));
      List<String> links = new ArrayList<>();
      body.select("a[href]").forEach(a -> links.add(a.attr("href") + " " + bare(a.text())));
      return new Seen(
          bare(body.text()),
          bare(body.select("strong:not(strong strong)").eachText()),
          bare(body.select("em:not(em em)").eachText()),
          bare(body.select("code").eachText()),
          links);
    }

    private static List<String> bare(List<String> texts) {
      return texts.stream().map(Seen::bare).toList();
    }

    private static String bare(String text) {
      StringBuilder kept = new StringBuilder();
      text.codePoints()
          .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
          .map(c -> c == '\u2010' ? '-' : c)
          .map(c -> c == '\u201c' || c == '\u201d' ? '"' : c)
          .map(c -> c == '\u2018' || c == '\u2019' ? '\'' : c)
          .forEach(kept::appendCodePoint);
      return kept.toString();
    }
  }

  private String post() {
    StringBuilder post = new StringBuilder("# 生成した記事\n\n");
    int blocks = 3 + random.nextInt(8);
    for (int b = 0; b < blocks; b++) {
      switch (random.nextInt(8)) {
        case 0 -> {
          // A level below the last, never skipping one (Asciidoctor warns of a skipped level).
          boolean deeper = post.indexOf("\n## ") >= 0 && random.nextBoolean();
          post.append(deeper ? "### " : "## ").append(words(3)).append("\n\n");
        }
        case 1 -> post.append(list()).append('\n');
        case 2 -> post.append(table()).append('\n');
        case 3 -> post.append("> ").append(inline()).append("\n\n");
        case 4 -> post.append("```\n").append(words(6)).append("\n```\n\n");
        case 5 ->
            post.append("![")
                .append(words(2).replaceAll("[\\[\\]\\\\]", ""))
                .append("](/assets/images/0042-1.png)\n\n");
        default -> post.append(inline()).append('\n').append(inline()).append("\n\n");
      }
    }
    return post.toString();
  }

  private String list() {
    StringBuilder list = new StringBuilder();
    boolean ordered = random.nextBoolean();
    int items = 1 + random.nextInt(4);
    for (int i = 1; i <= items; i++) {
      list.append(ordered ? i + ". " : "- ").append(inline()).append('\n');
    }
    return list.toString();
  }

  private String table() {
    int columns = 2 + random.nextInt(3);
    StringBuilder table = new StringBuilder();
    for (int row = 0; row < 3; row++) {
      for (int c = 0; c < columns; c++) {
        table.append("| ").append(words(2).replace("|", "\\|")).append(' ');
      }
      table.append("|\n");
      if (row == 0) {
        table.append("|---".repeat(columns)).append("|\n");
      }
    }
    return table.toString();
  }

  /** A line of text with some marked runs: strong, emphasis, code, a link. */
  private String inline() {
    StringBuilder line = new StringBuilder(words(4));
    switch (random.nextInt(5)) {
      case 0 -> line.append("**").append(plainWords(2)).append("**");
      case 1 -> line.append('*').append(plainWords(2)).append('*');
      case 2 -> line.append('`').append(words(2).replace("`", "")).append('`');
      case 3 -> line.append('[').append(plainWords(2)).append("](https://example.com/x)");
      default -> line.append(words(1));
    }
    return line.append(words(3)).toString();
  }

  private String words(int most) {
    StringBuilder words = new StringBuilder();
    int count = 1 + random.nextInt(most);
    for (int i = 0; i < count; i++) {
      if (i > 0 && random.nextBoolean()) {
        words.append(' ');
      }
      words.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return words.toString();
  }

  /** Words without markup characters, for the inside of a marked run. */
  private String plainWords(int most) {
    String[] plain = {"ネットワーク", "接続", "VPC", "Amazon S3", "設定", "NAT"};
    StringBuilder words = new StringBuilder();
    int count = 1 + random.nextInt(most);
    for (int i = 0; i < count; i++) {
      words.append(i > 0 ? " " : "").append(plain[random.nextInt(plain.length)]);
    }
    return words.toString();
  }
}
