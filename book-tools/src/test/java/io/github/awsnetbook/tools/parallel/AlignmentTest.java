package io.github.awsnetbook.tools.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  /** An item is its kind, a letter, then its number: "p1" is the first paragraph. */
  private static final Function<String, String> KIND = item -> item.substring(0, 1);

  private static List<String> shown(List<Alignment.Group<String>> groups) {
    return groups.stream()
        .map(g -> String.join("+", g.source()) + "|" + String.join("+", g.translation()))
        .toList();
  }

  @Test
  void theSameKindsInTheSameOrderPairOneToOne() {
    List<Alignment.Group<String>> groups =
        Alignment.align(
            List.of("p1", "n1", "p2", "f1"),
            List.of("P1", "N1", "P2", "F1"),
            x -> x.substring(0, 1).toLowerCase(java.util.Locale.ROOT));
    assertEquals(List.of("p1|P1", "n1|N1", "p2|P2", "f1|F1"), shown(groups));
    assertEquals(4, groups.stream().filter(Alignment.Group::exact).count());
  }

  @Test
  void aSplitParagraphPairsItsWholeRunOfParagraphsBetweenTheBlocksThatStillMatch() {
    List<Alignment.Group<String>> groups =
        Alignment.align(
            List.of("p1", "p2", "n1", "p3"), List.of("p1a", "p1b", "p2", "n1", "p3"), KIND);
    assertEquals(List.of("p1+p2|p1a+p1b+p2", "n1|n1", "p3|p3"), shown(groups));
    assertEquals(false, groups.get(0).exact());
  }

  @Test
  void aBlockOnlyOneSideHasIsAGroupOfItsOwnAndEveryItemIsKeptInOrder() {
    List<Alignment.Group<String>> groups =
        Alignment.align(List.of("p1", "f1", "p2"), List.of("p1", "n1", "p2", "t1"), KIND);
    assertEquals(List.of("p1|p1", "f1|n1", "p2|p2", "|t1"), shown(groups));
    assertEquals(
        List.of("p1", "f1", "p2"), groups.stream().flatMap(g -> g.source().stream()).toList());
    assertEquals(
        List.of("p1", "n1", "p2", "t1"),
        groups.stream().flatMap(g -> g.translation().stream()).toList());
  }

  @Test
  void anEmptySideLeavesTheOtherWhole() {
    assertEquals(List.of("p1+n1|"), shown(Alignment.align(List.of("p1", "n1"), List.of(), KIND)));
    assertEquals(List.of(), Alignment.align(List.<String>of(), List.<String>of(), KIND));
  }
}
