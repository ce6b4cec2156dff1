package io.github.awsnetbook.tools.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** The step as the build runs it, for the locale {@code ja}. */
  private static RenderFigures.Outcome render(
      Path figures, Path labels, Path out, Optional<Path> root) {
    return RenderFigures.render(new RenderFigures.Request(figures, labels, "ja", out, root));
  }

  @Test
  void theStepWritesEveryFigureAndFailsWithoutWritingOnAnError(@TempDir Path folder)
      throws IOException {
    Path figures = Files.createDirectories(folder.resolve("figures"));
    Files.writeString(figures.resolve("fig-peering.svg"), PEERING.source());
    Path labels = folder.resolve("ja.properties");
    Files.writeString(
        labels,
        "fig-peering.title = VPC ピアリング\nfig-peering.vpc-a = VPC A\n",
        StandardCharsets.UTF_8);
    Path out = folder.resolve("out");

    RenderFigures.Outcome written = render(figures, labels, out, Optional.empty());

    assertEquals(List.of(), written.problems());
    assertEquals(1, written.rendered());
    assertTrue(Files.readString(out.resolve("fig-peering.svg")).contains("VPC ピアリング"));

    Files.writeString(labels, "fig-peering.title = VPC ピアリング\n", StandardCharsets.UTF_8);
    Path out2 = folder.resolve("out2");
    RenderFigures.Outcome failed = render(figures, labels, out2, Optional.empty());

    assertTrue(failed.failed());
    assertEquals(0, failed.rendered());
    assertFalse(Files.exists(out2), "a failed run wrote figures");
    Diagnostic missing = failed.problems().get(0);
    assertEquals("figures/missing-label", missing.ruleId());
    assertTrue(missing.message().contains("label 'vpc-a' in locale ja"), missing.message());
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

    RenderFigures.Outcome outcome = render(figures, labels, out, Optional.of(folder));

    assertTrue(outcome.failed());
    assertFalse(Files.exists(out));
    Diagnostic refused = outcome.problems().get(0).relativeTo(folder);
    assertEquals("assets/figures/fig-peering.svg", refused.shownPath());
    assertEquals(1, refused.line());
    assertTrue(
        refused.message().startsWith("a symbolic link to " + outside.toRealPath()),
        refused.message());
  }

  @Test
  void eachProblemIsAtItsLabelsLineNamedRelativeToTheRepository(@TempDir Path repository)
      throws IOException {
    Path figures = Files.createDirectories(repository.resolve("assets/figures"));
    Files.writeString(figures.resolve("fig-peering.svg"), PEERING.source());
    Path labels = repository.resolve("content-ja/src/docs/asciidoc/figures/figures.properties");
    Files.createDirectories(labels.getParent());
    Files.writeString(
        labels, "fig-peering.title = VPC ピアリング\nfig-peering.old = 古い\n", StandardCharsets.UTF_8);
    Path out = repository.resolve("content-ja/target/figures");

    List<Diagnostic> problems =
        render(figures, labels, out, Optional.of(repository)).problems().stream()
            .map(problem -> problem.relativeTo(repository))
            .toList();

    assertEquals(2, problems.size(), problems.toString());
    Diagnostic missing = problems.get(0);
    assertEquals("content-ja/src/docs/asciidoc/figures/figures.properties", missing.shownPath());
    assertEquals(1, missing.line());
    assertEquals(Diagnostic.Severity.ERROR, missing.severity());
    assertTrue(
        missing.message().startsWith("figure fig-peering (fig-peering.svg:"), missing.message());
    assertEquals("figures/missing-label", missing.ruleId());
    assertEquals(
        "content-ja/src/docs/asciidoc/figures/figures.properties:2:1: warning: label"
            + " 'fig-peering.old' is used by no figure; remove it, or check its figure and key"
            + " [figures/unused-label]",
        problems.get(1).toString());
  }
}
