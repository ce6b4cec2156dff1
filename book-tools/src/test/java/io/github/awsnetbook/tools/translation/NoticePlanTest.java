package io.github.awsnetbook.tools.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the plan puts each untranslated section: the place the source gives it. */
class NoticePlanTest {

  private static final Path FILE = Path.of("content-ja/src/docs/asciidoc/index.adoc");

  private static Section section(String id, int level, String style) {
    return new Section(
        id,
        level,
        id,
        style,
        new SourceLine("== " + id, FILE, 1),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static Outline outline(String lang, Section... sections) {
    return new Outline(lang, Path.of("content-" + lang), List.of(sections), Set.of(FILE));
  }

  /**
   * A new locale has none of the source's sections: each is placed after the one before it among
   * the children of its parent, so a colophon (level 0) follows the chapter (level 1) before it, as
   * in the source, instead of going first.
   */
  @Test
  void eachUntranslatedSectionFollowsItsPredecessorUnderTheSameParentWhateverItsLevel() {
    Outline source =
        outline(
            "ja",
            section(Section.HEADER_ID, 0, ""),
            section("article", 1, ""),
            section("direct-connect", 2, ""),
            section("peering", 2, ""),
            section("appendix", 1, "appendix"),
            section("colophon", 0, "colophon"));
    Outline translation = outline("ko", section(Section.HEADER_ID, 0, ""));
    TranslationStatus status =
        TranslationStatus.of(
            source, translation, new RecordedFingerprints(Path.of("recorded"), Map.of()));

    NoticePlan plan = NoticePlan.of(status, source, "ja", "aws-network-ja.pdf");

    assertEquals(
        List.of(
            "article after  under ",
            "direct-connect after  under article",
            "peering after direct-connect under article",
            "appendix after article under ",
            "colophon after appendix under "),
        plan.entries().stream()
            .map(e -> e.id() + " after " + e.previousId() + " under " + e.parentId())
            .toList());
    assertEquals(List.of("appendix", "colophon"), plan.entries().get(0).nextIds());
    assertEquals(List.of(), plan.entries().get(4).nextIds());
  }
}
