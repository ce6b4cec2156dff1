package io.github.awsnetbook.tools.terminology;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A concept entry: its terms in every language, its definition per language, and per language the
 * sources its definition cites (TBX-Basic's {@code admin type="source"} beside the definition): the
 * IDs of entries of the books' list of sources, such as {@code src-vpc-what-is}.
 */
public record Concept(
    String id,
    Map<String, String> definitions,
    List<Term> terms,
    Map<String, List<String>> definitionSources) {

  public Concept {
    Objects.requireNonNull(id, "id");
    definitions = Map.copyOf(definitions);
    terms = List.copyOf(terms);
    definitionSources =
        definitionSources.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
  }

  /** A concept whose definitions cite no source. */
  public Concept(String id, Map<String, String> definitions, List<Term> terms) {
    this(id, definitions, terms, Map.of());
  }

  /** The sources the definition in one language cites, in the termbase's order. */
  public List<String> definitionSources(String language) {
    return definitionSources.getOrDefault(language, List.of());
  }

  /** The terms of one language, in the termbase's order. */
  public List<Term> terms(String language) {
    return terms.stream().filter(t -> t.language().equals(language)).toList();
  }

  /** The preferred terms of one language; more than one where the concept has several names. */
  public List<Term> preferred(String language) {
    return terms(language).stream().filter(t -> t.status() == TermStatus.PREFERRED).toList();
  }

  /** The first preferred term, else the first admitted one, else the first; empty without any. */
  public String name(String language) {
    List<Term> inLanguage = terms(language);
    return inLanguage.stream()
        .filter(t -> t.status() == TermStatus.PREFERRED)
        .findFirst()
        .or(() -> inLanguage.stream().filter(t -> t.status() == TermStatus.ADMITTED).findFirst())
        .or(() -> inLanguage.stream().findFirst())
        .map(Term::text)
        .orElse("");
  }

  /** The definition in one language, or empty. */
  public String definition(String language) {
    return definitions.getOrDefault(language, "");
  }
}
