package io.github.awsnetbook.tools.publishing;

import io.github.awsnetbook.tools.titlepage.TitleBlock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The words of a locale's {@code _locale.adoc} that the publish step puts on the page: the title
 * block, and the name of the language switcher ({@code language-switcher-label}: 言語, Language),
 * which says what the navigation is for. A screen reader announces a navigation by its name; the
 * name of the page's own language ("日本語 navigation") said nothing of what it leads to. A book
 * without the label keeps that name.
 */
public record PageWords(
    TitleBlock titleBlock, Optional<String> languageSwitcher, List<String> names) {

  /** The attribute of {@code _locale.adoc} that names the language switcher. */
  public static final String LANGUAGE_SWITCHER_LABEL = "language-switcher-label";

  public PageWords {
    Objects.requireNonNull(titleBlock, "titleBlock");
    Objects.requireNonNull(languageSwitcher, "languageSwitcher");
    names = List.copyOf(names);
  }

  /**
   * These words with the names of several words that the page's table cells keep on one line (the
   * termbase's, {@code typography.WholeNames}).
   */
  public PageWords withNames(List<String> names) {
    return new PageWords(titleBlock, languageSwitcher, names);
  }

  /** The words of a book whose header has {@code attributes} (the source model's). */
  public static PageWords of(Map<String, String> attributes) {
    String label = attributes.get(LANGUAGE_SWITCHER_LABEL);
    return new PageWords(
        TitleBlock.of(attributes),
        label == null || label.isBlank() ? Optional.empty() : Optional.of(label.strip()),
        List.of());
  }

  /** A book with no title block of its own and no switcher label: Asciidoctor's header as it is. */
  public static PageWords none() {
    return new PageWords(
        new TitleBlock(Optional.empty(), Optional.empty()), Optional.empty(), List.of());
  }
}
