package io.github.awsnetbook.tools.importing;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The import's short report, as diagnostics of severity note at each section's heading: the
 * sections added, changed (their translations are stale from now on: the fingerprints of their text
 * changed) and removed.
 */
final class ImportReport {

  private ImportReport() {}

  static List<Diagnostic> sections(
      Path chapter, List<String> before, List<String> after, Set<String> changed) {
    List<String> oldIds = ChapterMerge.sectionIds(before);
    List<String> newIds = ChapterMerge.sectionIds(after);
    List<Diagnostic> report = new ArrayList<>();
    for (String id : newIds) {
      if (!oldIds.contains(id)) {
        report.add(note(chapter, after, id, "added", "its translations show it as untranslated"));
      } else if (changed.contains(id)) {
        report.add(note(chapter, after, id, "changed", "its translations are stale until updated"));
      }
    }
    if (changed.contains(ChapterMerge.ATTRIBUTES)) {
      report.add(
          new Diagnostic(
              Diagnostic.Severity.NOTE,
              chapter,
              1,
              1,
              "the chapter's attributes (the post's front matter) changed",
              "import/section-changed",
              null));
    }
    for (String id : oldIds) {
      if (!newIds.contains(id)) {
        report.add(note(chapter, before, id, "removed", "remove it from the translations too"));
      }
    }
    return report;
  }

  private static Diagnostic note(
      Path chapter, List<String> lines, String id, String what, String consequence) {
    int line = 1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("#" + id)) {
        line = i + 1;
        break;
      }
    }
    return new Diagnostic(
        Diagnostic.Severity.NOTE,
        chapter,
        line,
        1,
        "section " + id + " " + what + " by the post; " + consequence,
        "import/section-" + what,
        lines.get(line - 1));
  }
}
