package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TermFixTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path root;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private int fix(String... more) throws IOException {
    Path termbase = Terms.fixtureRoot().resolve("terminology/aws-networking.tbx");
    Files.createDirectories(root.resolve("terminology"));
    Files.copy(termbase, root.resolve("terminology/aws-networking.tbx"));
    String[] args = new String[] {"--root", root.toString(), "--locales", "ja en"};
    String[] all =
        java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
            .toArray(String[]::new);
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    return TermFix.run(all, out, out, ASCIIDOCTOR.models());
  }

  @Test
  void rewritesDeprecatedTermsWhereThePreferredOneIsClear() throws IOException {
    Path ja = Books.write(root, "ja", "= 本\n\nDirect　Connectと、ＮＡＴ Ｇａｔｅｗａｙ。\r\nインタフェースエンドポイント。\n");
    Path en =
        Books.write(
            root,
            "en",
            """
            = Book

            A leased line, a Nat Gateway (NAT gateway (NATGW) stays), and a Transit Gateway.
            """);
    assertEquals(0, fix());
    assertEquals(
        "= 本\n\nAWS Direct Connectと、NATゲートウェイ。\r\nインターフェイスエンドポイント。\n",
        Files.readString(ja, StandardCharsets.UTF_8));
    assertEquals(
        "= Book\n\nA dedicated line, a NAT gateway (NAT gateway (NATGW) stays), and a"
            + " Transit Gateway.\n",
        Files.readString(en, StandardCharsets.UTF_8));
    String ja3 = "content-ja/src/docs/asciidoc/index.adoc:3:";
    String en3 = "content-en/src/docs/asciidoc/index.adoc:3:";
    assertEquals(
        String.join(
            "\n",
            ja3 + "1: \"Direct　Connect\" → \"AWS Direct Connect\"",
            ja3 + "17: \"ＮＡＴ Ｇａｔｅｗａｙ\" → \"NATゲートウェイ\"",
            "content-ja/src/docs/asciidoc/index.adoc:4:1: \"インタフェースエンドポイント\" → \"インターフェイスエンドポイント\"",
            en3 + "3: \"leased line\" → \"dedicated line\"",
            en3 + "18: \"Nat Gateway\" → \"NAT gateway\"",
            en3
                + "65: \"Transit Gateway\" not changed: more than one preferred term; write"
                + " \"AWS Transit Gateway\" or \"transit gateway\" by hand",
            ""),
        printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aDryRunChangesNothing() throws IOException {
    Path en = Books.write(root, "en", "A leased line.\n");
    Books.write(root, "ja", "専用線。\n");
    assertEquals(0, fix("--dry-run", "true"));
    assertEquals("A leased line.\n", Files.readString(en, StandardCharsets.UTF_8));
    assertEquals(
        "content-en/src/docs/asciidoc/index.adoc:1:3: \"leased line\" → \"dedicated line\"\n",
        printed.toString(StandardCharsets.UTF_8));
  }
}
