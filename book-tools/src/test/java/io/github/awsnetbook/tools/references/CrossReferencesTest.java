package io.github.awsnetbook.tools.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossReferencesTest {

  @Test
  void findsBothSyntaxesWithAndWithoutText() {
    assertEquals(
        List.of("direct-connect", "tbl-service-layers", "fig-peering"),
        CrossReferences.targets(
            "<<direct-connect>>と<<tbl-service-layers,表>>、xref:fig-peering[図]を参照"));
  }

  @Test
  void findsJapaneseIds() {
    assertEquals(List.of("専用線"), CrossReferences.targets("詳しくは<<専用線>>へ"));
  }

  @Test
  void ignoresReferencesToOtherDocuments() {
    assertEquals(List.of(), CrossReferences.targets("xref:other.adoc#part[次の記事] と <<other.adoc>>"));
  }
}
