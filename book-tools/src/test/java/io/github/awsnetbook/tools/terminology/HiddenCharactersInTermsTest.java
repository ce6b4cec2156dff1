package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.UnicodeSetIterator;
import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.SourceText;
import io.github.awsnetbook.tools.typography.InvisibleCharacters;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deprecated term with an invisible character inside is the deprecated term a reader reads: it is
 * found, and the finding names the hidden character and its column.
 */
class HiddenCharactersInTermsTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final Termbase TERMBASE = Terms.fixtureTermbase();

  @TempDir Path root;

  private List<String> deprecated(String language, String adoc) {
    Books.write(root, language, adoc);
    BookTerms book = Books.scan(ASCIIDOCTOR.get(), root, language, TERMBASE);
    return new TermChecks(TERMBASE, root)
        .deprecated(book).stream()
            .map(finding -> SourceText.withLine(root, finding).render())
            .toList();
  }

  @Test
  void aZeroWidthSpaceInsideADeprecatedTermIsFoundAndNamedAtItsColumn() {
    assertEquals(
        List.of(
            "content-en/src/docs/asciidoc/index.adoc:3:11: error: \"Nat Gate<U+200B>way\" (with"
                + " U+200B ZERO WIDTH SPACE at column 19 inside, which a reader does not see) is"
                + " deprecated; write \"NAT gateway\" [terminology/deprecated-term]\n"
                + "It uses a Nat Gate<U+200B>way.\n"
                + "          ^"),
        deprecated("en", "= Book\n\nIt uses a Nat Gate\u200Bway.\n"));
  }

  @Test
  void aSoftHyphenAndAWordJoinerInsideADeprecatedTermAreBothNamed() {
    assertEquals(
        List.of(
            "content-en/src/docs/asciidoc/index.adoc:3:3: error: \"leased<U+2060> li<U+00AD>ne\""
                + " (with U+2060 WORD JOINER at column 9, U+00AD SOFT HYPHEN at column 13 inside,"
                + " which readers do not see) is deprecated; write \"dedicated line\""
                + " [terminology/deprecated-term]\n"
                + "A leased<U+2060> li<U+00AD>ne.\n"
                + "  ^"),
        deprecated("en", "= Book\n\nA leased\u2060 li\u00ADne.\n"));
  }

  @Test
  void aHiddenCharacterInsideAJapaneseDeprecatedTermIsFoundToo() {
    List<String> findings = deprecated("ja", "= 本\n\nオン\u200Bプレのサーバー。\n");
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(
        "content-ja/src/docs/asciidoc/index.adoc:3:1: error: \"オン<U+200B>プレ\" (with U+200B"
            + " ZERO WIDTH SPACE at column 3 inside, which a reader does not see) is deprecated;"
            + " write \"オンプレミス\" [terminology/deprecated-term]",
        findings.get(0).lines().findFirst().orElseThrow());
  }

  @Test
  void everyCharacterTermsAreMatchedWithoutIsOneTheSafetyCheckReports() {
    UnicodeSetIterator each = new UnicodeSetIterator(InvisibleCharacters.DEFAULT_IGNORABLE);
    int checked = 0;
    while (each.next()) {
      String hidden = Character.toString(each.codepoint);
      assertEquals("ab", NormalizedText.form("a" + hidden + "b", false), hidden);
      assertNotNull(InvisibleCharacters.kindOf(each.codepoint), hidden);
      checked++;
    }
    assertTrue(checked > 4000, "Default_Ignorable_Code_Point has " + checked);
  }

  @Test
  void aTermWithoutHiddenCharactersIsReportedAsBefore() {
    assertEquals(
        List.of(
            "content-en/src/docs/asciidoc/index.adoc:3:3: error: \"leased line\" is deprecated;"
                + " write \"dedicated line\" [terminology/deprecated-term]\n"
                + "A leased line.\n"
                + "  ^"),
        deprecated("en", "= Book\n\nA leased line.\n"));
  }
}
