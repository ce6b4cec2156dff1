package io.github.awsnetbook.tools.importing;

import io.github.awsnetbook.tools.asciidoc.SourceText;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The post's rendering merged into the chapter that exists: the author's lines the post still has
 * stay as the chapter has them, with the editors' decorations above them and their notes after
 * them; the lines the post changed, added or removed are replaced, written or dropped. A decoration
 * whose line went is moved to the line that took its place (a retitled heading keeps its ID) or,
 * when there is none, reported as not kept; a note whose text changed is kept and reported, for an
 * editor to check.
 *
 * <p>The author's lines are matched by a longest common subsequence of their keys (the text; for an
 * image, the post's image it shows).
 */
final class ChapterMerge {

  /** Above this many pairs to compare, the changed middle is replaced whole (a 2 MiB post). */
  private static final long MAX_TABLE = 4_000_000L;

  private static final Pattern ID = Pattern.compile("^\\[[^\\]#]*#([A-Za-z0-9_][\\w.-]*?)[.,\\]]");

  /** The section before the first heading: the chapter's attributes. */
  static final String ATTRIBUTES = "(the chapter's attributes)";

  private final Path chapterFile;
  private final List<ChapterLine> old;
  private final List<ChapterLine> neu;
  private final List<Integer> oldAuthors = new ArrayList<>();
  private final List<Integer> newAuthors = new ArrayList<>();
  private final List<String> output = new ArrayList<>();
  private final List<Diagnostic> notes = new ArrayList<>();
  private final Set<String> changedSections = new LinkedHashSet<>();
  private final List<String> oldSections;
  private String section = ATTRIBUTES;
  private String pendingId;

  /** The merged chapter, the sections of it whose author text changed, and what to tell. */
  record Merged(List<String> lines, Set<String> changed, List<Diagnostic> notes) {}

  private ChapterMerge(Path chapterFile, List<ChapterLine> old, List<ChapterLine> neu) {
    this.chapterFile = chapterFile;
    this.old = old;
    this.neu = neu;
    oldAuthors.addAll(authorLines(old));
    newAuthors.addAll(authorLines(neu));
    oldSections = sectionsOf(old);
  }

  /**
   * The indexes of the author's lines, without the blank lines after the last one: the post ends
   * with its last line, while the chapter has a blank line there when the editors put a block after
   * it, and that blank line is the block's separator, not the author's text.
   */
  private static List<Integer> authorLines(List<ChapterLine> lines) {
    List<Integer> authors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isAuthor()) {
        authors.add(i);
      }
    }
    while (!authors.isEmpty() && lines.get(authors.get(authors.size() - 1)).text().isBlank()) {
      authors.remove(authors.size() - 1);
    }
    return authors;
  }

  static Merged merge(Path chapterFile, List<ChapterLine> old, List<ChapterLine> neu) {
    ChapterMerge merge = new ChapterMerge(chapterFile, old, neu);
    merge.walk(merge.matches());
    return new Merged(
        List.copyOf(merge.output), Set.copyOf(merge.changedSections), List.copyOf(merge.notes));
  }

  /** For each author line of the chapter, the index of the post's author line it matches, or -1. */
  private int[] matches() {
    int n = oldAuthors.size();
    int m = newAuthors.size();
    int[] match = new int[n];
    java.util.Arrays.fill(match, -1);
    int prefix = 0;
    while (prefix < n && prefix < m && key(true, prefix).equals(key(false, prefix))) {
      match[prefix] = prefix;
      prefix++;
    }
    int suffix = 0;
    while (suffix < n - prefix
        && suffix < m - prefix
        && key(true, n - 1 - suffix).equals(key(false, m - 1 - suffix))) {
      match[n - 1 - suffix] = m - 1 - suffix;
      suffix++;
    }
    int rows = n - prefix - suffix;
    int columns = m - prefix - suffix;
    if ((long) rows * columns <= MAX_TABLE) {
      common(match, prefix, rows, columns);
    }
    return match;
  }

  /** The longest common subsequence of the middles, by dynamic programming. */
  private void common(int[] match, int offset, int rows, int columns) {
    int[][] length = new int[rows + 1][columns + 1];
    for (int i = rows - 1; i >= 0; i--) {
      for (int j = columns - 1; j >= 0; j--) {
        length[i][j] =
            key(true, offset + i).equals(key(false, offset + j))
                ? length[i + 1][j + 1] + 1
                : Math.max(length[i + 1][j], length[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < rows && j < columns) {
      if (key(true, offset + i).equals(key(false, offset + j))) {
        match[offset + i] = offset + j;
        i++;
        j++;
      } else if (length[i + 1][j] >= length[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
  }

  private String key(boolean inOld, int authorIndex) {
    return inOld
        ? old.get(oldAuthors.get(authorIndex)).key()
        : neu.get(newAuthors.get(authorIndex)).key();
  }

  /** Writes the merged chapter: equal lines from the chapter, changed ones from the post. */
  private void walk(int[] match) {
    emitLeading();
    int j = 0;
    int i = 0;
    while (i < oldAuthors.size() || j < newAuthors.size()) {
      List<Integer> deleted = new ArrayList<>();
      while (i < oldAuthors.size() && match[i] < 0) {
        deleted.add(i++);
      }
      int until = i < oldAuthors.size() ? match[i] : newAuthors.size();
      List<Integer> inserted = new ArrayList<>();
      while (j < until) {
        inserted.add(j++);
      }
      boolean changed = !deleted.isEmpty() || !inserted.isEmpty();
      if (changed) {
        hunk(deleted, inserted);
      }
      if (i < oldAuthors.size()) {
        emitOld(i, j);
        // A note after the blank line that ends a changed paragraph followed that paragraph.
        emitAfter(i, changed && old.get(oldAuthors.get(i)).text().isBlank());
        i++;
        j++;
      }
    }
  }

  /** The chapter's lines above its first author line that are not that line's decorations. */
  private void emitLeading() {
    int first = oldAuthors.isEmpty() ? old.size() : decorationsStart(oldAuthors.get(0));
    for (int k = 0; k < first; k++) {
      output.add(old.get(k).text());
    }
  }

  private void hunk(List<Integer> deleted, List<Integer> inserted) {
    Deque<Integer> orphans = new ArrayDeque<>();
    for (int d : deleted) {
      changedSections.add(oldSections.get(oldAuthors.get(d)));
      if (decorationsStart(oldAuthors.get(d)) < oldAuthors.get(d)) {
        orphans.add(d);
      }
    }
    for (int n : inserted) {
      int line = newAuthors.get(n);
      int start = newDecorationsStart(line);
      Integer heir = heir(orphans, neu.get(line).text());
      if (heir != null) {
        emitDecorations(oldAuthors.get(heir), line);
      } else {
        for (int k = start; k < line; k++) {
          emit(neu.get(k).text());
        }
      }
      emit(neu.get(line).text());
      changedSections.add(section);
    }
    for (int d : orphans) {
      for (int k = decorationsStart(oldAuthors.get(d)); k < oldAuthors.get(d); k++) {
        ChapterLine lost = old.get(k);
        if (isEditorsOwn(lost.text())) {
          notes.add(
              Diagnostic.warning(
                      chapterFile,
                      lost.line(),
                      1,
                      "could not keep '"
                          + lost.text()
                          + "': the post no longer has the block it labelled; put it on the"
                          + " block it belongs to now, or delete it")
                  .withRule("import/editor-element-not-kept")
                  .withSourceLine(lost.text()));
        }
      }
    }
    for (int d : deleted) {
      emitAfter(d, true);
    }
  }

  /**
   * Whether a decoration is the editors' to be told of when it is lost: not the import's own marker
   * of a post's image, nor the bare delimiter of a comment block (its lines are told).
   */
  private static boolean isEditorsOwn(String text) {
    return !text.startsWith(EditorsLayer.REPLACES) && !text.strip().equals("////");
  }

  /** The first orphaned decoration set whose line was of the same kind, taken from the queue. */
  private Integer heir(Deque<Integer> orphans, String text) {
    for (Integer d : orphans) {
      if (kind(old.get(oldAuthors.get(d)).text()).equals(kind(text))) {
        orphans.remove(d);
        return d;
      }
    }
    return null;
  }

  private static String kind(String text) {
    if (SourceText.isSectionTitle(text)) {
      return "heading";
    }
    if (text.startsWith("image::")) {
      return "image";
    }
    if (text.startsWith("|===")) {
      return "table";
    }
    return text.startsWith(". ") || text.startsWith("* ") ? "list" : "text";
  }

  private void emitOld(int authorIndex, int postIndex) {
    int line = oldAuthors.get(authorIndex);
    emitDecorations(line, newAuthors.get(postIndex));
    emit(old.get(line).text());
  }

  /** The chapter's decorations of a line, with the alignment of the post's table carried in. */
  private void emitDecorations(int line, int postLine) {
    Optional<TableColumns> post = postColumns(postLine);
    for (int k = decorationsStart(line); k < line; k++) {
      String text = old.get(k).text();
      Optional<TableColumns> kept = TableColumns.of(text);
      if (post.isPresent() && kept.isPresent() && SourceText.isBlockAttributeLine(text)) {
        text = columns(old.get(k), kept.get(), post.get());
      }
      emit(text);
    }
  }

  /** The {@code cols} of the post's decorations above a line of its rendering, if any. */
  private Optional<TableColumns> postColumns(int postLine) {
    for (int k = newDecorationsStart(postLine); k < postLine; k++) {
      Optional<TableColumns> columns = TableColumns.of(neu.get(k).text());
      if (columns.isPresent()) {
        return columns;
      }
    }
    return Optional.empty();
  }

  /**
   * The editors' attribute line of a table, with the post's alignment in it; when the post's table
   * has another number of columns, the post's columns, as the editors' widths no longer fit.
   */
  private String columns(ChapterLine kept, TableColumns editors, TableColumns post) {
    if (!editors.fits(post)) {
      changedSections.add(section);
      notes.add(
          Diagnostic.warning(
                  chapterFile,
                  kept.line(),
                  1,
                  "could not keep the editors' column widths in '"
                      + kept.text()
                      + "': the post's table now has "
                      + post.columns().size()
                      + " columns; give the widths again")
              .withRule("import/editor-element-not-kept")
              .withSourceLine(kept.text()));
      return post.into(kept.text());
    }
    TableColumns aligned = editors.alignedLike(post);
    if (!aligned.equals(editors)) {
      changedSections.add(section);
    }
    return aligned.into(kept.text());
  }

  /** The editors' blocks between an author line and the next one's decorations. */
  private void emitAfter(int authorIndex, boolean textChanged) {
    int line = oldAuthors.get(authorIndex);
    int end =
        authorIndex + 1 < oldAuthors.size()
            ? decorationsStart(oldAuthors.get(authorIndex + 1))
            : old.size();
    for (int k = line + 1; k < end; k++) {
      ChapterLine kept = old.get(k);
      if (textChanged && kept.kind() == ChapterLine.Kind.EDITOR && isBlockStart(k)) {
        notes.add(
            new Diagnostic(
                Diagnostic.Severity.NOTE,
                chapterFile,
                kept.line(),
                1,
                "kept the editors' '"
                    + kept.text()
                    + "', which followed the author's text that the post changed or removed;"
                    + " check that it still applies",
                "import/editor-element-check",
                kept.text()));
      }
      emit(kept.text());
    }
  }

  private boolean isBlockStart(int k) {
    return SourceText.isBlockAttributeLine(old.get(k).text())
        && (k == 0
            || old.get(k - 1).kind() != ChapterLine.Kind.EDITOR
            || old.get(k - 1).text().isBlank()
            || old.get(k - 1).text().equals("+"));
  }

  /** Where the run of decorations directly above a line starts. */
  private int decorationsStart(int line) {
    int k = line;
    while (k > 0 && old.get(k - 1).kind() == ChapterLine.Kind.DECORATION) {
      k--;
    }
    return k;
  }

  private int newDecorationsStart(int line) {
    int k = line;
    while (k > 0 && neu.get(k - 1).kind() == ChapterLine.Kind.DECORATION) {
      k--;
    }
    return k;
  }

  /** Adds a line to the output, following which section it is in. */
  private void emit(String text) {
    Matcher id = ID.matcher(text);
    if (SourceText.isBlockAttributeLine(text) && id.find()) {
      pendingId = id.group(1);
    } else if (SourceText.isSectionTitle(text)) {
      section = pendingId == null ? text : pendingId;
      pendingId = null;
    } else if (!text.isBlank() && !SourceText.isBlockTitle(text) && !SourceText.isComment(text)) {
      pendingId = null;
    }
    output.add(text);
  }

  /** The section of each line of the chapter, by the ID of the heading above it. */
  private static List<String> sectionsOf(List<ChapterLine> lines) {
    List<String> sections = new ArrayList<>();
    String current = ATTRIBUTES;
    String pending = null;
    for (ChapterLine line : lines) {
      String text = line.text();
      Matcher id = ID.matcher(text);
      if (SourceText.isBlockAttributeLine(text) && id.find()) {
        pending = id.group(1);
      } else if (SourceText.isSectionTitle(text) && line.isAuthor()) {
        current = pending == null ? text : pending;
        pending = null;
      }
      sections.add(current);
    }
    return sections;
  }

  /** The IDs of the sections of a chapter's lines, in order. */
  static List<String> sectionIds(List<String> lines) {
    List<ChapterLine> read = lines.stream().map(text -> ChapterLine.author(text, 0)).toList();
    return sectionsOf(read).stream().distinct().filter(id -> !id.equals(ATTRIBUTES)).toList();
  }
}
