package io.github.awsnetbook.tools.terminology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small termbases for tests, written in code. */
final class Terms {

  private Terms() {}

  static Term preferred(String concept, String language, String text) {
    return term(concept, language, text, TermStatus.PREFERRED, true);
  }

  static Term term(
      String concept, String language, String text, TermStatus status, boolean caseSensitive) {
    return new Term(
        concept, language, text, status, TermType.FULL_FORM, "noun", "", caseSensitive, 1);
  }

  static Term acronym(String concept, String language, String text, TermStatus status) {
    return new Term(concept, language, text, status, TermType.ACRONYM, "noun", "", true, 1);
  }

  /** A termbase of the given terms, one concept per concept ID, no definitions. */
  static Termbase termbase(Term... terms) {
    Map<String, List<Term>> byConcept = new LinkedHashMap<>();
    for (Term term : terms) {
      byConcept.computeIfAbsent(term.conceptId(), id -> new ArrayList<>()).add(term);
    }
    List<Concept> concepts =
        byConcept.entrySet().stream()
            .map(e -> new Concept(e.getKey(), Map.of(), e.getValue()))
            .toList();
    return new Termbase(Path.of("test.tbx"), "ja", concepts);
  }

  /**
   * The root of the tests' own termbase, {@code terminology/aws-networking.tbx} under the test
   * resources: a frozen subset of the book's, so that an edit of the real termbase changes no unit
   * test (the real one is tested in book-tests, BookTerminologyIT). The tests run in book-tools.
   */
  static Path fixtureRoot() {
    return Path.of("src", "test", "resources").toAbsolutePath().normalize();
  }

  static Termbase fixtureTermbase() {
    Path root = fixtureRoot();
    return TbxReader.read(root, root.resolve("terminology/aws-networking.tbx"));
  }
}
