package io.github.awsnetbook.tools.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputLimitsTest {

  private static final Path FILE = Path.of("content-en/src/docs/asciidoc/chapters/_x.adoc");

  private static List<Diagnostic> check(String text) {
    return InputLimits.check(FILE, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anOrdinaryChapterWithBomCrlfAndTabsIsWithinBounds() {
    assertEquals(List.of(), check("\uFEFF= タイトル\r\n\r\n* 一つ目\r\n** 二つ目\r\n\tタブ\r\n"));
  }

  @Test
  void aNulCharacterIsReportedAtItsLineAndColumn() {
    byte[] bytes = "一行目\nimage::fig\0.svg[]\n".getBytes(StandardCharsets.UTF_8);

    List<Diagnostic> problems = InputLimits.check(FILE, bytes);

    assertEquals(1, problems.size(), problems.toString());
    Diagnostic problem = problems.get(0);
    assertEquals("safety/nul-character", problem.ruleId());
    assertTrue(
        problem.toString().startsWith(FILE + ":2:11: error: a NUL character"), problem.toString());
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndColumnInCharacters() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("一行目\nゲートウェイ".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xff);
    bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));

    List<Diagnostic> problems = InputLimits.check(FILE, bytes.toByteArray());

    assertEquals(1, problems.size());
    Diagnostic problem = problems.get(0);
    assertEquals(2, problem.line());
    assertEquals(7, problem.column());
    assertTrue(problem.message().startsWith("invalid UTF-8 (byte 0xFF)"), problem.message());
    assertTrue(problem.toString().startsWith(FILE + ":2:7: error: "), problem.toString());
  }

  @Test
  void aLineOfTenThousandCharactersIsWithinBoundsAndOneMoreIsAnErrorAtTheColumnPastTheLimit() {
    String japanese = "専用線".repeat(3333) + "𠮷";
    assertEquals(List.of(), check("= T\n\n" + japanese + "\n"));

    Diagnostic problem = check("= T\n\n" + japanese + "す。\n").get(0);

    assertEquals(
        FILE
            + ":3:10001: error: a line of 10,002 characters, more than the 10,000 a line may"
            + " have; break the paragraph into lines (a paragraph goes on until a blank line) or"
            + " split it [safety/line-too-long]",
        problem.toString());
  }

  @Test
  void aLatin1FileIsInvalidUtf8() {
    byte[] latin1 = "café\n".getBytes(StandardCharsets.ISO_8859_1);

    Diagnostic problem = InputLimits.check(FILE, latin1).get(0);

    assertEquals(1, problem.line());
    assertEquals(4, problem.column());
  }

  @Test
  void aListDeeperThanTheLimitIsAnErrorAtTheFirstTooDeepItem() {
    StringBuilder list = new StringBuilder("= Deep\n\n");
    for (int level = 1; level <= 1000; level++) {
      list.append("*".repeat(level)).append(" level ").append(level).append('\n');
    }

    List<Diagnostic> problems = check(list.toString());

    assertEquals(1, problems.size());
    assertEquals(3 + InputLimits.MAX_LIST_DEPTH, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("9 levels deep"), problems.get(0).message());
  }

  @Test
  void markersInsideListingBlocksAreText() {
    assertEquals(List.of(), check("----\n" + "*".repeat(40) + " not a list\n====\n----\n"));
  }

  @Test
  void markersInsideAFenceOrAListingWithTrailingSpacesAreText() {
    assertEquals(List.of(), check("```\n" + "*".repeat(40) + " not a list\n```\n"));
    assertEquals(List.of(), check("----  \n" + "*".repeat(40) + " not a list\n----  \n"));
  }

  @Test
  void deeplyNestedDelimitedBlocksAreAnError() {
    StringBuilder blocks = new StringBuilder();
    for (int depth = 0; depth < 40; depth++) {
      blocks.append("=".repeat(4 + depth)).append('\n');
    }
    Diagnostic problem = check(blocks.toString()).get(0);

    assertEquals(InputLimits.MAX_BLOCK_DEPTH + 1, problem.line());
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
    Diagnostic problem = InputLimits.checkSize(FILE, 20L * 1024 * 1024).orElseThrow();

    assertTrue(
        problem.message().startsWith("the file is 20.0 MiB, more than the 2 MiB"),
        problem.message());
    assertTrue(InputLimits.checkSize(FILE, InputLimits.MAX_FILE_BYTES).isEmpty());
  }
}
