package io.github.awsnetbook.tools.terminology;

import java.util.Objects;

/**
 * One term of a concept in one language.
 *
 * @param conceptId the ID of the concept entry
 * @param language the language of its {@code langSec}, as {@code ja} or {@code en}
 * @param text the term as written in the termbase
 * @param status whether to write it
 * @param type full form, acronym …
 * @param partOfSpeech TBX-Basic's part of speech, {@code noun} where the termbase says nothing
 * @param reading the reading in hiragana (Japanese terms), or empty
 * @param caseSensitive whether the text must match in case too
 * @param line the line of the term in the termbase, for messages about it
 */
public record Term(
    String conceptId,
    String language,
    String text,
    TermStatus status,
    TermType type,
    String partOfSpeech,
    String reading,
    boolean caseSensitive,
    int line) {

  public Term {
    Objects.requireNonNull(conceptId, "conceptId");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(partOfSpeech, "partOfSpeech");
    Objects.requireNonNull(reading, "reading");
  }

  /** What a glossary sorts the term by: its reading where it has one. */
  public String sortKey() {
    return reading.isEmpty() ? text : reading;
  }
}
