package io.github.awsnetbook.tools.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureRendererTest {

  private static final FigureTemplate PEERING =
      new FigureTemplate(
          "fig-peering",
          Path.of("fig-peering.svg"),
          "<svg>\n<title>{{title}}</title>\n<text>{{vpc-a}}</text>\n</svg>");

  @Test
  void everyPlaceholderIsReplacedWithTheLocalesLabel() {
    Labels labels =
        new Labels(
            "en",
            Path.of("figures.properties"),
            Map.of("fig-peering.title", "VPC peering", "fig-peering.vpc-a", "VPC A"));

    FigureRenderer.Result result = FigureRenderer.render(List.of(PEERING), labels);

    assertFalse(result.failed());
    assertEquals(List.of(), result.problems());
    assertEquals(
        "<svg>\n<title>VPC peering</title>\n<text>VPC A</text>\n</svg>",
        result.svgs().get("fig-peering"));
  }

  @Test
  void aMissingLabelIsAnErrorNamingTheFigureTheLocaleAndTheKey() {
    Labels labels =
        new Labels(
            "en",
            Path.of("content-en/figures.properties"),
            Map.of("fig-peering.title", "VPC peering"));

    FigureRenderer.Result result = FigureRenderer.render(List.of(PEERING), labels);

    assertTrue(result.failed());
    assertFalse(result.svgs().containsKey("fig-peering"), "a figure with a gap was rendered");
    String message = result.problems().get(0).toString();
    assertTrue(message.startsWith("content-en/figures.properties:1:1: error: "), message);
    assertTrue(message.contains("figure fig-peering (fig-peering.svg:3)"), message);
    assertTrue(message.contains("label 'vpc-a' in locale en"), message);
    assertTrue(message.contains("fig-peering.vpc-a = "), message);
  }

  @Test
  void aLabelNoFigureUsesIsAWarningAtItsLine(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("figures.properties");
    Files.writeString(
        file,
        "# labels\nfig-peering.title = VPC peering\n"
            + "fig-peering.vpc-a = VPC A\nfig-peering.vpc-z = VPC Z\n",
        StandardCharsets.UTF_8);

    FigureRenderer.Result result = FigureRenderer.render(List.of(PEERING), Labels.load("en", file));

    assertFalse(result.failed());
    Diagnostic warning = result.problems().get(0);
    assertEquals(Diagnostic.Severity.WARNING, warning.severity());
    assertEquals(4, warning.line());
    assertTrue(warning.message().contains("fig-peering.vpc-z"), warning.message());
  }

  @Test
  void theCommandWritesEveryFigureAndFailsWithoutWritingOnAnError(@TempDir Path folder)
      throws IOException {
    Path figures = Files.createDirectories(folder.resolve("figures"));
    Files.writeString(figures.resolve("fig-peering.svg"), PEERING.source());
    Path labels = folder.resolve("ja.properties");
    Files.writeString(
        labels,
        "fig-peering.title = VPC ピアリング\nfig-peering.vpc-a = VPC A\n",
        StandardCharsets.UTF_8);
    Path out = folder.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int ok =
        RenderFigures.run(
            new String[] {figures.toString(), labels.toString(), "ja", out.toString()},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err));

    assertEquals(0, ok);
    assertTrue(Files.readString(out.resolve("fig-peering.svg")).contains("VPC ピアリング"));

    Files.writeString(labels, "fig-peering.title = VPC ピアリング\n", StandardCharsets.UTF_8);
    Path out2 = folder.resolve("out2");
    int failed =
        RenderFigures.run(
            new String[] {figures.toString(), labels.toString(), "ja", out2.toString()},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err));

    assertEquals(1, failed);
    assertFalse(Files.exists(out2), "a failed run wrote figures");
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("label 'vpc-a' in locale ja"));
  }

  @Test
  void aFigureThatIsALinkOutOfTheRepositoryIsRefusedBeforeAnythingIsRead(
      @TempDir Path folder, @TempDir Path elsewhere) throws IOException {
    Path figures = Files.createDirectories(folder.resolve("assets/figures"));
    Path outside = Files.writeString(elsewhere.resolve("secret.svg"), PEERING.source());
    Files.createSymbolicLink(figures.resolve("fig-peering.svg"), outside);
    Path labels = folder.resolve("ja.properties");
    Files.writeString(labels, "fig-peering.title = x\nfig-peering.vpc-a = A\n");
    Path out = folder.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        RenderFigures.run(
            new String[] {
              figures.toString(), labels.toString(), "ja", out.toString(), folder.toString()
            },
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err));

    assertEquals(1, code);
    assertFalse(Files.exists(out));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .contains(
                "assets/figures/fig-peering.svg:1:1: error: a symbolic link to "
                    + outside.toRealPath()),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theCommandNamesEveryFileRelativeToTheRepository(@TempDir Path repository)
      throws IOException {
    Path figures = Files.createDirectories(repository.resolve("assets/figures"));
    Files.writeString(figures.resolve("fig-peering.svg"), PEERING.source());
    Path labels = repository.resolve("content-ja/src/docs/asciidoc/figures/figures.properties");
    Files.createDirectories(labels.getParent());
    Files.writeString(
        labels, "fig-peering.title = VPC ピアリング\nfig-peering.old = 古い\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = {
      figures.toString(),
      labels.toString(),
      "ja",
      repository.resolve("content-ja/target/figures").toString(),
      repository.toString()
    };

    int code =
        RenderFigures.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(1, code);
    String printed = err.toString(StandardCharsets.UTF_8);
    assertFalse(printed.contains(repository.toString()), printed);
    assertTrue(
        printed.startsWith(
            "content-ja/src/docs/asciidoc/figures/figures.properties:1:1: error: figure fig-peering"
                + " (fig-peering.svg:"),
        printed);
    assertTrue(printed.contains("[figures/missing-label]\nfig-peering.title = VPC ピアリング\n^\n"));
    assertTrue(
        printed.contains(
            "content-ja/src/docs/asciidoc/figures/figures.properties:2:1: warning: label"
                + " 'fig-peering.old' is used by no figure; remove it, or check its figure and key"
                + " [figures/unused-label]\nfig-peering.old = 古い\n^\n"),
        printed);

    Files.writeString(
        labels,
        "fig-peering.title = VPC ピアリング\nfig-peering.vpc-a = VPC A\n",
        StandardCharsets.UTF_8);
    out.reset();
    assertEquals(
        0,
        RenderFigures.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertEquals(
        "rendered 1 figures for ja into content-ja/target/figures\n",
        out.toString(StandardCharsets.UTF_8));
  }
}
