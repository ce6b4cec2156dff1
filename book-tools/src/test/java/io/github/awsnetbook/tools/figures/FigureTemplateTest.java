package io.github.awsnetbook.tools.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureTemplateTest {

  private static final Path FILE = Path.of("assets/figures/fig-test.svg");

  private static FigureTemplate template(String source) {
    return new FigureTemplate("fig-test", FILE, source);
  }

  @Test
  void keysAreThePlaceholdersOfTextAndTitleElementsInOrder() {
    FigureTemplate figure =
        template(
            """
            <svg xmlns="http://www.w3.org/2000/svg">
              <title>{{title}}</title>
              <text x="10" y="20">{{vpc}}</text>
              <text x="10" y="40">{{subnet}}</text>
              <text x="10" y="60">{{vpc}}</text>
            </svg>
            """);

    assertEquals(List.of("title", "vpc", "subnet"), List.copyOf(figure.keys()));
    assertTrue(figure.validate().isEmpty());
  }

  @Test
  void renderingEscapesMarkupInTheLabels() {
    FigureTemplate figure = template("<svg><text x=\"1\">{{a}}</text></svg>");

    String svg = figure.render(key -> "S3 & <DynamoDB>");

    assertEquals("<svg><text x=\"1\">S3 &amp; &lt;DynamoDB&gt;</text></svg>", svg);
  }

  @Test
  void theDrawingAroundTheLabelsKeepsItsBytesAsDrawn() {
    String drawn =
        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <!-- a & b -->\n"
            + "  <rect x='1' width=\"2\"/><text x=\"&#49;\">{{a}}</text>\n</svg>\n";

    String svg = template(drawn).render(key -> "\"quoted\"");

    assertEquals(drawn.replace("{{a}}", "\"quoted\""), svg);
  }

  @Test
  void aLabelWithLineBreaksBecomesOneTspanPerLineAtTheSameX() {
    FigureTemplate figure = template("<svg><text x=\"42\" y=\"9\">{{a}}</text></svg>");

    String svg = figure.render(Map.of("a", "NAT\nゲートウェイ")::get);

    assertEquals(
        "<svg><text x=\"42\" y=\"9\"><tspan x=\"42\">NAT</tspan>"
            + "<tspan x=\"42\" dy=\"1.25em\">ゲートウェイ</tspan></text></svg>",
        svg);
  }

  @Test
  void japaneseAndLatinInALabelAreSetAQuarterEmApartAndTheAccessibleNameIsLeftAlone() {
    FigureTemplate figure =
        template(
            "<svg><title>{{t}}</title><text x=\"5\">{{a}}</text><text x=\"5\">{{b}}</text></svg>");

    String svg = figure.render(Map.of("t", "S3のリスト", "a", "S3のリスト", "b", "AWSの\nルーター（VIF）")::get);

    assertEquals(
        "<svg><title>S3のリスト</title>"
            + "<text x=\"5\">S3<tspan dx=\"0.25em\">のリスト</tspan></text>"
            + "<text x=\"5\"><tspan x=\"5\">AWS<tspan dx=\"0.25em\">の</tspan></tspan>"
            + "<tspan x=\"5\" dy=\"1.25em\">ルーター（VIF）</tspan></text></svg>",
        svg);
  }

  @Test
  void malformedSourceIsReportedWithItsLineAndColumn() {
    FigureTemplate figure =
        template(
            """
            <svg xmlns="http://www.w3.org/2000/svg">
              <rect x="1"
              <text>{{a}}</text>
            </svg>
            """);

    Diagnostic problem = figure.validate().orElseThrow();

    assertEquals(Diagnostic.Severity.ERROR, problem.severity());
    assertEquals(3, problem.line());
    assertTrue(problem.toString().startsWith(FILE + ":3:"), problem.toString());
    assertTrue(problem.message().startsWith("malformed XML"), problem.message());
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
    FigureTemplate figure =
        template(
            """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <svg><text>&secret;</text></svg>
            """);

    Diagnostic problem = figure.validate().orElseThrow();

    assertEquals(2, problem.line());
    assertTrue(problem.message().contains("DOCTYPE"), problem.message());
  }

  @Test
  void aPlaceholderThatIsNotAWholeTextElementIsAnErrorAtItsPlace() {
    FigureTemplate figure = template("<svg>\n<text>VPC {{vpc}}</text>\n</svg>");

    Diagnostic problem = figure.validate().orElseThrow();

    assertEquals(2, problem.line());
    assertEquals(11, problem.column());
    assertTrue(problem.message().contains("{{vpc}}"), problem.message());
  }
}
