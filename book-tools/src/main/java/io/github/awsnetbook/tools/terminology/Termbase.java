package io.github.awsnetbook.tools.terminology;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The concepts of one TBX file, in the file's order. */
public record Termbase(Path source, String sourceLanguage, List<Concept> concepts) {

  public Termbase {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceLanguage, "sourceLanguage");
    concepts = List.copyOf(concepts);
  }

  public Optional<Concept> concept(String id) {
    return concepts.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The concept a term belongs to; every term of this termbase has one. */
  public Concept conceptOf(Term term) {
    return concept(term.conceptId())
        .orElseThrow(() -> new IllegalArgumentException("no concept " + term.conceptId()));
  }

  /**
   * The names of several words of one language that a book may write (preferred and admitted terms:
   * "Amazon DynamoDB", "AWS Lambda", "Public Endpoint"), longest first: a table's narrow cells keep
   * each on one line.
   */
  public List<String> namesOfSeveralWords(String language) {
    return terms(language).stream()
        .filter(t -> t.status() != TermStatus.DEPRECATED)
        .map(Term::text)
        .filter(text -> text.strip().contains(" "))
        .distinct()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(t -> t))
        .toList();
  }

  /** Every term of one language. */
  public List<Term> terms(String language) {
    return concepts.stream().flatMap(c -> c.terms(language).stream()).toList();
  }
}
