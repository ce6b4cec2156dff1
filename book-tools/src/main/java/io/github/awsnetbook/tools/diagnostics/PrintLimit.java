package io.github.awsnetbook.tools.diagnostics;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many findings of one rule in one file are printed: the first {@link #PER_RULE_AND_FILE}, then
 * one note that counts the rest. A hostile file (one long line full of deprecated terms) can hold
 * tens of thousands of findings of one rule; printing them all fills a disk with log and reads no
 * better than the first few. The findings themselves are all kept: the counts, the summary and the
 * reports (SARIF) see every one.
 */
public final class PrintLimit {

  /** The findings printed per rule and file; the rest are counted. */
  public static final int PER_RULE_AND_FILE = 20;

  private static final String REST =
      "{hidden, plural, one {# more finding} other {# more findings}} of [{rule}] in this file"
          + " {hidden, plural, one {is} other {are}} not shown"
          + " ({errors, plural, =0 {no error} one {# error} other {# errors}} among them);"
          + " at most {limit, number, integer} are shown per rule and file: fix these and build"
          + " again";

  private PrintLimit() {}

  /**
   * The diagnostics to print, in their order: of each rule in each file the first {@link
   * #PER_RULE_AND_FILE}, and after the last of them a note (line 0 of the file, no rule ID) that
   * counts the others of the rule in the file.
   */
  public static List<Diagnostic> apply(Collection<Diagnostic> diagnostics) {
    return apply(diagnostics, PER_RULE_AND_FILE);
  }

  /**
   * The same with another limit: a report file keeps more than a log prints, but not without bound
   * (a SARIF log of tens of thousands of results helps no reader and fills memory).
   */
  public static List<Diagnostic> apply(Collection<Diagnostic> diagnostics, int limit) {
    Map<Group, Hidden> hidden = new LinkedHashMap<>();
    Map<Group, Integer> shownCount = new LinkedHashMap<>();
    List<Object> printed = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      Group group = new Group(diagnostic.file(), diagnostic.ruleId());
      int shown = shownCount.merge(group, 1, Integer::sum);
      if (shown <= limit) {
        printed.add(diagnostic);
      } else {
        Hidden rest = hidden.get(group);
        if (rest == null) {
          rest = new Hidden(group);
          hidden.put(group, rest);
          printed.add(rest);
        }
        rest.count(diagnostic);
      }
    }
    return printed.stream()
        .map(item -> item instanceof Hidden rest ? rest.note(limit) : (Diagnostic) item)
        .toList();
  }

  /** The findings of one rule (or of no rule) in one file. */
  private record Group(Path file, String rule) {}

  /** What is not printed of a group, counted. */
  private static final class Hidden {
    private final Group group;
    private long findings;
    private long errors;

    Hidden(Group group) {
      this.group = group;
    }

    void count(Diagnostic diagnostic) {
      findings++;
      if (diagnostic.severity() == Severity.ERROR) {
        errors++;
      }
    }

    Diagnostic note(int limit) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      arguments.put("hidden", findings);
      arguments.put("rule", group.rule() == null ? "no rule" : group.rule());
      arguments.put("errors", errors);
      arguments.put("limit", limit);
      String message = new MessageFormat(REST, ULocale.ENGLISH).format(arguments);
      return new Diagnostic(Severity.NOTE, group.file(), 0, 0, message);
    }
  }
}
