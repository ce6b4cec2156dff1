package io.github.awsnetbook.tools.translation;

import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The translation step of every content module, before conversion: structure parity with the
 * source, the state of every section, the notices for the conversion, and (when asked) recording
 * sections as translated; and the status report of every locale, which the build writes once.
 *
 * <p>The build calls {@link #check(Request, Consumer, SourceModels)} (the check of a locale) and
 * {@link #writeReport} (the report of all), on the models its steps share.
 */
public final class TranslationCheck {

  /** The build's properties that ask for marking and for a release build. */
  public static final String MARK_PROPERTY = "translation.mark";

  public static final String RELEASE_PROPERTY = "translation.release";

  /**
   * The check of one locale: {@code mark} is a comma-separated list of section IDs to record as
   * translated, {@code all}, or empty; {@code release} makes stale, untranslated and orphaned
   * sections errors. The notices for the conversion go to {@code outputDir}; they link to the
   * source's PDF, {@code sourcePdf}.
   */
  public record Request(
      Path root,
      String lang,
      String sourceLang,
      Path outputDir,
      String sourcePdf,
      String mark,
      boolean release) {

    public Request {
      root = root.toAbsolutePath().normalize();
      mark = mark == null ? "" : mark;
    }
  }

  private final Path root;
  private final String sourceLang;
  private final Outline source;
  private final Consumer<String> out;
  private final SourceModels models;

  /** Reads the source's outline once, for the locale's check and for the report. */
  private TranslationCheck(
      Path root, String sourceLang, Consumer<String> out, SourceModels models) {
    this.root = root;
    this.sourceLang = sourceLang;
    this.models = models;
    this.source = BookOutline.read(models, sourceLang, folderOf(root, sourceLang), root);
    this.out = out;
  }

  /**
   * Checks one locale, writes its notices and marks what was asked; returns the problems, with
   * repository-relative paths, and tells {@code info} the summary and what was marked. Throws
   * {@link RepositoryFiles.OutsideRepositoryException} where an include leads out of the
   * repository. {@code models} reads the books (the build's one, shared by its steps).
   */
  public static List<Diagnostic> check(
      Request request, Consumer<String> info, SourceModels models) {
    return new TranslationCheck(request.root(), request.sourceLang(), info, models)
        .checkLocale(
            request.lang(),
            request.mark(),
            request.release(),
            request.outputDir(),
            request.sourcePdf());
  }

  /**
   * Writes the status report of every translation among {@code locales}, {@code
   * root/target/translation-status/index.html} and {@code status.json}, and tells {@code info}
   * where.
   */
  public static void writeReport(
      Path root,
      String sourceLang,
      List<String> locales,
      Consumer<String> info,
      SourceModels models) {
    new TranslationCheck(root.toAbsolutePath().normalize(), sourceLang, info, models)
        .writeReport(locales);
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
    out.accept(TranslationSummary.of(status, ULocale.getDefault()));
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
                out.accept(
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
      Diagnostic problem =
          release
              ? Diagnostic.error(file, at.line(), 1, message)
              : Diagnostic.warning(file, at.line(), 1, message);
      problems.add(problem.withRule(rule(state.state())));
    }
    return problems;
  }

  /** The rule of a section's state: {@code translation/stale-section} and the like. */
  static String rule(State state) {
    return "translation/" + state.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-section";
  }

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
    Path folder = BookLayout.translationStatusOf(root);
    new StatusReport(root, source, statuses, changes).write(folder);
    out.accept("translation status report: " + Places.relative(root, folder.resolve("index.html")));
  }

  private Outline outline(String lang) {
    return BookOutline.read(models, lang, folderOf(root, lang), root);
  }

  private static Path folderOf(Path root, String lang) {
    return BookLayout.sourceDirOf(root, lang);
  }
}
