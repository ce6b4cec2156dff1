package io.github.awsnetbook.tools.preview;

import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.conversion.BuildPom;
import io.github.awsnetbook.tools.conversion.Converter;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import io.github.awsnetbook.tools.figures.RenderFigures;
import io.github.awsnetbook.tools.locales.LocaleLinks;
import io.github.awsnetbook.tools.printing.PrintRequest;
import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.publishing.BookPublisher;
import io.github.awsnetbook.tools.publishing.FinishedPage;
import io.github.awsnetbook.tools.publishing.PublishRequest;
import io.github.awsnetbook.tools.safety.CheckSources;
import io.github.awsnetbook.tools.terminology.TerminologyCheck;
import io.github.awsnetbook.tools.translation.TranslationCheck;
import io.github.awsnetbook.tools.webfonts.WebFont;
import io.github.awsnetbook.tools.webfonts.WebFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One locale's book, rebuilt by the build's own steps into {@code content-<lang>/target/preview/}:
 * the steps of the book's Maven goals with the requests those goals build (source checks,
 * translation parity, terminology, figures), the resources the build copies beside the page, the
 * conversion with a warm {@link Converter}, and the publish step's finishing. Each rebuild writes a
 * new folder {@code html-<n>/<lang>}, so the last good page stays whole while the next is built;
 * the PDF is printed from a finished folder on request.
 */
final class LiveBook implements AutoCloseable {

  /** The steps that run before the conversion, in the order of the build. */
  private static final List<String> CHECKS =
      List.of("check-sources", "translation", "terminology", "render-figures");

  /** A rebuild: its number, the finished HTML folder (none when it failed), what it found. */
  record Build(
      long number, FinishedPage page, List<Diagnostic> problems, Map<String, Long> millis) {
    boolean failed() {
      return page == null;
    }

    /** The folder of the finished page. */
    Path html() {
      return page.folder();
    }

    List<Diagnostic> errors() {
      return problems.stream().filter(Diagnostic::isError).toList();
    }
  }

  private final BookLayout layout;
  private final BuildPom pom;
  private final BookPublisher publisher;
  private final Converter converter;
  private final SourceModels models;
  private final Map<String, List<Diagnostic>> lastFound = new LinkedHashMap<>();
  private long builds;

  LiveBook(BookLayout layout) {
    this.layout = layout;
    this.pom = BuildPom.read(layout.root(), layout.lang(), layout.buildDir());
    this.publisher = new BookPublisher(publishRequest());
    this.converter = new Converter();
    this.models = new SourceModels(converter.asciidoctor());
  }

  /** The preview's own folder of a locale: {@code content-<lang>/target/preview}. */
  static Path buildDirOf(Path root, String lang) {
    return root.resolve("content-" + lang).resolve("target").resolve("preview");
  }

  BookLayout layout() {
    return layout;
  }

  /**
   * The publish step's request as the book's Maven goal builds it from the root pom (its fonts, PDF
   * name and output date), into the preview's folders.
   */
  private PublishRequest publishRequest() {
    Path fonts = layout.themeDir().resolve("fonts");
    String family = pom.bookPluginSetting("fontFamily");
    List<WebFont> faces =
        pom.bookPluginFontFaces().entrySet().stream()
            .map(face -> new WebFont(family, face.getKey(), fonts.resolve(face.getValue())))
            .toList();
    return new PublishRequest(
        layout.buildDir().resolve("staging"),
        layout.buildDir(),
        new LocaleLinks(layout.lang(), layout.locales(), "index.html"),
        new WebFonts(faces),
        pom.bookPluginSetting("pdfName"),
        OffsetDateTime.parse(pom.property("project.build.outputTimestamp")).toLocalDate());
  }

  /**
   * Checks, converts and finishes the book into a new folder; keeps nothing of a failed try. The
   * checks that cannot be affected by the {@code changed} files are not run again, and their last
   * findings stand; every check runs on the first build, and again while it has errors.
   */
  synchronized Build rebuild(Set<Path> changed) {
    long number = ++builds;
    Map<String, Long> millis = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (String check : CHECKS) {
      List<Diagnostic> found = lastFound.get(check);
      if (found == null
          || found.stream().anyMatch(Diagnostic::isError)
          || affects(check, changed)) {
        long start = System.nanoTime();
        found = runStep(check);
        millis.put(check, (System.nanoTime() - start) / 1_000_000);
        lastFound.put(check, found);
      }
      problems.addAll(found);
      if (check.equals("check-sources") && found.stream().anyMatch(Diagnostic::isError)) {
        // As in the build, nothing reads sources the source checks refused: a file that is not
        // UTF-8 would stop Asciidoctor's parse with an exception instead of the error at its place.
        lastFound.keySet().retainAll(List.of("check-sources"));
        break;
      }
    }
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      return new Build(number, null, problems, millis);
    }
    Path html = layout.buildDir().resolve("html-" + number).resolve(layout.lang());
    try {
      long start = System.nanoTime();
      copyResources(html);
      Converter.Conversion conversion = converter.convertHtml(layout, html);
      millis.put("conversion", (System.nanoTime() - start) / 1_000_000);
      problems.addAll(conversion.problems());
      if (conversion.failed()) {
        AtomicFiles.deleteTree(html.getParent());
        return new Build(number, null, problems, millis);
      }
      start = System.nanoTime();
      FinishedPage page;
      try {
        page = publisher.finishHtml(html);
      } catch (DiagnosticException refused) {
        // A page the publish step would refuse (two elements of one ID) is not served either.
        problems.add(refused.diagnostic().relativeTo(layout.root()));
        AtomicFiles.deleteTree(html.getParent());
        return new Build(number, null, problems, millis);
      }
      millis.put("finish", (System.nanoTime() - start) / 1_000_000);
      return new Build(number, page, problems, millis);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the preview into " + html, e);
    }
  }

  /**
   * Converts the book once more into a scratch folder and deletes it, returning the milliseconds it
   * took: JRuby compiles Asciidoctor's hot code only after a few runs, so the first saves are
   * faster when this ran a few times first.
   */
  synchronized long warmUp() {
    Path scratch = layout.buildDir().resolve("warm-up");
    long start = System.nanoTime();
    converter.convertHtml(layout, scratch);
    long millis = (System.nanoTime() - start) / 1_000_000;
    try {
      AtomicFiles.deleteTree(scratch);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + scratch, e);
    }
    return millis;
  }

  /**
   * Whether a change of {@code changed} can change what {@code check} finds: the source checks look
   * at every file; translation parity at the locale's sources; terminology at them and the
   * termbase; the figures at the drawings and the locale's labels.
   */
  boolean affects(String check, Set<Path> changed) {
    Path labels = layout.sourceDir().resolve("figures");
    Path drawings = layout.assetsDir().resolve("figures");
    return switch (check) {
      case "check-sources" -> true;
      case "translation" -> changed.stream().anyMatch(this::isBookSource);
      case "terminology" ->
          changed.stream()
              .anyMatch(path -> isBookSource(path) || path.startsWith(layout.termbaseDir()));
      case "render-figures" ->
          changed.stream().anyMatch(path -> path.startsWith(labels) || path.startsWith(drawings));
      default -> true;
    };
  }

  /** A file of the locale's book or of the source locale's, which a translation follows. */
  private boolean isBookSource(Path path) {
    return path.startsWith(layout.sourceDir()) || path.startsWith(layout.sourceLocaleDir());
  }

  /** Prints the PDF of a finished folder, then puts it in place in one move. */
  Path printPdf(Build build) {
    Path work = layout.buildDir().resolve("pdf-" + build.number());
    try {
      Path printed = publisher.printPdf(build.page(), work);
      Path pdf = pdfFolder().resolve(printed.getFileName());
      AtomicFiles.write(pdf, Files.readAllBytes(printed));
      AtomicFiles.deleteTree(work);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the preview's PDF", e);
    }
  }

  Path pdfFolder() {
    return layout.buildDir().resolve("pdf");
  }

  /** Deletes the folders of builds older than {@code keep}. */
  void forgetBefore(long keep) {
    List<Path> old;
    try (Stream<Path> list = Files.list(layout.buildDir())) {
      old =
          list.filter(
                  path -> {
                    String name = path.getFileName().toString();
                    return name.matches("html-\\d+")
                        && Long.parseLong(name.substring("html-".length())) < keep;
                  })
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + layout.buildDir(), e);
    }
    for (Path folder : old) {
      try {
        AtomicFiles.deleteTree(folder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + folder, e);
      }
    }
  }

  /**
   * Runs one step as the book's Maven goal of the same name does (book-maven-plugin), with the
   * requests its parameters' defaults give, and returns what it found with repository-relative
   * paths; a file out of the repository or a termbase that cannot be read is an error at its place.
   */
  private List<Diagnostic> runStep(String step) {
    Path root = layout.root();
    List<Diagnostic> found;
    try {
      found =
          switch (step) {
            case "check-sources" ->
                CheckSources.check(
                        new CheckSources.Request(
                            root,
                            layout.lang(),
                            layout.sourceLang(),
                            List.of(layout.assetsDir(), layout.themeDir(), layout.termbaseDir())),
                        models)
                    .problems();
            case "translation" ->
                TranslationCheck.check(
                    new TranslationCheck.Request(
                        root,
                        layout.lang(),
                        layout.sourceLang(),
                        layout.translationNotices().getParent(),
                        PrintRequest.pdfName(pom.bookPluginSetting("pdfName"), layout.sourceLang()),
                        "",
                        false),
                    info -> {},
                    models);
            case "terminology" ->
                TerminologyCheck.check(
                        new TerminologyCheck.Request(
                            root,
                            layout.termbase(),
                            layout.sourceLang(),
                            layout.locales(),
                            layout.glossary().getParent(),
                            false,
                            ULocale.forLocale(Locale.getDefault()),
                            layout.lang()),
                        models)
                    .findings();
            case "render-figures" ->
                RenderFigures.render(
                        new RenderFigures.Request(
                            layout.assetsDir().resolve("figures"),
                            layout.sourceDir().resolve("figures/figures.properties"),
                            layout.lang(),
                            layout.figuresDir(),
                            Optional.of(root)))
                    .problems();
            default -> throw new IllegalArgumentException("no step " + step);
          };
    } catch (DiagnosticException e) {
      found = List.of(e.diagnostic());
    }
    return found.stream().map(problem -> problem.relativeTo(root)).toList();
  }

  /**
   * What the build's resources plugin copies beside the page (root pom, executions of
   * maven-resources-plugin): shared images and the locale's figures, the font licence, the
   * stylesheets.
   */
  private void copyResources(Path html) throws IOException {
    copyFolder(layout.assetsDir().resolve("images"), html.resolve("images"));
    copyFolder(layout.figuresDir(), html.resolve("images"));
    Path licence = layout.themeDir().resolve("fonts/OFL.txt");
    Files.createDirectories(html.resolve("fonts"));
    Files.copy(licence, html.resolve("fonts/OFL.txt"));
    copyFolder(layout.themeDir().resolve("html/css"), html.resolve("css"));
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      Path target = to.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void close() {
    converter.close();
  }
}
