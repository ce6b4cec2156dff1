package io.github.awsnetbook.tools.terminology;

import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.commandline.Options;
import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import io.github.awsnetbook.tools.diagnostics.DiagnosticReporter;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.files.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terminology check of the build: reads the termbase and every locale's book, runs the checks,
 * reports each finding ({@code path:line:column: severity: message [rule-id]}, the line and a
 * caret) and prints a summary, and writes {@code terminology.sarif} and {@code
 * glossary-<lang>.adoc} per locale into the output folder, and per translation its translator's
 * kit: the termbase as TBX-Basic in the 2008 form ({@link TbxBasic2008}) and as OmegaT's glossary
 * ({@link OmegaTGlossary}). Fails on any error, and on warnings where asked to.
 *
 * <p>Arguments: {@code --root DIR} (the repository), {@code --termbase FILE} (relative to the root,
 * default {@code terminology/aws-networking.tbx}), {@code --source LANG} (default {@code ja}),
 * {@code --locales "ja en"}, {@code --output DIR} (default {@code target/terminology}), {@code
 * --fail-on-warning true|false} (default: the system property {@code terminology.failOnWarning},
 * else false), {@code --summary-locale TAG} (default: the JVM's), {@code --book LANG} (check only
 * that book: its own terms and, for a translation, its agreement with the source; what the build
 * runs in each content module).
 */
public final class TerminologyCheck {

  /** What to check and where to write; see the class comment for the arguments. */
  public record Request(
      Path root,
      Path termbase,
      String source,
      List<String> locales,
      Path output,
      boolean failOnWarning,
      ULocale summaryLocale,
      String book) {

    public static Request parse(String... args) {
      Options options =
          Options.parse(
              Set.of(
                  "--root",
                  "--termbase",
                  "--source",
                  "--locales",
                  "--output",
                  "--fail-on-warning",
                  "--summary-locale",
                  "--book"),
              args);
      Path root = options.value("--root").map(Path::of).orElse(null);
      String termbase = options.value("--termbase", "terminology/aws-networking.tbx");
      String source = options.value("--source", "ja");
      String locales = options.value("--locales").orElse(null);
      String output = options.value("--output", "target/terminology");
      boolean failOnWarning =
          options
              .value("--fail-on-warning")
              .map(Boolean::parseBoolean)
              .orElse(Boolean.getBoolean("terminology.failOnWarning"));
      ULocale summaryLocale =
          options
              .value("--summary-locale")
              .map(ULocale::forLanguageTag)
              .orElse(ULocale.forLocale(Locale.getDefault()));
      String book = options.value("--book", "");
      if (root == null) {
        throw new IllegalArgumentException("--root is required: the repository's folder");
      }
      if (locales == null) {
        throw new IllegalArgumentException("--locales is required, as \"ja en\"");
      }
      List<String> list = Arrays.stream(locales.trim().split("[\\s,]+")).toList();
      if (!list.contains(source)) {
        throw new IllegalArgumentException("--locales must contain the source " + source);
      }
      if (!book.isEmpty() && !list.contains(book)) {
        throw new IllegalArgumentException("--book " + book + " is not one of --locales " + list);
      }
      return new Request(
          root.toAbsolutePath().normalize(),
          root.resolve(termbase),
          source,
          list,
          root.resolve(output),
          failOnWarning,
          summaryLocale,
          book);
    }
  }

  /** What a run found, and whether it passes. */
  public record Outcome(
      List<Diagnostic> findings, List<String> notes, String summary, boolean passed) {}

  private TerminologyCheck() {}

  /** Entry point for the build; throws (and so fails the build) where the check fails. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      throw new IllegalStateException("the terminology check failed; see the messages above");
    }
  }

  /**
   * Runs the check and returns an exit code; messages go to the given streams. Starts one
   * Asciidoctor for the run; a caller that has one passes it to the other {@code run}.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return SourceModels.withOwnAsciidoctor(models -> run(args, out, err, models));
  }

  /** Runs the check reading the books through the caller's models, each book parsed once. */
  public static int run(String[] args, PrintStream out, PrintStream err, SourceModels models) {
    Request request;
    try {
      request = Request.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    // Errors to stderr; warnings, with the notes and the summary, to stdout.
    DiagnosticReporter reporter = new ConsoleReporter(request.root(), err, out);
    try {
      Outcome outcome = check(request, models);
      reporter.reportAll(outcome.findings());
      outcome.notes().forEach(out::println);
      out.println(outcome.summary());
      return outcome.passed() ? 0 : 1;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (TerminologyException e) {
      reporter.report(e.diagnostic());
      return 2;
    } catch (UncheckedIOException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  /** Checks the books, each parsed once by {@code models}, and writes the reports. */
  public static Outcome check(Request request, SourceModels models) {
    Termbase termbase = TbxReader.read(request.root(), request.termbase());
    BookTerms source =
        BookTerms.scan(Book.load(models, request.root(), request.source()), termbase);
    List<BookTerms> translations = new ArrayList<>();
    for (String locale : request.locales()) {
      boolean wanted = request.book().isEmpty() || request.book().equals(locale);
      if (!locale.equals(request.source()) && wanted) {
        translations.add(BookTerms.scan(Book.load(models, request.root(), locale), termbase));
      }
    }
    TermChecks checks = new TermChecks(termbase, request.root());
    List<Diagnostic> findings;
    if (request.book().isEmpty()) {
      findings = checks.all(source, translations);
    } else {
      findings = checks.forBook(source, translations.isEmpty() ? source : translations.get(0));
    }
    List<String> notes = new ArrayList<>();
    for (BookTerms translation : translations) {
      if (termbase.terms(translation.language()).isEmpty()) {
        notes.add(
            "note: the termbase has no "
                + translation.language()
                + " terms, so the "
                + translation.language()
                + " book is not compared with the source; add them to "
                + request.root().relativize(request.termbase()));
      }
    }
    write(request, findings, source, translations, termbase);
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    boolean passed = errors == 0 && !(request.failOnWarning() && !findings.isEmpty());
    int books = request.book().isEmpty() ? request.locales().size() : 1;
    String summary = Summary.of(findings, books, request.summaryLocale());
    return new Outcome(findings, notes, summary, passed);
  }

  private static void write(
      Request request,
      List<Diagnostic> findings,
      BookTerms source,
      List<BookTerms> translations,
      Termbase termbase) {
    try {
      Files.createDirectories(request.output());
      Files.writeString(
          request.output().resolve("terminology.sarif"),
          SarifReport.of(findings, request.root()),
          StandardCharsets.UTF_8);
      // The source's glossary pairs each term with the first translation's, loaded or not.
      String firstTranslation =
          request.locales().stream()
              .filter(locale -> !locale.equals(source.language()))
              .findFirst()
              .orElse(source.language());
      Files.writeString(
          request.output().resolve("glossary-" + source.language() + ".adoc"),
          Glossary.asciidoc(source, termbase, firstTranslation),
          StandardCharsets.UTF_8);
      for (BookTerms translation : translations) {
        Files.writeString(
            request.output().resolve("glossary-" + translation.language() + ".adoc"),
            Glossary.asciidoc(translation, termbase, source.language()),
            StandardCharsets.UTF_8);
        writeTranslatorKit(request, termbase, source.language(), translation.language());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the reports to " + request.output() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The termbase as translators load it into their tools, for translating from {@code source} into
   * {@code target}: TBX-Basic in the 2008 form, and OmegaT's own glossary. Each translation's
   * module writes its own pair, so that building one locale gives its translator everything.
   */
  private static void writeTranslatorKit(
      Request request, Termbase termbase, String source, String target) throws IOException {
    String from = Places.shown(request.root(), request.termbase());
    AtomicFiles.write(
        request.output().resolve(TbxBasic2008.fileName(termbase, source, target)),
        TbxBasic2008.of(termbase, from, List.of(source, target)).getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(
        request.output().resolve(OmegaTGlossary.fileName(source, target)),
        OmegaTGlossary.of(termbase, from, source, target).getBytes(StandardCharsets.UTF_8));
  }
}
