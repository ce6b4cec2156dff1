package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.awsnetbook.tools.safety.ImageDimensions;
import io.github.awsnetbook.tools.safety.ImageTargets;
import io.github.awsnetbook.tools.safety.RawContent;
import io.github.awsnetbook.tools.safety.SvgReferences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The book's own images and drawings (assets/images, assets/figures) pass the source checks' limits
 * and reference rules, every file of them, whether a chapter shows it yet or not: the checks
 * themselves are tested in book-tools on small files of their own (ImageDimensionsTest,
 * SvgReferencesTest), the real assets here.
 */
class BookAssetsIT {

  @Test
  void theBooksOwnImagesAreWithinTheLimits() throws IOException {
    Path root = Book.root();
    int images = 0;
    for (String folder : ImageTargets.IMAGE_FOLDERS) {
      try (Stream<Path> files = Files.list(root.resolve(folder))) {
        for (Path image : files.toList()) {
          // As a chapter's image macro names it: by its path in its folder.
          RawContent.Item macro =
              new RawContent.Item(
                  RawContent.Kind.IMAGE,
                  root.resolve(folder).relativize(image).toString(),
                  root.resolve("content-ja/src/docs/asciidoc/index.adoc"),
                  1,
                  1);
          assertEquals(List.of(), ImageDimensions.check(root, List.of(macro)), image.toString());
          images++;
        }
      }
    }
    assertFalse(images == 0, "no image found");
  }

  @Test
  void theBooksOwnDrawingsReferenceNothingOutsideThemselves() throws IOException {
    List<Path> drawings;
    try (Stream<Path> files = Files.list(Book.root().resolve("assets/figures"))) {
      drawings = files.filter(file -> file.toString().endsWith(".svg")).toList();
    }
    assertFalse(drawings.isEmpty(), "no drawing found");
    for (Path drawing : drawings) {
      assertEquals(
          List.of(),
          SvgReferences.check(drawing, Files.readString(drawing, StandardCharsets.UTF_8)),
          drawing.toString());
    }
  }
}
