package io.github.awsnetbook.tools.citations;

import io.github.awsnetbook.tools.asciidoc.InlineTokens;
import io.github.awsnetbook.tools.asciidoc.ModelVisitor;
import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceSpan;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation check, a visitor of the {@link SourceModel}: an editor's note or an editorial figure
 * that cites no source ({@code citations/uncited-note}, {@code citations/uncited-figure}), a
 * citation of a source the list lacks ({@code citations/unknown-source}), and an entry of the list
 * without its number or out of order ({@code citations/source-number}), and a list not numbered in
 * the order in which the book first cites its entries ({@code citations/citation-order}), and a
 * list that does not give the one date its entries were checked on, or an entry that gives its own
 * ({@code citations/source-date}), are errors at their place.
 *
 * <p>Use one instance per book: {@link #check(SourceModel)}.
 */
public final class CitedSources implements ModelVisitor {

  public static final String UNCITED_NOTE = "citations/uncited-note";
  public static final String UNCITED_FIGURE = "citations/uncited-figure";
  public static final String UNKNOWN_SOURCE = "citations/unknown-source";
  public static final String SOURCE_NUMBER = "citations/source-number";
  public static final String CITATION_ORDER = "citations/citation-order";
  public static final String SOURCE_DATE = "citations/source-date";

  /**
   * The attribute of the list of sources that gives the date on which the editors checked every
   * entry ({@code [bibliography,checked="{sources-checked-date}"]}): one date for the whole list,
   * shown once at its head, not after each entry.
   */
  public static final String CHECKED = "checked";

  /** The header's attribute that the colophon shows as the date the sources were checked. */
  public static final String SOURCES_CHECKED_DATE = "sources-checked-date";

  /** A date as an entry wrote it: 2026年12月7日, December 7, 2026, 2026-12-07. */
  private static final Pattern DATE =
      Pattern.compile(
          "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
              + "|(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December)\\s+\\d{1,2},\\s*\\d{4}"
              + "|\\d{4}-\\d{2}-\\d{2}");

  /** The attribute that gives, in the locale's words, how a caption names the editors. */
  public static final String EDITORIAL_MARK = "editorial-mark";

  /** The role of a figure the editors made or added to, whatever its caption says. */
  public static final String EDITORIAL_ROLE = "editorial";

  private static final String SOURCE_PREFIX = "src-";
  private static final Pattern ENTRY =
      Pattern.compile("^\\s*\\[\\[\\[(" + SOURCE_PREFIX + "[^\\],]*)(?:,([^\\]]*))?\\]\\]\\]");

  /** A citation: the source's ID and where it is written. */
  private record Citation(String id, Path file, int line, int column) {}

  /** An element that must cite a source: where it starts, and the citations inside it. */
  private static final class Cited {
    final String rule;
    final String what;
    final Path file;
    final int line;
    final int depth;
    final List<Citation> citations = new ArrayList<>();

    Cited(String rule, String what, Path file, int line, int depth) {
      this.rule = rule;
      this.what = what;
      this.file = file;
      this.line = line;
      this.depth = depth;
    }
  }

  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final List<Citation> citations = new ArrayList<>();
  private final List<Cited> cited = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  private String editorialMark = "";
  private String sourcesCheckedDate = "";
  private SourceModel.Block undatedList;
  private Cited openNote;
  private int bibliographyDepth = -1;

  /**
   * The problems of one book; none while Asciidoctor's parser reported a problem (an unterminated
   * block takes the rest of the book into it, list of sources included): the conversion reports
   * that problem at its place, and the citations are checked once the book reads whole.
   */
  public static List<Diagnostic> check(SourceModel model) {
    if (model.messages().stream().anyMatch(CitedSources::isProblem)) {
      return List.of();
    }
    CitedSources check = new CitedSources();
    model.accept(check);
    return check.problems();
  }

  /**
   * The first line of a message of the build's own checks ends with its rule ID, as {@code
   * [references/missing-id]} (the source line and its caret follow).
   */
  private static final Pattern RULE_SUFFIX =
      Pattern.compile(".*\\[[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*\\]\\s*");

  /** A problem of Asciidoctor's parser, not a finding of one of the build's checks. */
  private static boolean isProblem(SourceModel.Message message) {
    return (message.isError() || message.severity().equals("WARN"))
        && !RULE_SUFFIX.matcher(message.text().lines().findFirst().orElse("")).matches();
  }

  @Override
  public void header(SourceModel.Header header) {
    editorialMark = header.attributes().getOrDefault(EDITORIAL_MARK, "").strip();
    sourcesCheckedDate = header.attributes().getOrDefault(SOURCES_CHECKED_DATE, "").strip();
  }

  @Override
  public void section(SourceModel.Section section) {
    openNote = null;
    bibliographyDepth = -1;
    collect(section.titleSpans(), null);
  }

  @Override
  public void block(SourceModel.Block block) {
    if (openNote != null && block.depth() <= openNote.depth) {
      openNote = null;
    }
    if (bibliographyDepth >= 0 && block.depth() <= bibliographyDepth) {
      bibliographyDepth = -1;
    }
    if (isEditorNote(block)) {
      openNote =
          new Cited(UNCITED_NOTE, "editor's note", block.file(), block.line(), block.depth());
      cited.add(openNote);
    }
    if ("bibliography".equals(block.style()) && "ulist".equals(block.context())) {
      bibliographyDepth = block.depth();
      // Checked at its first entry of a source (src-…): a list of other references is not this.
      undatedList = block;
    } else if (bibliographyDepth >= 0 && "list_item".equals(block.context())) {
      entry(block);
    }
    Cited figure = isEditorialFigure(block) ? figure(block) : null;
    collect(block.titleSpans(), figure);
    collect(block.spans(), null);
  }

  private static boolean isEditorNote(SourceModel.Block block) {
    return "admonition".equals(block.context()) && block.roles().contains("editor-note");
  }

  private boolean isEditorialFigure(SourceModel.Block block) {
    if (!"image".equals(block.context())) {
      return false;
    }
    if (block.roles().contains(EDITORIAL_ROLE)) {
      return true;
    }
    String title = text(block.titleSpans()).toLowerCase(Locale.ROOT);
    return !editorialMark.isEmpty() && title.contains(editorialMark.toLowerCase(Locale.ROOT));
  }

  private Cited figure(SourceModel.Block block) {
    Cited figure =
        new Cited(UNCITED_FIGURE, "editorial figure", block.file(), block.line(), block.depth());
    cited.add(figure);
    return figure;
  }

  /**
   * The list gives the one date on which the editors checked all its entries, the same date as the
   * colophon's ({@code :sources-checked-date:} of the header, when the book has one).
   */
  private void checkedDate(SourceModel.Block list) {
    String checked = list.attributes().getOrDefault(CHECKED, "").strip();
    if (checked.isEmpty()) {
      problems.add(
          Diagnostic.error(
                  list.file(),
                  list.line(),
                  1,
                  "the list of sources does not say when the editors checked its pages; write"
                      + " [bibliography,checked=\"{sources-checked-date}\"] above it, the date shown"
                      + " once at the head of the list")
              .withRule(SOURCE_DATE));
    } else if (!sourcesCheckedDate.isEmpty() && !checked.equals(sourcesCheckedDate)) {
      problems.add(
          Diagnostic.error(
                  list.file(),
                  list.line(),
                  1,
                  "the list of sources says its pages were checked on "
                      + checked
                      + ", but the colophon says "
                      + sourcesCheckedDate
                      + " (:sources-checked-date:); write checked=\"{sources-checked-date}\", so that"
                      + " the two agree")
              .withRule(SOURCE_DATE));
    }
  }

  /**
   * An entry gives no date of its own: the list's date is every entry's, so that a reader reads it
   * once. A page checked on another day means checking the whole list again on that day.
   */
  private void noDateOfItsOwn(SourceModel.Block item, String id) {
    for (SourceSpan span : item.spans()) {
      Matcher date = DATE.matcher(span.text());
      if (date.find()) {
        int column =
            span.raw().codePointCount(0, Math.min(span.raw().length(), span.from() + date.start()))
                + 1;
        problems.add(
            Diagnostic.error(
                    span.file(),
                    span.line(),
                    column,
                    "source "
                        + id
                        + " gives a date of its own ("
                        + date.group()
                        + "); remove it: the list's checked= date is the date of every entry (check"
                        + " every page again and change that date, rather than date one entry)")
                .withRule(SOURCE_DATE));
        return;
      }
    }
  }

  private void entry(SourceModel.Block item) {
    if (item.spans().isEmpty()) {
      return;
    }
    SourceSpan first = item.spans().get(0);
    Matcher entry = ENTRY.matcher(first.text());
    if (!entry.find()) {
      return;
    }
    String id = entry.group(1);
    if (undatedList != null) {
      checkedDate(undatedList);
      undatedList = null;
    }
    noDateOfItsOwn(item, id);
    int place = numbers.size() + 1;
    numbers.put(id, place);
    String number = entry.group(2) == null ? "" : entry.group(2).strip();
    if (!number.equals(String.valueOf(place))) {
      int column = first.raw().codePointCount(0, first.from() + entry.start(1)) + 1;
      problems.add(
          Diagnostic.error(
                  first.file(),
                  first.line(),
                  column,
                  "source "
                      + id
                      + (number.isEmpty() ? " has no number" : " is numbered " + number)
                      + ", but it is entry "
                      + place
                      + " of the list; write [["
                      + "["
                      + id
                      + ","
                      + place
                      + "]]], so that every locale shows the same number")
              .withRule(SOURCE_NUMBER));
    }
  }

  /** The citations in the spans, for the open note, the figure and the book. */
  private void collect(List<SourceSpan> spans, Cited figure) {
    for (SourceSpan span : spans) {
      for (InlineTokens.Token token :
          InlineTokens.of(span.isolated()).all(InlineTokens.Kind.CROSS_REFERENCE)) {
        String id = token.target().replaceFirst("^#", "");
        if (!id.startsWith(SOURCE_PREFIX)) {
          continue;
        }
        int column = span.raw().codePointCount(0, token.start()) + 1;
        Citation citation = new Citation(id, span.file(), span.line(), column);
        citations.add(citation);
        if (openNote != null) {
          openNote.citations.add(citation);
        }
        if (figure != null) {
          figure.citations.add(citation);
        }
      }
    }
  }

  private static String text(List<SourceSpan> spans) {
    StringBuilder text = new StringBuilder();
    spans.forEach(span -> text.append(span.text()).append('\n'));
    return text.toString();
  }

  /** What the walk found, once it is over. */
  public List<Diagnostic> problems() {
    List<Diagnostic> all = new ArrayList<>(problems);
    for (Cited element : cited) {
      if (element.citations.isEmpty()) {
        all.add(
            Diagnostic.error(
                    element.file,
                    element.line,
                    1,
                    "this "
                        + element.what
                        + " cites no source; cite the AWS documentation page it rests on, as"
                        + " <<src-…>>, from the list of sources (_sources.adoc), adding the page"
                        + " there if it is missing")
                .withRule(element.rule));
      }
    }
    all.addAll(citationOrder());
    for (Citation citation : citations) {
      if (!numbers.containsKey(citation.id())) {
        all.add(
            Diagnostic.error(
                    citation.file(),
                    citation.line(),
                    citation.column(),
                    "citation of "
                        + citation.id()
                        + ", which the list of sources (_sources.adoc) lacks; add the page there"
                        + " as * [[["
                        + citation.id()
                        + ",N]]] title. URL[] or cite one of its entries")
                .withRule(UNKNOWN_SOURCE));
      }
    }
    return all;
  }

  /**
   * The first citation that breaks the order of first citation: the n-th source the book cites is
   * entry n of the list, so that a reader meets the numbers in order. Sources the book never cites
   * (those only the generated glossary cites) follow in any order. Only the first break is
   * reported: renumbering the list fixes the ones after it.
   */
  private List<Diagnostic> citationOrder() {
    Set<String> cited = new HashSet<>();
    for (Citation citation : citations) {
      Integer number = numbers.get(citation.id());
      if (number == null || !cited.add(citation.id())) {
        continue;
      }
      if (number != cited.size()) {
        return List.of(
            Diagnostic.error(
                    citation.file(),
                    citation.line(),
                    citation.column(),
                    "the book cites "
                        + citation.id()
                        + " here for the first time, after "
                        + (cited.size() - 1)
                        + " other sources, but it is entry "
                        + number
                        + " of the list; number the list in the order in which the book first"
                        + " cites its entries (this one as [[["
                        + citation.id()
                        + ","
                        + cited.size()
                        + "]]]), so that a reader meets the numbers in order")
                .withRule(CITATION_ORDER));
      }
    }
    return List.of();
  }
}
