package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FigureLabelsTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path root;

  private Path labels(String language, String content) throws IOException {
    Path file = Book.sourceFolder(root, language).resolve("figures/figures.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsTheValuesWithTheirLinesAndKeys() throws IOException {
    Path file =
        labels(
            "ja",
            """
            # Labels of the figures
            fig-endpoints.title = ゲートウェイエンドポイントの経路

            ! another comment
            fig-endpoints.caption: NAT ゲートウェイを通らない \\
                AWS のネットワーク
            fig-dx.title=Direct Connect \\u30b2\\u30fc\\u30c8\\u30a6\\u30a7\\u30a4
            """);
    List<String> read =
        FigureLabels.read(file).stream()
            .map(s -> s.line() + " [" + s.sectionId() + "] " + s.text())
            .toList();
    assertEquals(
        List.of(
            "2 [figure:fig-endpoints.title] ゲートウェイエンドポイントの経路",
            "5 [figure:fig-endpoints.caption] NAT ゲートウェイを通らない ",
            "6 [figure:fig-endpoints.caption] AWS のネットワーク",
            "7 [figure:fig-dx.title] Direct Connect ゲートウェイ"),
        read);
  }

  @Test
  void findingsInLabelsPointIntoTheLineAsWritten() throws IOException {
    Termbase termbase = Terms.fixtureTermbase();
    Books.write(root, "ja", "本文。\n");
    Books.write(root, "en", "Text.\n");
    labels("ja", "fig-dx.title=\\u5c02\\u7528\\u7dda\nfig-nat.title = NAT Gateway\n");
    labels("en", "fig-dx.title=A leased line\nfig-nat.title = A NAT gateway\n");
    BookTerms ja = Books.scan(ASCIIDOCTOR.get(), root, "ja", termbase);
    BookTerms en = Books.scan(ASCIIDOCTOR.get(), root, "en", termbase);
    String jaFile = "content-ja/src/docs/asciidoc/figures/figures.properties";
    String enFile = "content-en/src/docs/asciidoc/figures/figures.properties";
    // The deprecated label on the ja side is no presence of the concept: reported once, from the
    // en side, naming it.
    assertEquals(
        List.of(
            enFile
                + ":1:16: error: \"leased line\" is deprecated; write \"dedicated line\""
                + " [terminology/deprecated-term]",
            enFile
                + ":2:19: error: \"NAT gateway\" in figure label fig-nat.title of the en book: the"
                + " ja source has only the deprecated \"NAT Gateway\" ("
                + jaFile
                + ":2:17); translate what the source says, or write \"NATゲートウェイ\" in the source"
                + " [terminology/concept-missing-in-translation]",
            jaFile
                + ":1:14: error: \"\\u5c02\\u7528\\u7dda\" in figure label fig-dx.title of the ja"
                + " book: its en translation has only the deprecated \"leased line\" ("
                + enFile
                + ":1:16); write \"dedicated line\" in the translation"
                + " [terminology/concept-missing-in-translation]",
            jaFile
                + ":2:17: error: \"NAT Gateway\" is deprecated; write \"NATゲートウェイ\""
                + " [terminology/deprecated-term]"),
        new TermChecks(termbase, root)
            .all(ja, List.of(en)).stream().map(f -> f.toString()).toList());
  }
}
