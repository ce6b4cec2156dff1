package io.github.awsnetbook.tools.references;

import io.github.awsnetbook.tools.asciidoc.RawTitles;
import io.github.awsnetbook.tools.asciidoc.SourceLocations;
import io.github.awsnetbook.tools.asciidoc.TreeWalk;
import io.github.awsnetbook.tools.diagnostics.AsciidoctorLogReporter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticReporter;
import io.github.awsnetbook.tools.diagnostics.SourcePlace;
import io.github.awsnetbook.tools.diagnostics.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Reports a warning, with the file, line and column, for every cross reference whose ID no block or
 * section of the document has ({@code references/missing-id}), and for every reference to an
 * attribute the document does not define ({@code references/missing-attribute}), through
 * Asciidoctor's logger. Asciidoctor reports neither with a location. The build fails on warnings.
 */
public final class ReferenceCheck extends Treeprocessor {

  public static final String MISSING_ID = "references/missing-id";
  public static final String MISSING_ATTRIBUTE = "references/missing-attribute";

  @Override
  public Document process(Document document) {
    TreeWalk.walk(document.getBlocks(), null, new Walk(document));
    return document;
  }

  /** The text of each node the walk meets, checked at its source location. */
  private final class Walk implements TreeWalk.Visitor<Cursor> {
    private final Document document;
    private final Map<String, Object> ids;
    private final DiagnosticReporter reporter;

    Walk(Document document) {
      this.document = document;
      this.ids = document.getCatalog().getRefs();
      this.reporter = AsciidoctorLogReporter.of(document, ReferenceCheck.this::log);
    }

    @Override
    public Cursor node(StructuralNode node, Cursor parent) {
      Cursor here = title(node, parent);
      if (node instanceof Block block
          && block.getLines() != null
          && !io.github.awsnetbook.tools.asciidoc.SourceText.isVerbatim(
              block.getContext(), block.getStyle())) {
        text(block.getLines(), here, 0);
      }
      return here;
    }

    @Override
    public Cursor item(ListItem item, String context, Cursor parent) {
      Cursor here = title(item, parent);
      if (item.getSource() != null) {
        text(List.of(item.getSource().split("\n")), here, 0);
      }
      return here;
    }

    @Override
    public Cursor cell(Cell cell, Cursor table) {
      Cursor here = cell.getSourceLocation() != null ? cell.getSourceLocation() : table;
      if (cell.getInnerDocument() == null && cell.getSource() != null) {
        text(List.of(cell.getSource().split("\n")), here, 0);
      }
      return here;
    }

    /** Checks a node's title: a section's is its first line, a block's the line above it. */
    private Cursor title(StructuralNode node, Cursor parent) {
      Cursor here = node.getSourceLocation() != null ? node.getSourceLocation() : parent;
      String title = RawTitles.of(node);
      if (title != null) {
        text(List.of(title), here, node instanceof Section ? 0 : -1);
      }
      return here;
    }

    void text(List<String> lines, Cursor start, int firstLineOffset) {
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        for (String id : CrossReferences.targets(line)) {
          if (!ids.containsKey(id)) {
            warn(
                start,
                firstLineOffset + i,
                id,
                MISSING_ID,
                "cross reference to a missing ID: "
                    + id
                    + "; write the ID of a section or block of this book, as in [#"
                    + id
                    + "]");
          }
        }
        for (String name : AttributeReferences.names(line)) {
          if (!document.hasAttribute(name)) {
            warn(
                start,
                firstLineOffset + i,
                "{" + name + "}",
                MISSING_ATTRIBUTE,
                "reference to a missing attribute: {"
                    + name
                    + "}; define it (:"
                    + name
                    + ": value) or escape the braces (\\{"
                    + name
                    + "})");
          }
        }
      }
    }

    void warn(Cursor start, int offset, String text, String rule, String message) {
      // Text a build step put into the tree (a translation's untranslated section, shown from
      // its source) has a cursor without a file: the document as a whole.
      if (start == null || start.getFile() == null) {
        // No source location: the document as a whole.
        Object docfile = document.getAttribute("docfile");
        reporter.report(
            Diagnostic.warning(Path.of(String.valueOf(docfile)), 0, 0, message).withRule(rule));
        return;
      }
      SourcePlace place =
          SourceLocations.locate(
              SourcePlace.of(start).plusLines(offset), text, document.getAttributes());
      Path file = Path.of(place.file());
      String line = SourceText.line(file, place.lineNumber()).orElse(null);
      int at = line == null ? -1 : line.indexOf(text);
      int column = at < 0 ? 1 : line.codePointCount(0, at) + 1;
      reporter.report(
          new Diagnostic(
              Diagnostic.Severity.WARNING, file, place.lineNumber(), column, message, rule, line));
    }
  }
}
