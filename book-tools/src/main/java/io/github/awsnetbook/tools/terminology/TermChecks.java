package io.github.awsnetbook.tools.terminology;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import io.github.awsnetbook.tools.diagnostics.Caret;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import io.github.awsnetbook.tools.diagnostics.Places;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The checks of books against a termbase. Each finding is a {@code Diagnostic} with the check's
 * rule ID and says what to write instead; its path is relative to the repository.
 *
 * <ul>
 *   <li>{@link CheckId#TERM001}: a deprecated term (but an acronym beside its full term).
 *   <li>{@link CheckId#TERM002}: two admitted forms of one concept in one book ("Private IP" and
 *       "プライベートIP"). The preferred term beside an admitted one is not an inconsistency (the
 *       editors' notes quote the author's form next to the preferred one), nor is an acronym beside
 *       its full form.
 *   <li>{@link CheckId#TERM003}: a concept written in a section of the source whose section of the
 *       same ID in a translation has no term of it, or the other way round. Deprecated terms do not
 *       count as the concept's presence: "leased line" does not translate 専用線 where the termbase
 *       says "dedicated line".
 * </ul>
 */
public final class TermChecks {

  private final Termbase termbase;
  private final Path root;

  public TermChecks(Termbase termbase, Path root) {
    this.termbase = Objects.requireNonNull(termbase, "termbase");
    this.root = Objects.requireNonNull(root, "root");
  }

  /** Every check on the source book and its translations, findings in file and line order. */
  public List<Diagnostic> all(BookTerms source, List<BookTerms> translations) {
    List<Diagnostic> findings = new ArrayList<>();
    for (BookTerms book : withSource(source, translations)) {
      findings.addAll(deprecated(book));
      findings.addAll(inconsistent(book));
      findings.addAll(lookAlikes(book, book == source));
    }
    for (BookTerms translation : translations) {
      findings.addAll(crossLocale(source, translation));
    }
    return sorted(findings);
  }

  /**
   * The checks of one book of the build: its own terms, and for a translation the concepts it
   * shares with its source. The source's own findings belong to the source's book alone, so a build
   * of every locale reports each finding once.
   */
  public List<Diagnostic> forBook(BookTerms source, BookTerms book) {
    List<Diagnostic> findings = new ArrayList<>(deprecated(book));
    findings.addAll(inconsistent(book));
    findings.addAll(lookAlikes(book, book == source));
    // A locale the termbase does not cover yet has no terms to compare with the source.
    if (book != source && !termbase.terms(book.language()).isEmpty()) {
      findings.addAll(crossLocale(source, book));
    }
    return sorted(findings);
  }

  private static List<BookTerms> withSource(BookTerms source, List<BookTerms> translations) {
    List<BookTerms> books = new ArrayList<>();
    books.add(source);
    books.addAll(translations);
    return books;
  }

  /** {@code terminology/deprecated-term} (TERM001). */
  public List<Diagnostic> deprecated(BookTerms book) {
    List<Diagnostic> findings = new ArrayList<>();
    for (Occurrence occurrence : book.occurrences()) {
      if (occurrence.isDeprecatedUse()) {
        Concept concept = termbase.conceptOf(occurrence.term());
        findings.add(
            finding(
                occurrence,
                CheckId.TERM001,
                written(occurrence)
                    + " is deprecated; write "
                    + insteadOf(concept, book.language())));
      }
    }
    return findings;
  }

  /**
   * {@code terminology/look-alike-term}: a term written with letters of another script that look
   * like its own, an error in every book (the source's too: no search finds the term); and {@code
   * terminology/mixed-script-word}: a word of prose that mixes scripts, an error in a translation
   * and a warning in the source, whose editors decide what the original says. A word inside a
   * look-alike term is reported once, as the term.
   */
  public List<Diagnostic> lookAlikes(BookTerms book, boolean isSource) {
    List<Diagnostic> findings = new ArrayList<>();
    Map<String, List<int[]>> termColumns = new HashMap<>();
    for (LookAlikes.LookAlikeTerm lookAlike : LookAlikes.terms(book.book(), termbase)) {
      Occurrence at = lookAlike.occurrence();
      findings.add(finding(at, CheckId.LOOK_ALIKE_TERM, lookAlikeMessage(lookAlike, book)));
      int width = at.written().codePointCount(0, at.written().length());
      termColumns
          .computeIfAbsent(at.file() + ":" + at.line(), place -> new ArrayList<>())
          .add(new int[] {at.column(), at.column() + width});
    }
    for (LookAlikes.MixedWord word : LookAlikes.mixedWords(book.book())) {
      Segment segment = word.segment();
      List<int[]> inTerms =
          termColumns.getOrDefault(segment.file() + ":" + segment.line(), List.of());
      if (inTerms.stream().anyMatch(span -> span[0] <= word.column() && word.column() < span[1])) {
        continue;
      }
      findings.add(
          new Diagnostic(
              isSource ? Severity.WARNING : Severity.ERROR,
              Places.relative(root, segment.file()),
              segment.line(),
              word.column(),
              quote(Caret.visible(word.word()))
                  + " mixes scripts: "
                  + letters(word.foreign())
                  + (word.foreign().size() == 1 ? " is " : " are ")
                  + scriptNames(word.foreign())
                  + ", the other letters "
                  + UScript.getName(word.mainScript())
                  + "; write the word in one script",
              CheckId.MIXED_SCRIPT_WORD.ruleId(),
              null));
    }
    return findings;
  }

  private String lookAlikeMessage(LookAlikes.LookAlikeTerm lookAlike, BookTerms book) {
    Occurrence at = lookAlike.occurrence();
    Term term = at.term();
    List<PlacedCharacter> foreign = lookAlike.foreign();
    boolean one = foreign.size() == 1;
    String written =
        quote(Caret.visible(at.written()))
            + " is the "
            + (term.status() == TermStatus.DEPRECATED ? "deprecated " : "term ")
            + quote(term.text())
            + " written with "
            + letters(foreign)
            + (one ? ", a " : ", ")
            + scriptNames(foreign)
            + (one ? " letter" : " letters")
            + " among "
            + termScriptNames(term)
            + " ones that "
            + (one ? "looks like one of them" : "look like them");
    if (term.status() == TermStatus.DEPRECATED) {
      return written + "; write " + insteadOf(termbase.conceptOf(term), book.language());
    }
    return written
        + ", so searches, translators' tools and these checks miss it; write "
        + quote(term.text())
        + " in its own letters";
  }

  /** {@code U+0435 CYRILLIC SMALL LETTER IE at column 15}, and so on. */
  private static String letters(List<PlacedCharacter> characters) {
    return characters.stream()
        .map(c -> c.label() + " at column " + c.column())
        .collect(Collectors.joining(", "));
  }

  private static String scriptNames(List<PlacedCharacter> characters) {
    return characters.stream()
        .map(PlacedCharacter::scriptName)
        .distinct()
        .collect(Collectors.joining(" and "));
  }

  private static String termScriptNames(Term term) {
    return term.text()
        .codePoints()
        .filter(UCharacter::isLetter)
        .map(UScript::getScript)
        .filter(script -> script != UScript.COMMON && script != UScript.INHERITED)
        .distinct()
        .mapToObj(UScript::getName)
        .collect(Collectors.joining(" and "));
  }

  /** {@code terminology/inconsistent-admitted-forms} (TERM002). */
  public List<Diagnostic> inconsistent(BookTerms book) {
    Map<String, Map<Term, Occurrence>> firstUses = new LinkedHashMap<>();
    for (Occurrence occurrence : book.occurrences()) {
      Term term = occurrence.term();
      if (term.status() == TermStatus.ADMITTED && !term.type().isAbbreviation()) {
        firstUses
            .computeIfAbsent(term.conceptId(), id -> new LinkedHashMap<>())
            .putIfAbsent(term, occurrence);
      }
    }
    List<Diagnostic> findings = new ArrayList<>();
    for (Map<Term, Occurrence> forms : firstUses.values()) {
      List<Occurrence> uses = new ArrayList<>(forms.values());
      Occurrence first = uses.get(0);
      Concept concept = termbase.conceptOf(first.term());
      for (Occurrence other : uses.subList(1, uses.size())) {
        findings.add(
            finding(
                other,
                CheckId.TERM002,
                quote(other.term().text())
                    + " and "
                    + quote(first.term().text())
                    + " ("
                    + first.place(root)
                    + ") are two forms of one"
                    + " concept in this book; write "
                    + insteadOf(concept, book.language())
                    + " in both places"));
      }
    }
    return findings;
  }

  /** TERM003, both ways between the source and one translation. */
  public List<Diagnostic> crossLocale(BookTerms source, BookTerms translation) {
    Map<String, Segment> sourceSections = firstSegments(source.book());
    Map<String, Segment> translatedSections = firstSegments(translation.book());
    Map<String, Map<String, Occurrence>> inSource = conceptsBySection(source, false);
    Map<String, Map<String, Occurrence>> inTranslation = conceptsBySection(translation, false);
    Map<String, Map<String, Occurrence>> deprecatedInTranslation =
        conceptsBySection(translation, true);
    Map<String, Map<String, Occurrence>> deprecatedInSource = conceptsBySection(source, true);
    List<Diagnostic> findings = new ArrayList<>();
    for (String section : sourceSections.keySet()) {
      if (!translatedSections.containsKey(section)) {
        continue;
      }
      findings.addAll(
          missing(
              section,
              source,
              inSource,
              translation,
              inTranslation,
              deprecatedInTranslation,
              translatedSections.get(section),
              true));
      findings.addAll(
          missing(
              section,
              translation,
              inTranslation,
              source,
              inSource,
              deprecatedInSource,
              sourceSections.get(section),
              false));
    }
    return findings;
  }

  /** Concepts of {@code section} in {@code from} that {@code to} lacks there. */
  private List<Diagnostic> missing(
      String section,
      BookTerms from,
      Map<String, Map<String, Occurrence>> inFrom,
      BookTerms to,
      Map<String, Map<String, Occurrence>> inTo,
      Map<String, Map<String, Occurrence>> deprecatedInTo,
      Segment toSection,
      boolean fromIsSource) {
    List<Diagnostic> findings = new ArrayList<>();
    Map<String, Occurrence> present = inTo.getOrDefault(section, Map.of());
    Map<String, Occurrence> deprecated = deprecatedInTo.getOrDefault(section, Map.of());
    for (Occurrence use : inFrom.getOrDefault(section, Map.of()).values()) {
      if (present.containsKey(use.conceptId())) {
        continue;
      }
      Concept concept = termbase.conceptOf(use.term());
      String where = sectionName(section);
      String otherSide =
          fromIsSource
              ? "its " + to.language() + " translation"
              : "the " + to.language() + " source";
      Occurrence wrong = deprecated.get(use.conceptId());
      String there =
          wrong != null
              ? " has only the deprecated " + written(wrong) + " (" + wrong.place(root) + ")"
              : " has no term for it ("
                  + Places.shown(root, toSection.file())
                  + ":"
                  + toSection.line()
                  + ")";
      String instead =
          fromIsSource
              ? "write " + insteadOf(concept, to.language()) + " in the translation"
              : "translate what the source says, or write "
                  + insteadOf(concept, to.language())
                  + " in the source";
      findings.add(
          finding(
              use,
              CheckId.TERM003,
              written(use)
                  + " in "
                  + where
                  + " of the "
                  + from.language()
                  + " book: "
                  + otherSide
                  + there
                  + "; "
                  + instead));
    }
    return findings;
  }

  private static String sectionName(String section) {
    if (section.isEmpty()) {
      return "the document root";
    }
    if (section.startsWith(FigureLabels.SECTION_PREFIX)) {
      return "figure label " + section.substring(FigureLabels.SECTION_PREFIX.length());
    }
    return "section #" + section;
  }

  /** The first segment of each section, in reading order: where a section is. */
  private static Map<String, Segment> firstSegments(Book book) {
    Map<String, Segment> first = new LinkedHashMap<>();
    for (Segment segment : book.segments()) {
      first.putIfAbsent(segment.sectionId(), segment);
    }
    return first;
  }

  /**
   * Per section, per concept, the first use: by a preferred or admitted term (or an excused
   * abbreviation), or, where {@code deprecatedOnly}, by a deprecated one.
   */
  private static Map<String, Map<String, Occurrence>> conceptsBySection(
      BookTerms book, boolean deprecatedOnly) {
    Map<String, Map<String, Occurrence>> concepts = new LinkedHashMap<>();
    for (Occurrence occurrence : book.occurrences()) {
      if (occurrence.isDeprecatedUse() == deprecatedOnly) {
        concepts
            .computeIfAbsent(occurrence.segment().sectionId(), s -> new LinkedHashMap<>())
            .putIfAbsent(occurrence.conceptId(), occurrence);
      }
    }
    return concepts;
  }

  /** What to write for a concept: its preferred terms, "A" or "B" where it has two. */
  static String insteadOf(Concept concept, String language) {
    List<Term> preferred = concept.preferred(language);
    if (preferred.isEmpty()) {
      return quote(concept.name(language));
    }
    return preferred.stream().map(t -> quote(t.text())).collect(Collectors.joining(" or "));
  }

  /**
   * The term as written, quoted, its invisible characters shown by code point ({@code
   * "NAT<U+200B>Gateway"}) and named after it with their places: the match reads the term without
   * them, and the message must not hide them again.
   */
  private static String written(Occurrence occurrence) {
    String quoted = quote(Caret.visible(occurrence.written()));
    List<PlacedCharacter> hidden = occurrence.hidden();
    if (hidden.isEmpty()) {
      return quoted;
    }
    return quoted
        + " (with "
        + hidden.stream()
            .map(
                found ->
                    found.label()
                        + (found.line() == occurrence.line()
                            ? " at column " + found.column()
                            : " at line " + found.line() + ", column " + found.column()))
            .collect(Collectors.joining(", "))
        + " inside, which "
        + (hidden.size() == 1 ? "a reader does not see" : "readers do not see")
        + ")";
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }

  /** A finding at the occurrence, its path relative to the repository. */
  private Diagnostic finding(Occurrence at, CheckId check, String message) {
    return new Diagnostic(
        check.severity(),
        Places.relative(root, at.file()),
        at.line(),
        at.column(),
        message,
        check.ruleId(),
        null);
  }

  /** In file, line and column order; at one place, in the order of the checks. */
  static List<Diagnostic> sorted(List<Diagnostic> findings) {
    return findings.stream()
        .sorted(
            Comparator.comparing((Diagnostic f) -> f.file().toString())
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)
                .thenComparingInt(f -> CheckId.ofRule(f.ruleId()).ordinal()))
        .toList();
  }
}
