package io.github.awsnetbook.tools.asciidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The steps of a build share each book's model: parsed once, and again only when it changed. */
class SourceModelsTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir Path root;
  private Path folder;
  private Path index;
  private Map<String, Object> attributes;

  @BeforeEach
  void book() throws IOException {
    folder = Files.createDirectories(root.resolve("content-ja/src/docs/asciidoc"));
    index = folder.resolve("index.adoc");
    Files.writeString(index, "= 本\n\n[#intro]\n== 序\n\ninclude::{book-source-dir}/_part.adoc[]\n");
    attributes = Map.of("book-source-dir", folder.toString());
  }

  @Test
  void aBookReadTwiceIsParsedOnce() {
    SourceModels models = ASCIIDOCTOR.models();

    assertSame(models.load(root, index, attributes), models.load(root, index, attributes));
  }

  @Test
  void aBookIsParsedAgainWhenAFileItReadChanges() throws IOException {
    Files.writeString(folder.resolve("_part.adoc"), "[#part]\n== 部\n");
    SourceModels models = ASCIIDOCTOR.models();
    SourceModel first = models.load(root, index, attributes);

    Files.writeString(folder.resolve("_part.adoc"), "[#renamed-part]\n== 部分\n");
    SourceModel second = models.load(root, index, attributes);

    assertNotSame(first, second);
    assertEquals("renamed-part", second.sections().get(second.sections().size() - 1).id());
  }

  @Test
  void anIncludeThatWasMissingIsReadOnceItExists() throws IOException {
    SourceModels models = ASCIIDOCTOR.models();
    SourceModel missing = models.load(root, index, attributes);
    assertTrue(missing.messages().stream().anyMatch(SourceModel.Message::isError));

    Files.writeString(folder.resolve("_part.adoc"), "[#part]\n== 部\n");
    SourceModel found = models.load(root, index, attributes);

    assertTrue(found.messages().stream().noneMatch(SourceModel.Message::isError));
    assertEquals("part", found.sections().get(found.sections().size() - 1).id());
  }

  @Test
  void otherAttributesAreAnotherParse() {
    SourceModels models = ASCIIDOCTOR.models();

    assertNotSame(
        models.load(root, index, attributes),
        models.load(root, index, Map.of("book-source-dir", folder.toString(), "x", "y")));
  }
}
