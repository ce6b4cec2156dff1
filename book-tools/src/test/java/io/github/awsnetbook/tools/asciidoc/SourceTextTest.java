package io.github.awsnetbook.tools.asciidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one hand reading of a raw file: lines, and the include rule every reader shares. */
class SourceTextTest {

  @Test
  void aByteOrderMarkAndEveryKindOfLineEndAreReadAsAsciidoctorReadsThem() {
    assertEquals(
        List.of("[#intro]", "== 序", "", "本文。"),
        SourceText.of("\uFEFF[#intro]\r\n== 序\r\n\n本文。\n").lines());
  }

  @Test
  void anIncludeDirectiveGivesItsTargetAsWritten() {
    assertEquals(
        Optional.of("{book-source-dir}/chapters/_article-0003.adoc"),
        SourceText.includeTarget("include::{book-source-dir}/chapters/_article-0003.adoc[]"));
    assertEquals(
        Optional.of("_part.adoc"), SourceText.includeTarget("include::_part.adoc[tag=a]  "));
  }

  @Test
  void whatAsciidoctorDoesNotTakeForAnIncludeIsNone() {
    assertEquals(Optional.empty(), SourceText.includeTarget("include:: _part.adoc[]"));
    assertEquals(Optional.empty(), SourceText.includeTarget("include::_part.adoc"));
    assertEquals(Optional.empty(), SourceText.includeTarget(" include::_part.adoc[]"));
    assertEquals(Optional.empty(), SourceText.includeTarget("see include::_part.adoc[]"));
  }

  @Test
  void anIncludeTargetsAttributesAreResolvedAndAnUnknownOneStays() {
    Map<String, Object> attributes =
        Map.of("book-source-dir", "/repo/content-ja/src/docs/asciidoc");

    assertEquals(
        "/repo/content-ja/src/docs/asciidoc/chapters/{no-such}.adoc",
        SourceText.resolveAttributes("{book-source-dir}/chapters/{no-such}.adoc", attributes::get));
  }
}
