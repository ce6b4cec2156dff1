package io.github.awsnetbook.tools.translation;

import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.safety.RepositoryFiles;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;

/**
 * The translation step of every content module, before conversion: structure parity with the
 * source, the state of every section, the notices for the conversion, the status report, and (when
 * asked) recording sections as translated.
 *
 * <p>Usage: {@code TranslationCheck ROOT LANG SOURCE_LANG "LOCALES" OUTPUT_DIR SOURCE_PDF}, with
 * the system properties {@code translation.mark} (section IDs, comma-separated, or {@code all}) and
 * {@code translation.release} ({@code true}: stale, untranslated and orphaned sections are errors).
 */
public final class TranslationCheck {

  public static final String MARK_PROPERTY = "translation.mark";
  public static final String RELEASE_PROPERTY = "translation.release";

  private final Path root;
  private final String sourceLang;
  private final Outline source;
  private final PrintStream out;
  private final Asciidoctor asciidoctor;

  /** Reads the source's outline once, for the locale's check and for the report. */
  private TranslationCheck(Path root, String sourceLang, PrintStream out, Asciidoctor asciidoctor) {
    this.root = root;
    this.sourceLang = sourceLang;
    this.asciidoctor = asciidoctor;
    this.source = OutlineReader.read(asciidoctor, sourceLang, folderOf(root, sourceLang), root);
    this.out = out;
  }

  public static void main(String[] args) {
    int code =
        run(
            args,
            System.getProperty(MARK_PROPERTY, ""),
            Boolean.parseBoolean(System.getProperty(RELEASE_PROPERTY, "false")),
            System.out,
            System.err);
    if (code != 0) {
      throw new IllegalStateException("the translation has errors; see the messages above");
    }
  }

  /**
   * Runs the step and returns an exit code: 0, 1 on errors, 2 on a usage error. Starts one
   * Asciidoctor for the run; a caller that has one passes it to the other {@code run}.
   */
  public static int run(
      String[] args, String mark, boolean release, PrintStream out, PrintStream err) {
    Asciidoctor asciidoctor = Asciidoctor.Factory.create();
    try {
      return run(args, mark, release, out, err, asciidoctor);
    } finally {
      asciidoctor.shutdown();
    }
  }

  /** The same, parsing each book once with the caller's Asciidoctor. */
  public static int run(
      String[] args,
      String mark,
      boolean release,
      PrintStream out,
      PrintStream err,
      Asciidoctor asciidoctor) {
    if (args.length != 6) {
      err.println(
          "error: usage: TranslationCheck ROOT LANG SOURCE_LANG \"LOCALES\" OUTPUT_DIR"
              + " SOURCE_PDF");
      return 2;
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    try {
      TranslationCheck check = new TranslationCheck(root, args[2], out, asciidoctor);
      List<Diagnostic> problems =
          check.checkLocale(args[1], mark, release, Path.of(args[4]), args[5]);
      check.writeReport(List.of(args[3].trim().split("\\s+")));
      problems.forEach(err::println);
      return problems.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
    } catch (RepositoryFiles.OutsideRepositoryException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private List<Diagnostic> checkLocale(
      String lang, String mark, boolean release, Path outputDir, String sourcePdf) {
    if (lang.equals(sourceLang)) {
      if (!mark.isBlank()) {
        return List.of(
            Diagnostic.error(
                Path.of("content-" + lang),
                1,
                1,
                "the source locale"
                    + " has nothing to mark; run the mark command in a translation's module"));
      }
      return StructureParity.missingIds(root, source);
    }
    Outline translation = outline(lang);
    List<Diagnostic> problems = new ArrayList<>(StructureParity.missingIds(root, translation));
    problems.addAll(StructureParity.compare(root, source, translation));
    RecordedFingerprints recorded = RecordedFingerprints.in(translation.folder());
    if (!mark.isBlank()) {
      if (!problems.isEmpty()) {
        problems.add(
            Diagnostic.error(
                Places.relative(root, recorded.file()),
                1,
                1,
                "nothing was marked as translated: the structure of the translation does not match"
                    + " its source (see above); fix that first, then mark again"));
        return problems;
      }
      List<Diagnostic> refused = new ArrayList<>();
      recorded = mark(translation, recorded, mark, refused);
      if (!refused.isEmpty()) {
        return refused;
      }
    }
    TranslationStatus status = TranslationStatus.of(source, translation, recorded);
    problems.addAll(stateProblems(status, release));
    NoticePlan.of(status, source, sourceLang, sourcePdf)
        .save(outputDir.resolve("notices.properties"));
    out.println(TranslationSummary.of(status, ULocale.getDefault()));
    return problems;
  }

  /** Records the fingerprints of the requested sections and saves them; refuses unknown IDs. */
  private RecordedFingerprints mark(
      Outline translation,
      RecordedFingerprints recorded,
      String request,
      List<Diagnostic> refused) {
    List<String> ids =
        request.strip().equals("all")
            ? translation.ids().stream().filter(id -> source.section(id).isPresent()).toList()
            : List.of(request.strip().split("\\s*,\\s*"));
    Map<String, String> marked = new LinkedHashMap<>();
    for (String id : ids) {
      var original = source.section(id);
      if (original.isEmpty() || translation.section(id).isEmpty()) {
        refused.add(
            Diagnostic.error(
                Places.relative(root, recorded.file()),
                1,
                1,
                "cannot mark"
                    + " section \""
                    + id
                    + "\": "
                    + (original.isEmpty() ? "the source" : "the translation")
                    + " has no section with that ID; use one of "
                    + translation.ids()));
        continue;
      }
      marked.put(id, Fingerprint.of(original.get()));
    }
    if (!refused.isEmpty()) {
      return recorded;
    }
    RecordedFingerprints updated = recorded.with(marked);
    updated.save();
    marked
        .keySet()
        .forEach(
            id ->
                out.println(
                    "marked as translated from the current source: "
                        + id
                        + " ("
                        + Places.relative(root, recorded.file())
                        + ")"));
    return updated;
  }

  private List<Diagnostic> stateProblems(TranslationStatus status, boolean release) {
    List<Diagnostic> problems = new ArrayList<>();
    String markCommand =
        "mvn -pl content-" + status.lang() + " -am package -D" + MARK_PROPERTY + "=";
    for (SectionState state : status.sections()) {
      String id = state.id();
      String name = Section.HEADER_ID.equals(id) ? "the document header" : "section \"" + id + "\"";
      String message =
          switch (state.state()) {
            case STALE ->
                name
                    + " is stale: its source ("
                    + state.source().get().place(root)
                    + ") changed since it was translated; update the"
                    + " translation, then record it with: "
                    + markCommand
                    + id;
            case UNTRANSLATED ->
                name
                    + " is not translated into "
                    + status.lang()
                    + "; readers see the source text; translate it, then record it with: "
                    + markCommand
                    + id;
            case ORPHANED ->
                name
                    + " has no source section any more; remove it, or"
                    + " give it the ID of the source section it translates";
            case UP_TO_DATE -> null;
          };
      if (message == null) {
        continue;
      }
      SourceLine at =
          state.state() == State.UNTRANSLATED
              ? state.source().get().heading()
              : state.translation().get().heading();
      Path file = Places.relative(root, at.file());
      problems.add(
          release
              ? Diagnostic.error(file, at.line(), 1, message)
              : Diagnostic.warning(file, at.line(), 1, message));
    }
    return problems;
  }

  /** The report covers every locale, so that any module's build leaves a complete one. */
  private void writeReport(List<String> locales) {
    List<TranslationStatus> statuses = new ArrayList<>();
    for (String lang : locales) {
      if (!lang.equals(sourceLang) && Files.isDirectory(folderOf(root, lang))) {
        Outline translation = outline(lang);
        statuses.add(
            TranslationStatus.of(
                source, translation, RecordedFingerprints.in(translation.folder())));
      }
    }
    SourceHistory history = new SourceHistory(root);
    Map<String, String> changes = new LinkedHashMap<>();
    source.sections().forEach(section -> changes.put(section.id(), history.lastChange(section)));
    Path folder = root.resolve("target/translation-status");
    new StatusReport(root, source, statuses, changes).write(folder);
    out.println(
        "translation status report: " + Places.relative(root, folder.resolve("index.html")));
  }

  private Outline outline(String lang) {
    return OutlineReader.read(asciidoctor, lang, folderOf(root, lang), root);
  }

  private static Path folderOf(Path root, String lang) {
    return root.resolve("content-" + lang).resolve("src/docs/asciidoc");
  }
}
