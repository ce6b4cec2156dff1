package io.github.awsnetbook.tools.asciidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disagreements between the hand-written readers that the one model ends: each case reads as
 * Asciidoctor reads it.
 */
class SourceModelTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path folder;

  private SourceModel load(String name, String text) throws IOException {
    Path file = Files.writeString(folder.resolve(name), text);
    return SourceModel.load(ASCIIDOCTOR.get(), folder, file, Map.of());
  }

  @Test
  void aByteOrderMarkBeforeASectionIdKeepsTheId() throws IOException {
    SourceModel model = load("bom.adoc", "\uFEFF[#intro]\n== Intro\n\nThe NAT gateway.\n");

    SourceModel.Section intro = model.sections().get(0);
    assertEquals("intro", intro.id());
    assertTrue(intro.idGiven());
    assertEquals("intro", model.blocks().get(0).sectionId());
    assertEquals("Intro", intro.titleSpans().get(0).text());
  }

  @Test
  void aDelimiterWithTrailingSpacesOpensAListing() throws IOException {
    SourceModel model = load("d.adoc", "== D\n\n----  \nNot prose.\n----  \n\nProse.\n");

    assertEquals(List.of("listing", "paragraph"), contexts(model));
    assertTrue(model.blocks().get(0).verbatim());
    assertEquals("----", SourceText.delimiter("----  "));
  }

  @Test
  void referencesAndPassthroughsInsideAFenceAreCode() throws IOException {
    SourceModel model =
        load("f.adoc", "== F\n\n```ruby\n<<not-a-ref>> pass:[<b>x</b>]\n```\n\nText <<f,F>>.\n");

    SourceModel.Block fence = model.blocks().get(0);
    assertEquals("listing", fence.context());
    assertTrue(fence.verbatim());
    assertEquals("<<not-a-ref>> pass:[<b>x</b>]", fence.spans().get(0).text());
    SourceModel.Block prose = model.blocks().get(1);
    assertEquals(
        List.of("f"),
        InlineTokens.of(prose.spans().get(0).text()).all(InlineTokens.Kind.CROSS_REFERENCE).stream()
            .map(InlineTokens.Token::target)
            .toList());
  }

  @Test
  void conditionalsAreEvaluatedAsAsciidoctorEvaluatesThem() throws IOException {
    SourceModel model =
        load(
            "c.adoc",
            """
            = C
            :flag:

            ifdef::flag[]
            [#shown]
            == Shown

            ifndef::flag[]
            Never.
            endif::[]
            Kept.
            endif::flag[]
            ifndef::flag[]
            [#hidden]
            == Hidden
            endif::[]
            """);

    assertEquals(List.of("shown"), model.sections().stream().map(SourceModel.Section::id).toList());
    assertEquals(
        List.of("Kept."),
        model.blocks().stream().map(block -> block.spans().get(0).text()).toList());
    assertEquals(11, model.blocks().get(0).line());
  }

  @Test
  void aMissingIncludeIsOneMessageAtTheIncludeLine() throws IOException {
    SourceModel model = load("m.adoc", "== M\n\ninclude::_no-such-file.adoc[]\n");

    assertEquals(1, model.messages().size());
    SourceModel.Message message = model.messages().get(0);
    assertEquals("ERROR", message.severity());
    assertEquals(folder.resolve("m.adoc"), message.file());
    assertEquals(3, message.line());
    assertTrue(message.text().startsWith("include file not found"), message.text());
  }

  @Test
  void includesDeeperThanAsciidoctorsLimitAreOneMessage() throws IOException {
    // A chain of different files: a file that includes itself is refused before the limit
    // (RealPathJail).
    int deeper = SourceText.MAX_INCLUDE_DEPTH + 2;
    for (int depth = 1; depth <= deeper; depth++) {
      Files.writeString(
          folder.resolve("_level-" + depth + ".adoc"),
          "Level " + depth + ".\n\ninclude::_level-" + (depth + 1) + ".adoc[]\n");
    }
    Files.writeString(folder.resolve("_level-" + (deeper + 1) + ".adoc"), "The bottom.\n");
    SourceModel model = load("l.adoc", "== L\n\ninclude::_level-1.adoc[]\n");

    List<SourceModel.Message> depth =
        model.messages().stream().filter(m -> m.text().contains("include depth")).toList();
    assertEquals(1, depth.size(), model.messages().toString());
    assertTrue(
        depth.get(0).text().contains(String.valueOf(SourceText.MAX_INCLUDE_DEPTH)),
        depth.get(0).text());
  }

  @Test
  void theLastBlockOfAnIncludedFileIsPlacedInThatFile() throws IOException {
    Files.writeString(folder.resolve("_part.adoc"), "First.\n\nLast of the part.\n");
    SourceModel model = load("p.adoc", "== P\n\ninclude::_part.adoc[]\n\nAfter.\n");

    SourceModel.Block last = model.blocks().get(1);
    assertEquals(folder.resolve("_part.adoc"), last.file());
    assertEquals(3, last.line());
    assertEquals("Last of the part.", last.spans().get(0).text());
  }

  @Test
  void theHeaderGivesTheTitleDescriptionAndKeywordsReadersSee() throws IOException {
    SourceModel model =
        load(
            "h.adoc",
            "= The Title\n"
                + ":description: A book on NAT gateways.\n"
                + ":keywords: AWS, VPC\n"
                + ":subject: no\n\n"
                + "Text.\n");

    assertEquals(
        List.of("doctitle=The Title", "description=A book on NAT gateways.", "keywords=AWS, VPC"),
        model.header().entries().stream()
            .map(entry -> entry.name() + "=" + entry.spans().get(0).text())
            .toList());
  }

  private static List<String> contexts(SourceModel model) {
    return model.blocks().stream().map(SourceModel.Block::context).toList();
  }
}
