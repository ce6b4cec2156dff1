package io.github.awsnetbook.tools.terminology;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A glossary appendix for one locale's book: the concepts the book uses, each with its preferred
 * term, the other locale's preferred term and the definition, in the order of the locale's
 * collation (Japanese by the reading, 五十音順; English by the term).
 *
 * <p>The Japanese glossary is grouped as a Japanese publisher's glossary or index is: the terms
 * written in Latin letters or digits first, under 「英数字」, in the order of their letters (a reader
 * looks "VPC" up under V, not under ぶ of its reading; JIS X 4061 and the indexes of Japanese
 * technical books put them first), then the others by reading under あ行, か行 … わ行 (ICU's {@link
 * AlphabeticIndex} for Japanese). A group is a heading of its own ({@code [discrete]}, so neither
 * in the contents nor a bookmark) above a table of its entries. The English glossary is one list:
 * its 53 entries over four pages need no letter headings, which for 20 letters of one to five
 * entries each would be nearly as many headings as entries.
 */
public final class Glossary {

  record Labels(String title, String term, String definition) {}

  /**
   * A group of a glossary: its heading ({@code 英数字}, {@code あ行} …; empty for a glossary of one
   * group), its ID and its concepts in order.
   */
  record Group(String heading, String id, List<Concept> concepts) {}

  /** The heading of the Japanese glossary's terms written in Latin letters or digits. */
  static final String LATIN_GROUP = "英数字";

  private static final Map<String, Labels> LABELS =
      Map.of(
          "ja", new Labels("用語集", "用語", "定義"),
          "en", new Labels("Glossary", "Term", "Definition"));

  /**
   * Another locale names the labels in its {@code _locale.adoc}, as its other built-in labels: the
   * template has them (in English, marked for the translator), and the conversion resolves them.
   */
  static final Labels LOCALE_ATTRIBUTES =
      new Labels("{glossary-title}", "{glossary-term-label}", "{glossary-definition-label}");

  private Glossary() {}

  /**
   * The concepts used in {@code book}, in the order of its glossary: the collation order of its
   * language, group by group.
   */
  public static List<Concept> concepts(BookTerms book, Termbase termbase) {
    return groups(book, termbase).stream().flatMap(g -> g.concepts().stream()).toList();
  }

  /**
   * The glossary's groups: for Japanese, 英数字 and then the rows of the kana table (あ行 …) that have
   * entries; for any other language one group without a heading.
   */
  static List<Group> groups(BookTerms book, Termbase termbase) {
    Set<String> used = new LinkedHashSet<>();
    book.occurrences().forEach(o -> used.add(o.conceptId()));
    String language = book.language();
    Collator collator = Collator.getInstance(ULocale.forLanguageTag(language));
    List<Concept> sorted =
        termbase.concepts().stream()
            .filter(c -> used.contains(c.id()))
            .sorted(
                Comparator.comparing((Concept c) -> sortKey(c, language), collator)
                    .thenComparing(Concept::id))
            .toList();
    if (!language.equals("ja")) {
      return List.of(new Group("", "", sorted));
    }
    AlphabeticIndex.ImmutableIndex<Void> kana =
        new AlphabeticIndex<Void>(ULocale.JAPANESE).buildImmutableIndex();
    List<Concept> latin =
        sorted.stream()
            .filter(c -> isLatin(kana, c.name(language)))
            .sorted(Comparator.comparing((Concept c) -> c.name(language), collator))
            .toList();
    Map<String, List<Concept>> rows = new LinkedHashMap<>();
    for (Concept concept : sorted) {
      if (!latin.contains(concept)) {
        String row = kana.getBucket(kana.getBucketIndex(sortKey(concept, language))).getLabel();
        rows.computeIfAbsent(row, r -> new ArrayList<>()).add(concept);
      }
    }
    List<Group> groups = new ArrayList<>();
    if (!latin.isEmpty()) {
      groups.add(new Group(LATIN_GROUP, "glossary-latin", latin));
    }
    Transliterator romaji = Transliterator.getInstance("Hiragana-Latin");
    rows.forEach(
        (row, concepts) ->
            groups.add(new Group(row + "行", "glossary-" + romaji.transliterate(row), concepts)));
    return groups;
  }

  /**
   * Whether a term is written in Latin letters or digits from its start ("VPC", "5G", "Direct
   * Connectゲートウェイ"): it sorts before the kana table's first row in Japanese collation.
   */
  private static boolean isLatin(AlphabeticIndex.ImmutableIndex<Void> kana, String name) {
    return kana.getBucket(kana.getBucketIndex(name)).getLabelType()
        == AlphabeticIndex.Bucket.LabelType.UNDERFLOW;
  }

  /** The reading of the concept's name in the language, or the name where it has none. */
  static String sortKey(Concept concept, String language) {
    String name = concept.name(language);
    return concept.terms(language).stream()
        .filter(t -> t.text().equals(name))
        .map(Term::sortKey)
        .findFirst()
        .orElse(name);
  }

  /** The appendix, AsciiDoc, for {@code book}; {@code otherLanguage} gives the second column. */
  public static String asciidoc(BookTerms book, Termbase termbase, String otherLanguage) {
    String language = book.language();
    Labels labels = LABELS.getOrDefault(language, LOCALE_ATTRIBUTES);
    // The other language's name in this one: 英語, Japanese.
    String otherLabel =
        ULocale.forLanguageTag(otherLanguage).getDisplayLanguage(ULocale.forLanguageTag(language));
    StringBuilder out = new StringBuilder();
    out.append("// Generated by the terminology check from the termbase;")
        .append(" do not edit.\n");
    out.append("[appendix]\n[#glossary]\n== ").append(labels.title()).append("\n\n");
    List<Group> groups = groups(book, termbase);
    for (Group group : groups) {
      if (group != groups.get(0)) {
        out.append('\n');
      }
      if (!group.heading().isEmpty()) {
        out.append("[discrete#").append(group.id()).append(".glossary-group]\n=== ");
        out.append(group.heading()).append("\n\n");
      }
      table(out, book, group, group == groups.get(0), labels, otherLabel, otherLanguage);
    }
    return out.toString();
  }

  /**
   * One group's table; the first with the column heads, which the other groups share (the page
   * shows a glossary's entries as blocks under their group's heading, the print copy as a list, and
   * the parallel edition pairs the groups as one table with one head).
   */
  private static void table(
      StringBuilder out,
      BookTerms book,
      Group group,
      boolean first,
      Labels labels,
      String otherLabel,
      String otherLanguage) {
    String language = book.language();
    // A later group's table has no column heads: its terms are its rows' headers (a table has
    // header cells, EPUB's and PDF/UA's rule).
    // The role names the second column's language, which the publish step puts on its cells
    // (HtmlPage.markOtherLanguageTerms): a table cell of AsciiDoc has no lang of its own.
    out.append("[.glossary.other-lang-")
        .append(otherLanguage)
        .append(",cols=\"")
        .append(first ? "3" : "3h")
        .append(",3,5\"")
        .append(first ? ",options=\"header\"" : ",options=\"noheader\"")
        .append("]\n|===\n");
    if (first) {
      out.append('|')
          .append(labels.term())
          .append(" |")
          .append(otherLabel)
          .append(" |")
          .append(labels.definition())
          .append("\n");
    }
    for (Concept concept : group.concepts()) {
      out.append("\n|")
          .append(cell(withShortForms(concept, language, shortFormsUsed(book, concept))))
          .append("\n|")
          .append(cell(concept.name(otherLanguage)))
          .append("\n|")
          .append(cell(withSources(concept.definition(language), concept, language)))
          .append('\n');
    }
    out.append("|===\n");
  }

  /**
   * The acronyms and abbreviations of the concept that the book writes (ENI, NATGW, DX), whatever
   * their status: a reader who meets one looks it up.
   */
  static List<String> shortFormsUsed(BookTerms book, Concept concept) {
    Set<String> forms = new LinkedHashSet<>();
    book.occurrences().stream()
        .filter(o -> o.conceptId().equals(concept.id()))
        .map(Occurrence::term)
        .filter(term -> term.type() != null && term.type().isAbbreviation())
        .map(Term::text)
        .filter(text -> !text.equals(concept.name(book.language())))
        .sorted()
        .forEach(forms::add);
    return List.copyOf(forms);
  }

  /** The concept's name with the short forms the book uses, as in "NAT gateway (NATGW)". */
  private static String withShortForms(Concept concept, String language, List<String> forms) {
    String name = concept.name(language);
    if (forms.isEmpty()) {
      return name;
    }
    boolean japanese = language.equals("ja");
    return name
        + (japanese ? "（" : " (")
        + String.join(japanese ? "、" : ", ", forms)
        + (japanese ? "）" : ")");
  }

  /**
   * The definition with a citation of each of its sources ({@code <<src-…>>}, shown as the source's
   * number): in English before its closing full stop, after a space; in Japanese after its closing
   * 「。」, as a number may start a line and a 「。」 may not.
   */
  static String withSources(String definition, Concept concept, String language) {
    List<String> sources = concept.definitionSources(language);
    if (sources.isEmpty()) {
      return definition;
    }
    StringBuilder citations = new StringBuilder();
    sources.forEach(source -> citations.append("<<").append(source).append(">>"));
    if (language.equals("ja")) {
      return definition + citations;
    }
    return definition.endsWith(".")
        ? definition.substring(0, definition.length() - 1) + " " + citations + "."
        : definition + " " + citations;
  }

  /** A table cell's text: the cell separator escaped. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
