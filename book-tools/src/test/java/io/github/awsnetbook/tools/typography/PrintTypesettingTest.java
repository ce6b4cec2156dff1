package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The print copy marks phrases in headings and Latin runs in Japanese paragraphs, and only those.
 */
class PrintTypesettingTest {

  private static Document typeset(String lang, String body) {
    Document page =
        Jsoup.parse("<html lang=\"" + lang + "\"><body><div id=\"content\">" + body + "</div>");
    return new PrintTypesetting(lang).apply(page);
  }

  @Test
  void anOpeningBracketThatStartsAJapaneseDescriptionIsSetFlush() {
    Document page = typeset("ja", "<dl><dt>専用線</dt><dd><p>「貴族専用の回線」<br>高価だが安全。</p></dd></dl>");
    assertEquals(List.of("「"), page.select("span.jl-open-start").eachText());
    assertEquals("「貴族専用の回線」 高価だが安全。", page.selectFirst("dd p").text());
    Document latin = typeset("ja", "<dl><dt>DX</dt><dd><p>「AWSへのVIP専用線ゲート」<br>高速。</p></dd></dl>");
    assertEquals(List.of("「"), latin.select("span.jl-open-start").eachText());
    Document plain = typeset("ja", "<dl><dt>専用線</dt><dd><p>高価だが「安全」。</p></dd></dl>");
    assertEquals(0, plain.select("span.jl-open-start").size());
  }

  @Test
  void headingsAreCutIntoPhrasesThatTogetherKeepTheirText() {
    Document page = typeset("ja", "<h2>ゲートウェイエンドポイントを作成し、ルートテーブルに追加します</h2>");
    List<String> phrases = page.select("h2 span.phrase").eachText();
    assertEquals("ゲートウェイエンドポイントを作成し、ルートテーブルに追加します", String.join("", phrases));
    assertEquals(true, phrases.size() > 2, phrases.toString());
    assertEquals(true, phrases.contains("ルートテーブルに"), phrases.toString());
  }

  @Test
  void latinRunsWithTheirSpacesAreSetApartInJapaneseParagraphs() {
    Document page =
        typeset("ja", "<p>S3やDynamoDBは「Public　Service」で、NAT Gateway 経由（EC2　→　IGW）です。</p>");
    assertEquals(
        List.of("S3", "DynamoDB", "「Public　Service」", "NAT Gateway ", "（EC2　→　IGW）"),
        page.select("p span.latin").stream().map(Element::wholeText).toList());
    assertEquals(
        "S3やDynamoDBは「Public　Service」で、NAT Gateway 経由（EC2　→　IGW）です。",
        page.selectFirst("p").wholeText());
  }

  @Test
  void aLatinRunEndsOnlyWhereALineMayBreakSoNoLineStartsWithAComma() {
    Document page = typeset("ja", "<p>S3、DynamoDB、RDS、Lambdaのサービスです。</p>");
    assertEquals(
        List.of("S3、", "DynamoDB、", "RDS、", "Lambda"),
        page.select("p span.latin").stream().map(Element::wholeText).toList());
  }

  @Test
  void kanaOfTheCommonScriptStayJapanese() {
    Document page = typeset("ja", "<p>サービス・ゲートウェイとVPCです。</p>");
    assertEquals(
        List.of("VPC"), page.select("p span.latin").stream().map(Element::wholeText).toList());
  }

  @Test
  void englishPagesGetNoJapaneseMarks() {
    Document english = typeset("en", "<h2>Gateway endpoints</h2><p>A gateway endpoint, in S3.</p>");
    // Only the paragraph's last word, kept from hyphenation (EnglishBreaks).
    assertEquals(0, english.select("span:not(.unhyphenated)").size());
  }

  @Test
  void aCitationStaysOnTheLineOfThePunctuationAfterItInEveryLanguage() {
    Document english =
        typeset(
            "en",
            "<p>ENIs in your VPC <a href=\"#src-rds\">[2]</a><a href=\"#src-lambda\">[3]</a>."
                + " Of the services, <a href=\"#a\">this</a> one.</p>");
    assertEquals(
        List.of("[3]."), english.select("span.keep-together").stream().map(Element::text).toList());
    assertEquals(
        "ENIs in your VPC [2][3]. Of the services, this one.", english.selectFirst("p").text());
    Document japanese = typeset("ja", "<p>対象外です<a href=\"#src-x\">[4]</a>）。次へ。</p>");
    // In Japanese the marks after it are a pair that never starts a line (the engine's patch).
    assertEquals(List.of("）。"), japanese.select("a + span.jl-pair").eachText());
    assertEquals("対象外です[4]）。次へ。", japanese.selectFirst("p").text());
  }

  @Test
  void aCitationAndTheFullStopAfterItAreOneTextThatTheEngineCannotBreak() {
    // The engine breaks before any text of its own that does not fit, whatever white-space its
    // parent has: "[31]" ending a full line left "." alone at the start of the next.
    Document english =
        typeset("en", "<p>as the figure shows <a href=\"#src-vpc-peering\">[31]</a>.</p>");
    assertEquals(
        List.of("[31]."),
        english.select("a").stream()
            .flatMap(a -> a.textNodes().stream())
            .map(TextNode::getWholeText)
            .toList());
    assertEquals("as the figure shows [31].", english.selectFirst("p").text());
  }

  @Test
  void anEnglishDateIsKeptOnOneLineWithItsOwnSpaces() {
    Document english =
        typeset(
            "en",
            "<div id=\"content\"><p>Edition of December 7, 2026. Original: February 20, 2026,"
                + " in Japanese.</p></div>");
    assertEquals(
        List.of("December 7, 2026.", "February 20, 2026,"),
        english.select("span.keep-together").stream().map(Element::wholeText).toList());
    assertEquals(
        "Edition of December 7, 2026. Original: February 20, 2026, in Japanese.",
        english.selectFirst("p").wholeText());
  }

  @Test
  void aCompoundWithAShortFirstPartIsKeptWholeALongerOneMayBreak() {
    Document japanese =
        typeset("ja", "<div id=\"content\"><p>閉域網（IP-VPN）とSD-WANとSite-to-Site VPN。</p></div>");
    assertEquals(
        List.of("（IP-VPN）", "SD-WAN"),
        japanese.select("span.keep-together").stream().map(Element::text).toList());
    assertEquals("閉域網（IP-VPN）とSD-WANとSite-to-Site VPN。", japanese.selectFirst("p").text());
    Document english =
        typeset("en", "<div id=\"content\"><p>A closed network (IP-VPN) or an SD-WAN.</p></div>");
    assertEquals(
        List.of("(IP-VPN)", "SD-WAN."),
        english.select("span.keep-together").stream().map(Element::text).toList());
  }

  @Test
  void aNameKeptWholeTakesItsCommaAndIsNeverSplitForHyphenation() {
    Document english =
        typeset(
            "en",
            "<div id=\"content\"><table class=\"tableblock\"><tbody><tr><td><p>"
                + "<span class=\"nobreak\">Amazon DynamoDB</span>, Amazon RDS, "
                + "<span class=\"nobreak\">AWS Lambda</span></p></td></tr></tbody></table></div>");
    // The comma in the name's own text: a text of its own, the engine broke before it.
    assertEquals(
        List.of("Amazon DynamoDB,", "AWS Lambda"),
        english.select("span.nobreak").stream()
            .map(span -> span.textNodes().get(span.textNodes().size() - 1).getWholeText())
            .toList());
    assertEquals("Amazon DynamoDB, Amazon RDS, AWS Lambda", english.selectFirst("td p").text());
  }

  @Test
  void quotedCodeKeepsItsOpeningAndClosingQuotesOnItsLine() {
    Document english =
        typeset("en", "<p>The alt texts (\u201c<code>AWS Endpoint</code>\u201d, and more).</p>");
    assertEquals(
        List.of("(\u201cAWS Endpoint\u201d,"),
        english.select("span.keep-together").stream().map(Element::text).toList());
    assertEquals(
        "The alt texts (\u201cAWS Endpoint\u201d, and more).", english.selectFirst("p").text());
  }

  @Test
  void inJapaneseTheFullStopAfterAnAddressIsJoinedToItThoughItStartsALatinRun() {
    Document source =
        typeset(
            "ja",
            "<ul class=\"bibliography\"><li><p>[10] ENI. <a class=\"bare\""
                + " href=\"https://docs.aws.amazon.com/e/using-eni.html\">"
                + "https://docs.aws.amazon.com/e/using-eni.html</a>. 2026年12月7日.</p></li></ul>");

    Element link = source.selectFirst("a");
    assertEquals("https://docs.aws.amazon.com/e/using-eni.html.", link.text());
    assertEquals(
        "[10] ENI. https://docs.aws.amazon.com/e/using-eni.html. 2026年12月7日.",
        source.selectFirst("p").text());
  }

  @Test
  void aLongLinkKeptWithItsPunctuationMayStillBreakBeforeItsLastPiece() {
    Document english =
        typeset(
            "en",
            "<p>Gateway endpoints. <a href=\"https://docs.aws.amazon.com/vpc/latest/privatelink/"
                + "gateway-endpoints.html\">docs.aws.amazon.com/vpc/latest/privatelink/"
                + "gateway-endpoints.html</a>. December 7, 2026.</p>");
    assertEquals(
        List.of("docs.aws.amazon.com/", "vpc/", "latest/", "privatelink/", "gateway-"),
        english.select("span.keep-together a span.may-break").stream()
            .map(Element::wholeText)
            .toList());
    Document source =
        typeset(
            "en",
            "<div id=\"content\"><ul class=\"bibliography\"><li><p>Cross connects."
                + " <a href=\"https://docs.aws.amazon.com/dc/x-y.html\">docs.aws.amazon.com/dc/x-y.html</a>."
                + "</p></li></ul></div>");
    List<String> pieces = source.select("span.may-break").stream().map(Element::wholeText).toList();
    // An address of the list of sources breaks after each "/" only, never inside a word of it
    // ("docs.aws.amazon.co" / "m/") nor after a dot ("docs.aws." / "amazon.com"); its text is the
    // same, with the full stop after it joined to its last piece so that no line starts with it.
    assertEquals(List.of("docs.aws.amazon.com/", "dc/"), pieces);
    assertEquals("docs.aws.amazon.com/dc/x-y.html.", source.selectFirst("a").text());
    assertEquals(
        "x-y.html.",
        source
            .selectFirst("span.keep-together")
            .text()
            .substring(pieces.stream().mapToInt(String::length).sum()));
    assertEquals(
        "docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html.",
        english.selectFirst("span.keep-together").text());
    Document citation = typeset("ja", "<p>対象外です<a href=\"#src-x\">[4]</a>）。次へ。</p>");
    assertEquals(0, citation.select("span.may-break").size());
  }

  @Test
  void japaneseCodeIsALatinRunAndPreformattedTextIsLeftAlone() {
    Document code =
        typeset("ja", "<p>設定は<code>route-table 0.0.0.0/0</code>です。</p><pre>ルート 表</pre>");
    assertEquals(
        List.of("route-table 0.0.0.0/0"),
        code.select("code span.latin").stream().map(Element::wholeText).toList());
    assertEquals(0, code.select("pre span").size());
  }

  @Test
  void japaneseAndLatinLettersOrDigitsAreMarkedForAQuarterEm() {
    Document page = typeset("ja", "<p>今回はAWSネットワークの第3回、2025年。</p>");
    assertEquals(5, page.select("p span.jl-autospace").size());
    assertEquals(
        "今回は|AWS|ネットワークの第|3|回、2025|年。",
        page.selectFirst("p")
            .html()
            .replaceAll("<span class=\"jl-autospace\"></span>", "|")
            .replaceAll("<[^>]+>", ""));
  }

  /**
   * A paragraph inside a block that carries the language (a side of the parallel edition) is marked
   * once, as the page's own paragraphs are: its marks were inserted for the block and again for the
   * paragraph, half an em at each boundary.
   */
  @Test
  void aParagraphInABlockOfItsLanguageIsMarkedOnce() {
    Document page =
        typeset(
            "ja", "<div lang=\"ja\"><p>今回はAWSネットワークの第3回、2025年。</p><dl><dt>AWSの用語</dt></dl></div>");
    assertEquals(5, page.select("p span.jl-autospace").size(), page.selectFirst("p").html());
    assertEquals(1, page.select("dt span.jl-autospace").size(), "a term outside a paragraph");
  }

  @Test
  void aClosingMarkBeforeAnOpeningOneIsTrimmed() {
    Document page = typeset("ja", "<p>対象外です。（注）。「引用」「次」</p>");
    assertEquals(
        "対象外です。|（注）。|「引用」|「次」",
        page.selectFirst("p")
            .html()
            .replaceAll("<span class=\"jl-trim\"></span>", "|")
            .replaceAll("<[^>]+>", ""));
  }

  @Test
  void anIdeographicSpaceBesideAnArrowOrAnEqualsSignIsMarkedNarrow() {
    Document page =
        typeset("ja", "<p>（EC2\u3000→\u3000NATGW）PaaS\u3000＝\u3000共通基盤。全角\u3000空白。</p>");
    assertEquals(4, page.select("p span.jl-narrow-space").size());
    assertEquals(
        List.of("\u3000", "\u3000", "\u3000", "\u3000"),
        page.select("p span.jl-narrow-space").eachText().stream()
            .map(t -> t.isEmpty() ? "\u3000" : t)
            .toList());
    assertEquals(
        "（EC2\u3000→\u3000NATGW）PaaS\u3000＝\u3000共通基盤。全角\u3000空白。",
        page.selectFirst("p").wholeText());
  }

  @Test
  void twoClosingMarksKeptTogetherAreOnePair() {
    Document page = typeset("ja", "<p>対象外です（注）。次は「別」、VPC内）。</p>");
    assertEquals(List.of("）。", "」、", "）。"), page.select("p span.jl-pair").eachText());
    assertEquals("対象外です（注）。次は「別」、VPC内）。", page.selectFirst("p").text());
  }

  @Test
  void japaneseCaptionsAndCellsBreakBetweenPhrasesWithAQuarterEmBeforeLatin() {
    Document page =
        typeset(
            "ja",
            "<div class=\"imageblock\"><div class=\"title\">図2　S3とDynamoDBの場所</div></div>"
                + "<table><tr><td><p>AWSまたは外部サービス</p></td></tr></table>");
    Element caption = page.selectFirst(".title");
    assertEquals(true, caption.select("span.jl-autospace").size() >= 2, caption.html());
    assertEquals("図2　S3とDynamoDBの場所", caption.text());
    assertEquals(true, page.select("td p span.phrase").eachText().contains("サービス"), page.html());
  }

  @Test
  void aJapaneseDateIsKeptWholeInTheListOfSourcesToo() {
    Document page =
        typeset("ja", "<ul class=\"bibliography\"><li><p>[34] 題名. 2026年12月7日.</p></li></ul>");
    assertEquals(
        List.of("2026年12月7日."),
        page.select("span.keep-together").stream().map(Element::text).toList());
  }

  @Test
  void aJapaneseParagraphKeepsItsLastThreeCharactersTogether() {
    Document page = typeset("ja", "<p>プライベートサブネットのEC2がS3にアクセスするために経由します。</p>");
    assertEquals(
        List.of("ます。"), page.select("p span.keep-together").stream().map(Element::text).toList());
    assertEquals("プライベートサブネットのEC2がS3にアクセスするために経由します。", page.selectFirst("p").text());
    // A closing mark may not start a line: the kept characters reach back past it.
    Document closing = typeset("ja", "<p>これは「公開」」。</p>");
    assertEquals(
        List.of("開」」。"),
        closing.select("p span.keep-together").stream().map(Element::text).toList());
    Document english = typeset("en", "<p>It ends here.</p>");
    assertEquals(0, english.select("span.keep-together").size());
  }

  @Test
  void aJapaneseRangeOfNumbersIsKeptWhole() {
    Document page = typeset("ja", "<p>編集部が描いた図1〜5と、補充説明の⑴〜⑷を、箇条書き（1.〜4.）にしました。ここまでです。</p>");
    assertEquals(
        List.of("図1〜5", "⑴〜⑷", "（1.〜4.）", "です。"),
        page.select("p span.keep-together").stream().map(Element::text).toList());
  }

  @Test
  void theTitlePagesDatesGetTheQuarterEmOfTheText() {
    Document page =
        Jsoup.parse(
            "<html lang=\"ja\"><body><div id=\"header\"><div class=\"details\">"
                + "<span class=\"edition\">2026年12月7日発行</span></div></div>"
                + "<div id=\"content\"><p>2026年12月7日に確認しました。</p></div>");
    new PrintTypesetting("ja").apply(page);
    assertEquals(
        page.select("#content span.jl-autospace").size(),
        page.select("#header span.jl-autospace").size());
    assertEquals(true, page.select("#header span.jl-autospace").size() >= 3);
  }
}
