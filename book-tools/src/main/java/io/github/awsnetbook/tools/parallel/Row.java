package io.github.awsnetbook.tools.parallel;

import java.util.List;

/**
 * One pair of the edition: what the source shows, beside what the translation shows there (either
 * may be empty: a notice has no source, an untranslated section no translation); {@code coarser}
 * names where the pairing fell back to a whole container because the two sides' parts differ.
 */
record Row(
    List<org.jsoup.nodes.Element> source,
    List<org.jsoup.nodes.Element> translation,
    String coarser) {

  Row {
    source = List.copyOf(source);
    translation = List.copyOf(translation);
  }

  /** A row where both sides matched at their own level. */
  static Row of(List<org.jsoup.nodes.Element> source, List<org.jsoup.nodes.Element> translation) {
    return new Row(source, translation, "");
  }
}
