package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.commandline.Options;
import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites deprecated terms in the books' sources to the preferred term, in place, where the
 * replacement is unambiguous: the concept has exactly one preferred term in the book's language.
 * Prints each change as {@code path:line:column: "old" → "new"}, and each deprecated term it leaves
 * for a person. Run by hand, never by the build.
 *
 * <p>Arguments: {@code --root DIR}, {@code --locales "ja en"}, {@code --termbase FILE} (default
 * {@code terminology/aws-networking.tbx}), {@code --dry-run true} to print without writing.
 */
public final class TermFix {

  /** One replacement in a source file. */
  public record Edit(Occurrence at, String replacement) {}

  private TermFix() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      throw new IllegalStateException("the terminology fix failed; see the messages above");
    }
  }

  /** Fixes and returns an exit code; messages go to the given streams. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return SourceModels.withOwnAsciidoctor(models -> run(args, out, err, models));
  }

  /** The same, reading the books through the caller's models. */
  public static int run(String[] args, PrintStream out, PrintStream err, SourceModels models) {
    try {
      Options options =
          Options.parse(Set.of("--root", "--termbase", "--locales", "--dry-run"), args);
      Path root =
          options.value("--root").map(r -> Path.of(r).toAbsolutePath().normalize()).orElse(null);
      String termbase = options.value("--termbase", "terminology/aws-networking.tbx");
      String locales = options.value("--locales").orElse(null);
      boolean dryRun = Boolean.parseBoolean(options.value("--dry-run", "false"));
      if (root == null || locales == null) {
        throw new IllegalArgumentException("--root and --locales are required");
      }
      Termbase terms = TbxReader.read(root, root.resolve(termbase));
      for (String locale : locales.trim().split("[\\s,]+")) {
        fix(root, BookTerms.scan(Book.load(models, root, locale), terms), terms, dryRun, out);
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (TerminologyException e) {
      // Its path is already relative to the repository.
      new ConsoleReporter(Path.of(""), err).report(e.diagnostic());
      return 2;
    } catch (UncheckedIOException | IllegalStateException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  /** Rewrites the deprecated terms of one book; returns the edits made. */
  public static List<Edit> fix(
      Path root, BookTerms book, Termbase termbase, boolean dryRun, PrintStream out) {
    Map<Path, List<Edit>> byFile = new LinkedHashMap<>();
    for (Occurrence occurrence : book.occurrences()) {
      if (!occurrence.isDeprecatedUse()) {
        continue;
      }
      Concept concept = termbase.conceptOf(occurrence.term());
      List<Term> preferred = concept.preferred(book.language());
      if (occurrence.written().contains("\n")) {
        // Which line should the preferred term go on? The author decides.
        out.println(
            occurrence.place(root)
                + ": \""
                + occurrence.written().replace('\n', ' ')
                + "\" not changed: it spans two lines; write "
                + TermChecks.insteadOf(concept, book.language())
                + " by hand");
        continue;
      }
      if (preferred.size() != 1) {
        out.println(
            occurrence.place(root)
                + ": \""
                + occurrence.written()
                + "\" not changed: "
                + (preferred.isEmpty() ? "no preferred term" : "more than one preferred term")
                + "; write "
                + TermChecks.insteadOf(concept, book.language())
                + " by hand");
        continue;
      }
      Edit edit = new Edit(occurrence, preferred.get(0).text());
      byFile.computeIfAbsent(occurrence.file(), f -> new ArrayList<>()).add(edit);
      out.println(
          occurrence.place(root)
              + ": \""
              + occurrence.written()
              + "\" → \""
              + edit.replacement()
              + "\"");
    }
    if (!dryRun) {
      byFile.forEach(TermFix::rewrite);
    }
    return byFile.values().stream().flatMap(List::stream).toList();
  }

  /** Applies the edits of one file, last first so that earlier offsets stay valid. */
  private static void rewrite(Path file, List<Edit> edits) {
    try {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      int[] lineStarts = lineStarts(content);
      StringBuilder fixed = new StringBuilder(content);
      List<Edit> lastFirst = new ArrayList<>(edits);
      lastFirst.sort(
          Comparator.comparingInt((Edit e) -> e.at().line())
              .thenComparingInt(e -> e.at().match().start())
              .reversed());
      for (Edit edit : lastFirst) {
        Occurrence at = edit.at();
        int lineStart = lineStarts[at.line() - 1];
        int start = lineStart + at.segment().sourceStart(at.match().start());
        int end = lineStart + at.segment().sourceEnd(at.match().end());
        if (!content.substring(start, end).equals(at.written())) {
          throw new IllegalStateException(
              file
                  + ":"
                  + at.line()
                  + ": the file changed while it"
                  + " was being fixed; run the fix again");
        }
        fixed.replace(start, end, edit.replacement());
      }
      Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      try {
        Files.writeString(temp, fixed, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite " + file + ": " + e.getMessage(), e);
    }
  }

  /** Where each line starts; a line ends at \n (a \r before it stays part of the line's end). */
  private static int[] lineStarts(String content) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
