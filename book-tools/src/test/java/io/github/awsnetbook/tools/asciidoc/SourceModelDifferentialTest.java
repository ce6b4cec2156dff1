package io.github.awsnetbook.tools.asciidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.awsnetbook.tools.typography.JapaneseTypesetting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.StructuralNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model against Asciidoctor's own parser, walked with {@code findBy}: the real books, the
 * typography stress document and a corpus of edge cases give the same section IDs and levels, the
 * same block kinds in the same order, the same source lines, and the same source locations (or,
 * where Asciidoctor maps a file's last block to the include directive, the line in the included
 * file that holds the block). Every difference is listed; there must be none.
 */
class SourceModelDifferentialTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @TempDir static Path corpus;

  private static Path repository() {
    String configured = System.getProperty("book.root");
    return (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
  }

  @Test
  void theRealBooksStressDocumentAndEdgeCasesParseAsAsciidoctorParsesThem() {
    Path root = repository();
    List<String> differences = new ArrayList<>();
    int nodes = 0;
    for (String lang : List.of("ja", "en")) {
      Path folder = root.resolve("content-" + lang + "/src/docs/asciidoc");
      nodes +=
          compare(
              root,
              folder.resolve("index.adoc"),
              Map.of("book-source-dir", folder.toString()),
              differences);
    }
    Path stress = root.resolve("book-tests/src/test/resources/typography/stress.adoc");
    nodes += compare(root, stress, Map.of(), differences);
    for (Path document : EdgeCases.write(corpus)) {
      nodes += compare(corpus, document, EdgeCases.attributes(corpus), differences);
    }
    assertEquals("", String.join("\n", differences));
    assertFalse(nodes < 250, "too few nodes compared: " + nodes);
  }

  private static int compare(
      Path root, Path document, Map<String, Object> attributes, List<String> differences) {
    SourceModel model = SourceModel.load(ASCIIDOCTOR.get(), root, document, attributes);
    Document parsed = parse(root, document, attributes);
    // findBy yields the document's header as a section of level 0 without an ID: the model has
    // it as its header.
    List<StructuralNode> theirs =
        parsed.findBy(Map.of("traverse_documents", true)).stream()
            .filter(node -> !node.getContext().equals("document"))
            .filter(node -> !isHeader(parsed, node))
            .toList();
    List<SourceModel.Node> ours = model.nodes();
    String name = root.relativize(document).toString();
    if (theirs.size() != ours.size()) {
      differences.add(
          name
              + ": "
              + ours.size()
              + " nodes in the model, "
              + theirs.size()
              + " in Asciidoctor's tree");
    }
    for (int i = 0; i < Math.min(theirs.size(), ours.size()); i++) {
      compare(name + " node " + i, theirs.get(i), ours.get(i), differences);
    }
    return ours.size();
  }

  private static void compare(
      String where, StructuralNode theirs, SourceModel.Node ours, List<String> differences) {
    if (ours instanceof SourceModel.Section section) {
      expect(where, "section", theirs.getContext(), differences);
      expect(where + " id", theirs.getId(), section.id(), differences);
      expect(where + " level", theirs.getLevel(), section.level(), differences);
    } else {
      SourceModel.Block block = (SourceModel.Block) ours;
      String kind = block.context().equals("dlist_term") ? "list_item" : block.context();
      expect(where + " kind", theirs.getContext(), kind, differences);
      expect(
          where + " lines",
          lines(theirs),
          block.spans().stream().map(SourceSpan::text).toList(),
          differences);
    }
    int line = theirs.getSourceLocation() == null ? 0 : theirs.getSourceLocation().getLineNumber();
    Path file =
        theirs.getSourceLocation() == null || theirs.getSourceLocation().getFile() == null
            ? null
            : Path.of(theirs.getSourceLocation().getFile()).toAbsolutePath().normalize();
    boolean mappedToInclude =
        file != null && SourceText.read(file).line(line).startsWith("include::");
    if (!mappedToInclude && file != null && !corrected(theirs, file, line, ours)) {
      expect(where + " place", file + ":" + line, ours.file() + ":" + ours.line(), differences);
    }
    if (mappedToInclude) {
      String first = SourceText.read(ours.file()).line(ours.line());
      if (first.startsWith("include::")) {
        differences.add(
            where + ": still at the include directive " + ours.file() + ":" + ours.line());
      }
    }
  }

  private static boolean isHeader(Document document, StructuralNode node) {
    return node.getContext().equals("section")
        && node.getLevel() == 0
        && node.getId() == null
        && node.getBlocks().isEmpty();
  }

  /**
   * Whether the model moved a block that Asciidoctor maps to a line that does not hold its first
   * line (past a conditional directive; into the file an include directive inside the paragraph
   * includes, at line 0) to the line that holds it.
   */
  private static boolean corrected(
      StructuralNode theirs, Path file, int line, SourceModel.Node ours) {
    List<String> lines = lines(theirs);
    if (lines.isEmpty()) {
      return false;
    }
    return !SourceText.read(file).line(line).contains(lines.get(0))
        && SourceText.read(ours.file()).line(ours.line()).contains(lines.get(0));
  }

  /** A block's own source lines as Asciidoctor read them, stripped, blank ones left out. */
  private static List<String> lines(StructuralNode node) {
    List<String> lines = List.of();
    if (node instanceof Cell cell && !"asciidoc".equals(cell.getStyle())) {
      lines = cell.getSource() == null ? List.of() : cell.getSource().lines().toList();
    } else if (node instanceof ListItem item) {
      lines = item.getSource() == null ? List.of() : item.getSource().lines().toList();
    } else if (node instanceof Block block && "simple".equals(block.getContentModel())
        || node instanceof Block verbatim && "verbatim".equals(verbatim.getContentModel())
        || node instanceof Block raw && "raw".equals(raw.getContentModel())) {
      lines = ((Block) node).getLines();
    }
    if (node.getContext().equals("image") && node.getSourceLocation() != null) {
      // A block image's source is its macro line.
      lines =
          List.of(
              SourceText.read(Path.of(node.getSourceLocation().getFile()))
                  .line(node.getSourceLocation().getLineNumber()));
    }
    return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static Document parse(Path root, Path document, Map<String, Object> attributes) {
    Attributes all = Attributes.builder().attribute(JapaneseTypesetting.SWITCH, "off").build();
    attributes.forEach(all::setAttribute);
    return ASCIIDOCTOR
        .get()
        .loadFile(
            document.toFile(),
            Options.builder()
                .safe(SafeMode.SAFE)
                .sourcemap(true)
                .baseDir(root.toFile())
                .attributes(all)
                .build());
  }

  private static void expect(
      String where, Object expected, Object actual, List<String> differences) {
    if (!String.valueOf(expected).equals(String.valueOf(actual))) {
      differences.add(where + ": Asciidoctor " + expected + ", model " + actual);
    }
  }
}
