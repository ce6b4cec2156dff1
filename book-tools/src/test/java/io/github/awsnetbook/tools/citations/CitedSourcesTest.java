package io.github.awsnetbook.tools.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The citation check on small books: what it requires of notes, figures and the list. */
class CitedSourcesTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path folder;

  private static final String SOURCES =
      """
      [appendix#sources]
      == 出典

      [bibliography]
      * [[[src-gateway-endpoints,1]]] ゲートウェイエンドポイント. https://docs.aws.amazon.com/ja_jp/vpc/latest/privatelink/gateway-endpoints.html[]. 2026年12月7日.
      * [[[src-vpc-quotas,2]]] Amazon Virtual Private Cloud エンドポイントとクォータ. https://docs.aws.amazon.com/ja_jp/general/latest/gr/vpc-service.html[]. 2026年12月7日.
      """;

  private List<Diagnostic> check(String chapter, String sources) throws IOException {
    Files.writeString(folder.resolve("_sources.adoc"), sources);
    Path book =
        Files.writeString(
            folder.resolve("index.adoc"),
            "= 本\n:doctype: book\n:editorial-mark: 編集部\n\n"
                + chapter
                + "\ninclude::_sources.adoc[]\n");
    return CitedSources.check(SourceModel.load(ASCIIDOCTOR.get(), folder, book, Map.of()));
  }

  private static List<String> rulesAndLines(List<Diagnostic> problems) {
    return problems.stream().map(p -> p.ruleId() + "@" + p.line()).sorted().toList();
  }

  @Test
  void aNoteAndAFigureThatCiteListedSourcesPass() throws IOException {
    List<Diagnostic> problems =
        check(
            """
            == 章

            [NOTE.editor-note#note-a]
            .編集部注
            ====
            ゲートウェイエンドポイントに追加料金はかかりません<<src-gateway-endpoints>>。

            接続のクォータは50です<<src-vpc-quotas>>。
            ====

            [#fig-a]
            .ルートテーブル（編集部が加えたもの<<src-gateway-endpoints>>）
            image::a.svg[A]
            """,
            SOURCES);

    assertEquals(List.of(), problems);
  }

  @Test
  void aNoteWithoutACitationIsAnErrorAtTheNote() throws IOException {
    List<Diagnostic> problems =
        check(
            """
            == 章

            [NOTE.editor-note#note-a]
            .編集部注
            ====
            追加料金はかかりません。
            ====

            本文の段落<<src-gateway-endpoints>>。
            """,
            SOURCES);

    assertEquals(List.of(CitedSources.UNCITED_NOTE + "@9"), rulesAndLines(problems));
    assertTrue(problems.get(0).isError());
    assertTrue(problems.get(0).message().contains("<<src-…>>"), problems.get(0).message());
  }

  @Test
  void aCitationTheListLacksIsAnErrorAtTheCitation() throws IOException {
    List<Diagnostic> problems =
        check(
            """
            == 章

            [NOTE.editor-note#note-a]
            .編集部注
            ====
            推移的ではありません<<src-vpc-peering>>。
            ====
            """,
            SOURCES);

    assertEquals(List.of(CitedSources.UNKNOWN_SOURCE + "@10"), rulesAndLines(problems));
    assertEquals(11, problems.get(0).column());
  }

  @Test
  void aFigureWhoseCaptionNamesTheEditorsMustCiteASource() throws IOException {
    List<Diagnostic> problems =
        check(
            """
            == 章

            [#fig-a]
            .ルートテーブル（編集部が加えたもの）
            image::a.svg[A]

            [#fig-b.editorial]
            .Transit Gateway
            image::b.svg[B]

            [#fig-c]
            .原典の図
            image::c.svg[C]
            """,
            SOURCES);

    assertEquals(
        List.of(CitedSources.UNCITED_FIGURE + "@13", CitedSources.UNCITED_FIGURE + "@9"),
        rulesAndLines(problems));
  }

  @Test
  void anEntryOutOfOrderOrWithoutItsNumberIsAnError() throws IOException {
    List<Diagnostic> problems =
        check(
            """
            == 章

            本文<<src-gateway-endpoints>><<src-vpc-quotas>>。
            """,
            """
            [appendix#sources]
            == 出典

            [bibliography]
            * [[[src-gateway-endpoints]]] ゲートウェイエンドポイント. https://example.com/a[]. 2026年12月7日.
            * [[[src-vpc-quotas,3]]] クォータ. https://example.com/b[]. 2026年12月7日.
            """);

    assertEquals(
        List.of(CitedSources.SOURCE_NUMBER + "@5", CitedSources.SOURCE_NUMBER + "@6"),
        rulesAndLines(problems));
    assertTrue(problems.get(0).message().contains("[[[src-gateway-endpoints,1]]]"));
  }

  @Test
  void aListNotNumberedInTheOrderOfFirstCitationIsAnErrorAtTheFirstCitationOutOfOrder()
      throws IOException {
    List<Diagnostic> problems =
        check(
            """
            == 章

            接続のクォータは50です<<src-vpc-quotas>>。

            追加料金はかかりません<<src-gateway-endpoints>>。
            """,
            SOURCES);

    assertEquals(List.of(CitedSources.CITATION_ORDER + "@7"), rulesAndLines(problems));
    assertTrue(problems.get(0).message().contains("[[[src-vpc-quotas,1]]]"));
  }

  @Test
  void aSourceCitedAgainOrNeverCitedKeepsTheOrderOfFirstCitation() throws IOException {
    List<Diagnostic> problems =
        check(
            """
            == 章

            追加料金はかかりません<<src-gateway-endpoints>>。

            ふたたび<<src-gateway-endpoints>>。
            """,
            SOURCES);

    assertEquals(List.of(), problems);
  }

  @Test
  void aBookTheParserCannotReadWholeIsLeftToTheConversionsMessage() throws IOException {
    List<Diagnostic> problems =
        check(
            """
            == 章

            [NOTE.editor-note#note-a]
            .編集部注
            ====
            追加料金はかかりません。
            ====

            ====
            閉じていない例のブロック
            """,
            SOURCES);

    assertEquals(List.of(), problems);
  }
}
