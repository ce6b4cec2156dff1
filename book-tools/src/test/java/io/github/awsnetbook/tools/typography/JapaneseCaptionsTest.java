package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Figure and table numbers in the style of Japanese books. */
class JapaneseCaptionsTest {

  private static final String BODY =
      """

      .ルートテーブルの例
      [cols="1,1"]
      |===
      |宛先 |ターゲット
      |===

      .VPC の構成
      image::vpc.svg[VPC]

      .二つ目の図
      image::vpc.svg[VPC]
      """;

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static Document convert(String header) {
    return Jsoup.parse(
        ASCIIDOCTOR.get().convert(header + BODY, Options.builder().safe(SafeMode.SAFE).build()));
  }

  @Test
  void japaneseCaptionsJoinLabelAndNumberAndUseAnIdeographicSpace() {
    Document html =
        convert(
            """
            = 本
            :lang: ja
            :figure-caption: 図
            :table-caption: 表
            """);

    assertEquals("表1\u3000ルートテーブルの例", html.selectFirst("table caption").text());
    assertEquals(
        java.util.List.of("図1\u3000VPC の構成", "図2\u3000二つ目の図"),
        html.select(".imageblock .title").eachText());
  }

  @Test
  void aJapaneseAppendixIsNumberedWithoutALatinColon() {
    Document html =
        Jsoup.parse(
            ASCIIDOCTOR
                .get()
                .convert(
                    "= 本\n:lang: ja\n:doctype: book\n:appendix-caption: 付録\n:toc:\n\n"
                        + "== 本文\n\n文。\n\n[appendix]\n== 用語集\n\n語。\n",
                    Options.builder().safe(SafeMode.SAFE).standalone(true).build()));

    assertEquals("付録A\u3000用語集", html.selectFirst("h2:contains(用語集)").text());
    assertEquals("付録A\u3000用語集", html.selectFirst("#toc a:contains(用語集)").text());
  }

  @Test
  void englishCaptionsAreLeftAsAsciidoctorWritesThem() {
    Document html = convert("= Book\n:lang: en\n");

    assertEquals("Table 1. ルートテーブルの例", html.selectFirst("table caption").text());
    assertEquals("Figure 1. VPC の構成", html.selectFirst(".imageblock .title").text());
  }
}
