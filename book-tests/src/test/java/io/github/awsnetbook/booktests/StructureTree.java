package io.github.awsnetbook.booktests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** What a tagged PDF's structure tree holds, for the accessibility checks of the book tests. */
final class StructureTree {

  private StructureTree() {}

  /**
   * The types of the elements with no kids whose type {@code kind} accepts, in the tree's order.
   */
  static List<String> emptyElements(PDDocument pdf, Predicate<String> kind) {
    List<String> empty = new ArrayList<>();
    collectEmpty(pdf.getDocumentCatalog().getStructureTreeRoot(), kind, empty);
    return empty;
  }

  private static void collectEmpty(
      PDStructureNode node, Predicate<String> kind, List<String> empty) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (element.getKids().isEmpty() && kind.test(element.getStructureType())) {
          empty.add(element.getStructureType());
        }
        collectEmpty(element, kind, empty);
      }
    }
  }
}
