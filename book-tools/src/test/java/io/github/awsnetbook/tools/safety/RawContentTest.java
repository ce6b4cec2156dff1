package io.github.awsnetbook.tools.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.safety.RawContent.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawContentTest {

  private static final Path SOURCE = Path.of("content-ja/x.adoc");
  private static final Path TRANSLATION = Path.of("content-en/x.adoc");

  private static List<Diagnostic> added(String source, String translation) {
    return RawContent.notInSource(
        RawContent.scan(TRANSLATION, translation), RawContent.scan(SOURCE, source), "content-ja");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Click pass:[<img src=x onerror=alert(1)>] here. | INLINE_PASS | 7",
        "Click +++<script>alert(1)</script>+++ here. | TRIPLE_PLUS | 7",
        "See link:javascript:alert(1)[the docs]. | SCRIPT_URL | 10",
        "See https://example.com[x] and JavaScript:void(0). | SCRIPT_URL | 32",
        "image::data:image/svg+xml;base64,PHN2Zz4=[logo] | DATA_URL | 1",
        ":docinfo: private | RESOURCE_ATTRIBUTE | 1",
        ":stylesheet: https://evil.example/x.css | RESOURCE_ATTRIBUTE | 1"
      })
  void eachKindOfRawContentATranslationAddsIsAnErrorAtItsPlace(String line, Kind kind, int column) {
    List<RawContent.Item> items = RawContent.scan(TRANSLATION, "= Title\n\n" + line + "\n");
    assertEquals(kind, items.get(0).kind());

    List<Diagnostic> problems = added("= タイトル\n\n本文。\n", "= Title\n\n" + line + "\n");

    assertEquals(1, problems.size(), problems.toString());
    assertEquals(3, problems.get(0).line());
    assertEquals(column, problems.get(0).column());
    assertTrue(problems.get(0).message().contains("the source (content-ja) does not have"));
  }

  @Test
  void aPassthroughThatEscapesItsSpecialCharactersIsNotRaw() {
    assertEquals(
        List.of(Kind.INLINE_PASS),
        RawContent.scan(TRANSLATION, "a pass:c[*] b pass:specialchars[<] c pass:q[<b>]\n").stream()
            .map(RawContent.Item::kind)
            .toList());
    assertEquals(List.of(), added("本文。\n", "a pass:c[->] b\n"));
  }

  @Test
  void aPassthroughBlockAndAPassParagraphAreFoundWithTheirFirstLine() {
    String translation =
        "Intro.\n\n++++\n<div onclick=\"steal()\">x</div>\n++++\n\n[pass]\n"
            + "<iframe src=\"https://evil.example\"></iframe>\n";

    List<Diagnostic> problems = added("本文。\n", translation);

    assertEquals(2, problems.size(), problems.toString());
    assertEquals(3, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("passthrough block"));
    assertEquals(7, problems.get(1).line());
    assertTrue(problems.get(1).message().contains("[pass] paragraph"));
  }

  @Test
  void rawContentTheSourceHasMayBeKeptWithOtherLineBreaks() {
    String source =
        "前文。\n\n++++\n<kbd>Ctrl</kbd>\n<kbd>C</kbd>\n++++\n\n" + "キー pass:[<kbd>Esc</kbd>] を押す。\n";
    String translation =
        "Before.\n\n++++\n<kbd>Ctrl</kbd> <kbd>C</kbd>\n++++\n\n"
            + "Press pass:[<kbd>Esc</kbd>].\n";

    assertEquals(List.of(), added(source, translation));
  }

  @Test
  void anItemTheSourceHasOnceMayNotBeRepeated() {
    List<Diagnostic> problems = added("pass:[<br>]\n", "pass:[<br>] and again pass:[<br>]\n");

    assertEquals(1, problems.size());
    assertEquals(23, problems.get(0).column());
  }

  @Test
  void aFenceAndADelimiterWithTrailingSpacesHideWhatTheyHold() {
    String translation =
        "```html\npass:[<b>] <<not-a-ref>>\n```\n\n----  \n+++<i>+++\n----  \n\nAfter.\n";

    assertEquals(List.of(), RawContent.scan(TRANSLATION, translation));
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsDoNotHideAPassthroughBlock() {
    List<RawContent.Item> items =
        RawContent.scan(TRANSLATION, "\uFEFFIntro.\r\n\r\n++++\r\n<b>x</b>\r\n++++\r\n");

    assertEquals(
        List.of(Kind.PASSTHROUGH_BLOCK), items.stream().map(RawContent.Item::kind).toList());
    assertEquals(3, items.get(0).line());
  }

  @Test
  void listingBlocksAndCommentsAreNotRawContent() {
    String translation =
        "----\npass:[<b>] javascript:x\n----\n\n// pass:[<i>]\n\n" + "////\n+++<script>+++\n////\n";

    assertEquals(List.of(), RawContent.scan(TRANSLATION, translation));
  }
}
