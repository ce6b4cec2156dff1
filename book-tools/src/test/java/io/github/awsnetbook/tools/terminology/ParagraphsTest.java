package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Terms wrapped onto two source lines are found, and reported where they start. */
class ParagraphsTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  private static final Termbase TERMBASE = Terms.fixtureTermbase();

  @TempDir Path root;

  private List<String> terms(String language, String adoc) {
    Books.write(root, language, adoc);
    return Books.scan(ASCIIDOCTOR.get(), root, language, TERMBASE).occurrences().stream()
        .map(o -> o.line() + ":" + o.column() + " " + o.term().text())
        .toList();
  }

  @Test
  void anEnglishTermWrappedOntoTwoLinesIsOneTermWhereItStarts() {
    assertEquals(
        List.of("1:26 NAT gateway", "2:16 VPC"),
        terms("en", "Traffic goes through the NAT\ngateway of the VPC.\n"));
  }

  @Test
  void aJapaneseTermWrappedWithoutASpaceIsTheLongerTerm() {
    assertEquals(List.of("1:4 インターネットゲートウェイ"), terms("ja", "通信はインターネット\nゲートウェイを通ります。\n"));
  }

  @Test
  void aTermInsideOneLineOfAParagraphKeepsItsLineAndColumn() {
    assertEquals(
        List.of("1:1 VPC", "2:7 subnet"), terms("en", "VPC traffic\nand a subnet here.\n"));
  }

  @Test
  void listItemsAndParagraphsAreNotJoined() {
    assertEquals(
        List.of(),
        terms("en", "* Traffic from NAT\n* gateway endpoints\n").stream()
            .filter(term -> term.contains("NAT gateway"))
            .toList());
    assertEquals(
        List.of(),
        terms("en", "Traffic from NAT\n\ngateway endpoints\n").stream()
            .filter(term -> term.contains("NAT gateway"))
            .toList());
  }

  @Test
  void aDeprecatedTermAcrossLinesIsAnErrorTheFixLeavesToTheAuthor() throws Exception {
    Books.write(root, "ja", "本文。\n");
    Path en = Books.write(root, "en", "We use a Nat\nGateway here.\n");
    BookTerms book = Books.scan(ASCIIDOCTOR.get(), root, "en", TERMBASE);
    List<String> errors =
        new TermChecks(TERMBASE, root).deprecated(book).stream().map(f -> f.toString()).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors.get(0).startsWith("content-en/src/docs/asciidoc/index.adoc:1:10: error: "),
        errors.get(0));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TermFix.fix(root, book, TERMBASE, false, new PrintStream(out, true, StandardCharsets.UTF_8));

    assertTrue(out.toString(StandardCharsets.UTF_8).contains("spans two lines"), out.toString());
    assertEquals("We use a Nat\nGateway here.\n", Files.readString(en));
  }
}
