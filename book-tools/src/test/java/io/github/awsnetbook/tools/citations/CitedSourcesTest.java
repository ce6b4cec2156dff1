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

      [bibliography,checked=2026年12月7日]
      * [[[src-gateway-endpoints,1]]] 「ゲートウェイエンドポイント」、https://docs.aws.amazon.com/ja_jp/vpc/latest/privatelink/gateway-endpoints.html[]
      * [[[src-vpc-quotas,2]]] 「Amazon Virtual Private Cloud エンドポイントとクォータ」、https://docs.aws.amazon.com/ja_jp/general/latest/gr/vpc-service.html[]
      """;

  private List<Diagnostic> check(String chapter, String sources) throws IOException {
    return check(chapter, sources, "");
  }

  private List<Diagnostic> check(String chapter, String sources, String header) throws IOException {
    Files.writeString(folder.resolve("_sources.adoc"), sources);
    Path book =
        Files.writeString(
            folder.resolve("index.adoc"),
            "= 本\n:doctype: book\n:editorial-mark: 編集部\n"
                + header
                + "\n"
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

  private static final String CITING = "== 章\n\n本文<<src-gateway-endpoints>><<src-vpc-quotas>>。\n";

  @Test
  void theListTakesTheColophonsDateOnceForEveryEntry() throws IOException {
    String sources = SOURCES.replace("checked=2026年12月7日", "checked={sources-checked-date}");
    assertEquals(List.of(), check(CITING, sources, ":sources-checked-date: 2026年12月7日\n"));
  }

  @Test
  void aListWithoutTheDateItsPagesWereCheckedIsAnError() throws IOException {
    List<Diagnostic> problems =
        check(CITING, SOURCES.replace("[bibliography,checked=2026年12月7日]", "[bibliography]"));
    assertEquals(List.of(CitedSources.SOURCE_DATE + "@5"), rulesAndLines(problems));
    assertTrue(problems.get(0).message().contains("checked=\"{sources-checked-date}\""));
  }

  @Test
  void aListDatedOtherwiseThanTheColophonIsAnError() throws IOException {
    List<Diagnostic> problems = check(CITING, SOURCES, ":sources-checked-date: 2027年1月5日\n");
    assertEquals(List.of(CitedSources.SOURCE_DATE + "@5"), rulesAndLines(problems));
    assertTrue(problems.get(0).message().contains("2027年1月5日"), problems.get(0).message());
  }

  @Test
  void anEntryWithADateOfItsOwnIsAnErrorAtTheDate() throws IOException {
    List<Diagnostic> problems =
        check(CITING, SOURCES.replace("vpc-service.html[]", "vpc-service.html[]. 2026年12月7日."));
    assertEquals(List.of(CitedSources.SOURCE_DATE + "@6"), rulesAndLines(problems));
    assertTrue(problems.get(0).message().contains("src-vpc-quotas"), problems.get(0).message());
    List<Diagnostic> english =
        check(
            CITING, SOURCES.replace("vpc-service.html[]", "vpc-service.html[]. December 7, 2026."));
    assertEquals(List.of(CitedSources.SOURCE_DATE + "@6"), rulesAndLines(english));
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

            [bibliography,checked=2026年12月7日]
            * [[[src-gateway-endpoints]]] 「ゲートウェイエンドポイント」、https://example.com/a[]
            * [[[src-vpc-quotas,3]]] 「クォータ」、https://example.com/b[]
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
