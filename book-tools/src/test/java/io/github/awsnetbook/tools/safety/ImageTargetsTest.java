package io.github.awsnetbook.tools.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageTargetsTest {

  @TempDir Path root;
  private Path chapter;

  @BeforeEach
  void repository() throws IOException {
    Files.createDirectories(root.resolve("assets/images"));
    Files.createDirectories(root.resolve("assets/figures"));
    Files.writeString(root.resolve("assets/images/logo.svg"), "<svg/>");
    Files.writeString(root.resolve("assets/figures/fig-peering.svg"), "<svg/>");
    chapter = root.resolve("content-en/src/docs/asciidoc/chapters/_one.adoc");
  }

  private List<Diagnostic> check(String text) {
    return ImageTargets.check(root, RawContent.scan(chapter, text));
  }

  @Test
  void imagesOfTheRepositoryAndItsFiguresPass() {
    assertEquals(
        List.of(),
        check(
            ":title-logo-image: image:logo.svg[pdfwidth=38%]\n\n"
                + "image::fig-peering.svg[\"VPC A and VPC B\",pdfwidth=100%]\n\n"
                + "Inline image:./logo.svg[Logo] and image:data:image/png;base64,AAAA[x].\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a block image climbing out |"
            + " image::../../../../../../../../usr/share/pixmaps/debian-logo.png[] | 1 | an image"
            + " target that resolves outside the images folder:"
            + " ../../../../../../../../usr/share/pixmaps/debian-logo.png",
        "an inline absolute image | See image:/usr/share/pixmaps/debian-logo.png[] here."
            + " | 5 | an image target that is an absolute path: /usr/share/pixmaps/debian-logo.png",
        "a missing image | image::no-such-figure.svg[] | 1 | an image that does not exist:"
            + " no-such-figure.svg is in neither assets/images nor assets/figures",
        "a remote image | image::https://evil.example/pixel.png[] | 1 | an image target that is"
            + " a URL: https://evil.example/pixel.png",
        "a file URL | image:file:///etc/passwd[] | 1 | an image target that is a URL",
        "an attribute reference | image::{secret-dir}/x.png[] | 1 | an image target with an"
            + " attribute reference",
        "inside, but not an image folder | image::../figures/fig-peering.svg[] | 1 | resolves"
            + " outside the images folder",
      })
  void anImageTargetThatIsNoFileOfTheImageFoldersIsAnErrorAtItsPlace(
      String name, String line, int column, String message) {
    List<Diagnostic> problems = check("= Title\n\n" + line + "\n");

    assertEquals(1, problems.size(), name + ": " + problems);
    Diagnostic problem = problems.get(0);
    assertTrue(problem.isError());
    assertEquals(3, problem.line());
    assertEquals(column, problem.column());
    assertTrue(problem.message().contains(message), problem.message());
  }

  @Test
  void anImageInAListingBlockOrACommentIsText() {
    assertEquals(List.of(), check("----\nimage::/etc/passwd[]\n----\n\n// image::/etc/shadow[]\n"));
  }

  @Test
  void anImageThatIsALinkOutOfTheRepositoryIsAnError(@TempDir Path elsewhere) throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("secret.png"), "secret");
    Files.createSymbolicLink(root.resolve("assets/images/pixel.png"), secret);

    List<Diagnostic> problems = check("image::pixel.png[]\n");

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).message().contains("a symbolic link to " + secret.toRealPath()),
        problems.get(0).message());
  }

  @Test
  void anImageThatIsALinkInsideTheRepositoryPasses() throws IOException {
    Files.createSymbolicLink(
        root.resolve("assets/images/peering.svg"), Path.of("../figures/fig-peering.svg"));

    assertEquals(List.of(), check("image::peering.svg[]\n"));
  }
}
