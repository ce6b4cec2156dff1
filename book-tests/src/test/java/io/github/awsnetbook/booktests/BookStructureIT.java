package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.translation.BookOutline;
import io.github.awsnetbook.tools.translation.Outline;
import io.github.awsnetbook.tools.translation.Section;
import io.github.awsnetbook.tools.translation.StructureParity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outline of the real books, as the translation check reads it: every locale has the source's
 * sections, tables and structure. What the outline reader finds in a book is tested on small books
 * in book-tools ({@code BookOutlineTest}, {@code StructureParityTest}).
 */
class BookStructureIT {

  private static Path folder(String lang) {
    return Book.root().resolve("content-" + lang).resolve("src/docs/asciidoc");
  }

  @Test
  void everyLocaleHasTheSectionsAndTheTableOfTheSource() {
    String source = Book.source().lang();
    SourceModels.withOwnAsciidoctor(
        models -> {
          Outline original = BookOutline.read(models, source, folder(source), Book.root());
          assertEquals(
              List.of(
                  Section.HEADER_ID,
                  "article-0003",
                  "direct-connect",
                  "peering-transit-gateway",
                  "aws-wavelength",
                  "sources",
                  "about-this-edition",
                  "colophon"),
              original.ids());
          assertEquals(
              List.of("tbl-service-layers (3 rows x 4 columns)"),
              original.section("article-0003").orElseThrow().tables().stream()
                  .map(t -> t.id() + " (" + (t.rows() - 1) + " rows x " + t.columns() + " columns)")
                  .toList(),
              "the header row is not counted here");
          for (String lang : Book.langs()) {
            Outline translation = BookOutline.read(models, lang, folder(lang), Book.root());
            assertEquals(original.ids(), translation.ids(), lang);
            assertEquals(
                List.of(), StructureParity.compare(Book.root(), original, translation), lang);
          }
          return null;
        });
  }
}
