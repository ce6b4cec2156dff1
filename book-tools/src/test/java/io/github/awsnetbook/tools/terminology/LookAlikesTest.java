package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A term written with look-alike letters of another script, and a word that mixes scripts, are
 * found with ICU's SpoofChecker (UTS #39) and reported with the ICU names of the letters.
 */
class LookAlikesTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final Termbase TERMBASE = Terms.fixtureTermbase();

  @TempDir Path root;

  /** The look-alike findings of a book of {@code language}, the source's where it is "ja". */
  private List<String> check(String language, String adoc) {
    Books.write(root, language, adoc);
    BookTerms book = Books.scan(ASCIIDOCTOR.get(), root, language, TERMBASE);
    return new TermChecks(TERMBASE, root)
        .lookAlikes(book, language.equals("ja")).stream().map(Object::toString).toList();
  }

  @Test
  void aDeprecatedTermWithACyrillicLetterIsAnErrorThatNamesTheLetterAndThePreferredTerm() {
    assertEquals(
        List.of(
            "content-en/src/docs/asciidoc/index.adoc:3:11: error: \"Nat Gat\u0435way\" is the"
                + " deprecated \"Nat Gateway\" written with U+0435 CYRILLIC SMALL LETTER IE at"
                + " column 18, a Cyrillic letter among Latin ones that looks like one of them;"
                + " write \"NAT gateway\" [terminology/look-alike-term]"),
        check("en", "= Book\n\nIt uses a Nat Gat\u0435way.\n"));
  }

  @Test
  void aPreferredTermWithLookAlikeLettersIsAnErrorToo() {
    assertEquals(
        List.of(
            "content-en/src/docs/asciidoc/index.adoc:3:4: error: \"\u0435l\u0430stic network"
                + " interface\" is the term \"elastic network interface\" written with U+0435"
                + " CYRILLIC SMALL LETTER IE at column 4, U+0430 CYRILLIC SMALL LETTER A at column"
                + " 6, Cyrillic letters among Latin ones that look like them, so searches,"
                + " translators' tools and these checks miss it; write \"elastic network"
                + " interface\" in its own letters [terminology/look-alike-term]"),
        check("en", "= Book\n\nAn \u0435l\u0430stic network interface.\n"));
  }

  @Test
  void aTermWrittenWhollyInAnotherScriptIsFound() {
    // Cyrillic ЕС for the Latin EC of "EC2": whole-script confusable, no Latin letter in it.
    List<String> findings = check("en", "= Book\n\nStart an \u0415\u04212 instance.\n");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(
        "content-en/src/docs/asciidoc/index.adoc:3:10: error: \"\u0415\u04212\" is the term"
            + " \"EC2\" written with U+0415 CYRILLIC CAPITAL LETTER IE at column 10, U+0421"
            + " CYRILLIC CAPITAL LETTER ES at column 11, Cyrillic letters among Latin ones that"
            + " look like them, so searches, translators' tools and these checks miss it; write"
            + " \"EC2\" in its own letters [terminology/look-alike-term]",
        findings.get(0));
  }

  @Test
  void aJapaneseTermWithAHanLookAlikeOfThePrologedSoundMarkIsFound() {
    assertEquals(
        List.of(
            "content-ja/src/docs/asciidoc/index.adoc:3:1: error: \"ル\u4E00トテーブル\" is the"
                + " term \"ルートテーブル\" written with U+4E00 CJK UNIFIED IDEOGRAPH-4E00 at column 2,"
                + " a Han letter among Katakana ones that looks like one of them, so searches,"
                + " translators' tools and these checks miss it; write \"ルートテーブル\" in its own"
                + " letters [terminology/look-alike-term]"),
        check("ja", "= 本\n\nル\u4E00トテーブルを見ます。\n"));
  }

  @Test
  void aMixedScriptWordIsAnErrorInATranslationAndAWarningInTheSource() {
    assertEquals(
        List.of(
            "content-en/src/docs/asciidoc/index.adoc:3:5: error: \"gat\u0435keeper\" mixes"
                + " scripts: U+0435 CYRILLIC SMALL LETTER IE at column 8 is Cyrillic, the other"
                + " letters Latin; write the word in one script [terminology/mixed-script-word]"),
        check("en", "= Book\n\nThe gat\u0435keeper.\n"));
    assertEquals(
        List.of(
            "content-ja/src/docs/asciidoc/index.adoc:3:3: warning: \"p\u03B1ss\" mixes scripts:"
                + " U+03B1 GREEK SMALL LETTER ALPHA at column 4 is Greek, the other letters Latin;"
                + " write the word in one script [terminology/mixed-script-word]"),
        check("ja", "= 本\n\nこのp\u03B1ssです。\n"));
  }

  @Test
  void japaneseProseThatMixesLatinKanaAndHanInLinesAndWordsIsNotFlagged() {
    assertEquals(
        List.of(),
        check(
            "ja",
            "= 本\n\nNATゲートウェイ経由でS3とDynamoDBへ。β版のAPIは3ヶ月後、ルートテーブルは"
                + "「0.0.0.0/0」、ワード・パスワード、AWSのVPCエンドポイント。\n"));
    assertEquals(
        List.of(),
        check("en", "= Book\n\nThe NAT gateway, EC2, the β release and 東京 (Tokyo) Region.\n"));
  }
}
