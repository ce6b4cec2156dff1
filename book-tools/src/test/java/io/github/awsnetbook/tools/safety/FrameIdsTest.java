package io.github.awsnetbook.tools.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** IDs the page's frame already has, given in the book: each an error at its place. */
class FrameIdsTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final String EN = "content-en/src/docs/asciidoc/";
  private static final String CHAPTER = EN + "chapters/_one.adoc";

  @TempDir Path root;

  private List<Diagnostic> frameIdsIn(String chapter) throws IOException {
    write(
        EN + "index.adoc",
        "= Title\n:doctype: book\n\ninclude::{book-source-dir}/chapters/_one.adoc[]\n");
    write(CHAPTER, chapter);
    return CheckSources.check(
            new CheckSources.Request(root, "en", "en", List.of()), ASCIIDOCTOR.models())
        .problems()
        .stream()
        .filter(problem -> "safety/frame-id".equals(problem.ruleId()))
        .toList();
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void anInlineAnchorNamedContentIsAnErrorAtItsColumn() throws IOException {
    List<Diagnostic> found =
        frameIdsIn("[#intro]\n== Intro\n\nThe VPC [[content]]joins subnets.\n");
    assertEquals(1, found.size(), found.toString());
    Diagnostic problem = found.get(0);
    assertTrue(problem.isError());
    assertEquals(Path.of(CHAPTER), problem.file());
    assertEquals(4, problem.line());
    assertEquals(11, problem.column());
    assertTrue(problem.message().contains("\"content\""), problem.message());
    assertTrue(problem.message().contains("choose another ID"), problem.message());
  }

  @Test
  void everyFormOfAnchorAndIdIsFound() throws IOException {
    String chapter =
        String.join(
            "\n",
            "[#intro]",
            "== Intro",
            "",
            "Text anchor:footer[] and [#toc]#marked# and [[header,the header]] here.",
            "",
            "[#preamble]",
            ".A titled block",
            "----",
            "[[footnotes]] in a listing is only text",
            "----",
            "",
            "[[toctitle]]",
            "== Second",
            "",
            "[id=footer-text]",
            "A paragraph.",
            "",
            "[#_footnotedef_1]",
            "Another.",
            "");
    List<Diagnostic> found = frameIdsIn(chapter);
    assertEquals(
        List.of("4:13", "4:28", "4:47", "6:3", "12:3", "15:5", "18:3"),
        found.stream().map(problem -> problem.line() + ":" + problem.column()).toList(),
        found.toString());
  }

  @Test
  void aColumnIsCountedInCodePoints() throws IOException {
    List<Diagnostic> found = frameIdsIn("[#intro]\n== はじめに\n\n𩸽の[[content]]です。\n");
    assertEquals(1, found.size(), found.toString());
    assertEquals(5, found.get(0).column());
  }

  @Test
  void idsOfTheBookItselfPass() throws IOException {
    assertEquals(
        List.of(),
        frameIdsIn(
            "[#intro]\n== Intro\n\nSee [[contents-of-vpc]] and [[book-content]] and"
                + " `[[content]]`.\n"));
  }
}
