package io.github.awsnetbook.tools.safety;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.citations.CitedSources;
import io.github.awsnetbook.tools.conversion.BookLayout;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.files.RepositoryFiles;
import io.github.awsnetbook.tools.files.SafeXml;
import io.github.awsnetbook.tools.typography.InvisibleCharacters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The build's first step in every content module: the locale's source files are within bounds and
 * valid UTF-8, no symbolic link in the locale or the shared folders leads out of the repository,
 * every XML file the build reads has no DOCTYPE, no invisible character changes what a reader sees,
 * every image is a file of the repository, every editor's note and editorial figure cites a source
 * of the book's list ({@link CitedSources}), and a translation adds no raw HTML, script URL or page
 * resource that its source does not have.
 *
 * <p>The build and the preview call {@link #check(Request, SourceModels)}, on the models their
 * steps share.
 */
public final class CheckSources {

  /**
   * What to check: the locale's files, {@code root/content-<lang>/src/docs/asciidoc}, against the
   * source locale's, and the XML files and links of the shared folders (assets, theme, termbase).
   */
  public record Request(Path root, String lang, String sourceLang, List<Path> sharedDirs) {

    public Request {
      root = root.toAbsolutePath().normalize();
      sharedDirs = sharedDirs.stream().map(dir -> dir.toAbsolutePath().normalize()).toList();
    }
  }

  /** The problems found, with repository-relative paths, and how many files were checked. */
  public record Result(List<Diagnostic> problems, int files) {

    public Result {
      problems = List.copyOf(problems);
    }

    public long errors() {
      return problems.stream().filter(Diagnostic::isError).count();
    }

    /** The closing line, such as {@code checked 5 source files of content-ja: 0 errors}. */
    public String summary(String lang) {
      long errors = errors();
      return "checked "
          + files
          + " source files of content-"
          + lang
          + ": "
          + errors
          + (errors == 1 ? " error" : " errors");
    }
  }

  private static final String NOT_UTF8 = "safety/not-utf8";

  private CheckSources() {}

  /** The same, reading the book through the caller's models (the build's, shared by its steps). */
  public static Result check(Request request, SourceModels models) {
    Path root = request.root();
    String lang = request.lang();
    String sourceLang = request.sourceLang();
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> localeFiles = readableFiles(root, localeDir(root, lang), problems);
    List<Path> wellFormed = new ArrayList<>();
    checkFiles(localeFiles, problems, wellFormed);
    // Asciidoctor parses the book (to find what it includes from elsewhere) only once the
    // locale's own files are within the size and nesting bounds: a list nested a thousand levels
    // deep would overflow the parser's stack before any bound is reported. A file that is not
    // UTF-8 does not stop the parse, so an include out of the repository is still reported.
    boolean bounded =
        problems.stream().map(Diagnostic::ruleId).noneMatch(CheckSources::isBeyondBounds);
    boolean decodable =
        problems.stream()
            .map(Diagnostic::ruleId)
            .noneMatch(rule -> NOT_UTF8.equals(rule) || InputLimits.NUL_RULE.equals(rule));
    List<Path> files = new ArrayList<>(localeFiles);
    if (bounded) {
      Set<Path> checked = new HashSet<>();
      localeFiles.forEach(file -> checked.add(file.toAbsolutePath().normalize()));
      List<Path> included =
          withIncludedFiles(root, lang, localeFiles, problems, models, decodable).stream()
              .filter(file -> !checked.contains(file))
              .toList();
      checkFiles(included, problems, wellFormed);
      files.addAll(included);
    }
    for (Path shared : request.sharedDirs()) {
      readableFiles(root, shared, problems).stream()
          .filter(CheckSources::isXml)
          .forEach(file -> problems.addAll(xmlProblems(file, read(file))));
    }
    boolean readable = problems.stream().noneMatch(Diagnostic::isError);
    List<RawContent.Item> items = rawItems(wellFormed);
    problems.addAll(ImageTargets.check(root, items));
    problems.addAll(ImageDimensions.check(root, items));
    Readiness readiness = Readiness.of(bounded && decodable, readable);
    problems.addAll(
        invisibleCharacters(
            root, lang, sourceLang, wellFormed, readiness.parsable() ? models : null));
    problems.addAll(modelChecks(root, lang, models, readiness));
    if (!lang.equals(sourceLang) && readable) {
      List<Path> sourceFiles = readableFiles(root, localeDir(root, sourceLang), new ArrayList<>());
      problems.addAll(
          RawContent.notInSource(items, rawItems(sourceFiles), "content-" + sourceLang));
    }
    return new Result(
        problems.stream().map(problem -> problem.relativeTo(root)).toList(), files.size());
  }

  /**
   * The locale's files and the files its book includes from elsewhere in the repository (a shared
   * partial), as Asciidoctor's parse follows the includes. An include that leads out of the
   * repository is an error at its line.
   */
  private static List<Path> withIncludedFiles(
      Path root,
      String lang,
      List<Path> files,
      List<Diagnostic> problems,
      SourceModels models,
      boolean decodable) {
    Set<Path> all = new TreeSet<>();
    files.forEach(file -> all.add(file.toAbsolutePath().normalize()));
    try {
      bookModel(root, topDocument(root, lang), models).files().stream()
          .map(file -> file.toAbsolutePath().normalize())
          .forEach(all::add);
    } catch (RepositoryFiles.OutsideRepositoryException e) {
      problems.add(e.diagnostic());
    } catch (UncheckedIOException unreadable) {
      // A file that is not UTF-8: the check of each file reports it at its place.
    } catch (RuntimeException unparsable) {
      // Asciidoctor's parse stops at a byte that is not UTF-8 where one of its patterns meets it,
      // or at a NUL in a path (JRuby's ArgumentError, found by the fuzz test): both are reported
      // at their place by the check of each file.
      if (decodable) {
        throw unparsable;
      }
    }
    return all.stream().filter(Files::isRegularFile).toList();
  }

  /**
   * How far the locale's files let the book be read: not at all (a file out of bounds or not UTF-8:
   * Asciidoctor's parse could overflow its stack or stop), parsed, or parsed with every file
   * readable (no error so far).
   */
  private enum Readiness {
    UNPARSABLE,
    PARSABLE,
    READABLE;

    static Readiness of(boolean parsable, boolean readable) {
      return !parsable ? UNPARSABLE : readable ? READABLE : PARSABLE;
    }

    boolean parsable() {
      return this != UNPARSABLE;
    }
  }

  /** A check of the book's one model, and how readable the files must be for it to run. */
  private record ModelCheck(Readiness needs, Function<SourceModel, List<Diagnostic>> check) {}

  /**
   * The checks that walk the book's model: the IDs of the page's frame that the book gives a
   * section, a block or an anchor ({@link FrameIds}); every editor's note and editorial figure
   * cites a source of the book's list, and every source cited is in it ({@link CitedSources}).
   */
  private static final List<ModelCheck> MODEL_CHECKS =
      List.of(
          new ModelCheck(Readiness.PARSABLE, FrameIds::check),
          new ModelCheck(Readiness.READABLE, CitedSources::check));

  /**
   * Runs each model check the files are ready for; nothing where the book cannot be parsed, as the
   * other checks then say why.
   */
  private static List<Diagnostic> modelChecks(
      Path root, String lang, SourceModels models, Readiness readiness) {
    List<ModelCheck> ready =
        MODEL_CHECKS.stream().filter(check -> readiness.compareTo(check.needs()) >= 0).toList();
    Path top = topDocument(root, lang);
    if (ready.isEmpty() || !Files.isRegularFile(top)) {
      return List.of();
    }
    SourceModel model;
    try {
      model = models.load(root, top, Map.of("book-source-dir", top.getParent().toString()));
    } catch (RepositoryFiles.OutsideRepositoryException | UncheckedIOException unreadable) {
      return List.of();
    }
    List<Diagnostic> problems = new ArrayList<>();
    ready.forEach(check -> problems.addAll(check.check().apply(model)));
    return problems;
  }

  private static Path topDocument(Path root, String lang) {
    return localeDir(root, lang).toAbsolutePath().normalize().resolve("index.adoc");
  }

  /** The book's one model, as every step reads it, with no include out of the repository. */
  private static SourceModel bookModel(Path root, Path top, SourceModels models) {
    return models
        .load(root, top, Map.of("book-source-dir", top.getParent().toString()))
        .requireIncludesInside();
  }

  /** Checks each file's bounds; the files without a problem go to {@code wellFormed}. */
  private static boolean isBeyondBounds(String rule) {
    return "safety/file-too-large".equals(rule)
        || "safety/line-too-long".equals(rule)
        || "safety/nesting-depth".equals(rule);
  }

  private static void checkFiles(
      List<Path> files, List<Diagnostic> problems, List<Path> wellFormed) {
    for (Path file : files) {
      List<Diagnostic> fileProblems = checkFile(file);
      problems.addAll(fileProblems);
      if (fileProblems.isEmpty()) {
        wellFormed.add(file);
      }
    }
  }

  private static Path localeDir(Path root, String lang) {
    return BookLayout.sourceDirOf(root, lang);
  }

  private static List<Diagnostic> checkFile(Path file) {
    List<Diagnostic> problems = new ArrayList<>();
    try {
      InputLimits.checkSize(file, Files.size(file)).ifPresent(problems::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    byte[] bytes = readBytes(file);
    if (isXml(file)) {
      problems.addAll(InputLimits.check(file, bytes));
      if (problems.isEmpty()) {
        problems.addAll(xmlProblems(file, new String(bytes, StandardCharsets.UTF_8)));
      }
    } else if (isText(file)) {
      problems.addAll(InputLimits.check(file, bytes));
    }
    return problems;
  }

  /**
   * A DOCTYPE or malformed markup; in a well-formed SVG drawing, every reference outside it and
   * every script (the page carries the drawing inline).
   */
  private static List<Diagnostic> xmlProblems(Path file, String xml) {
    Optional<Diagnostic> unsafe = SafeXml.check(file, xml);
    if (unsafe.isPresent()) {
      return List.of(unsafe.get());
    }
    return file.getFileName().toString().endsWith(".svg")
        ? SvgReferences.check(file, xml)
        : List.of();
  }

  /**
   * Bidi controls and tag characters are errors in a translation unless its source has the same
   * character at the aligned place (the source itself is the reference: a warning there); other
   * invisible characters are warnings.
   */
  private static List<Diagnostic> invisibleCharacters(
      Path root, String lang, String sourceLang, List<Path> files, SourceModels models) {
    List<Diagnostic> problems = new ArrayList<>();
    SourceAlignment alignment = null;
    for (Path file : files) {
      if (!isText(file) && !isXml(file)) {
        continue;
      }
      for (InvisibleCharacters.Found found : InvisibleCharacters.scan(read(file))) {
        String what =
            found.kind().description() + ", " + found.label() + ": " + found.kind().effect();
        if (!found.kind().changesWhatIsSeen()) {
          problems.add(at(file, found, false, what + "; delete it unless it is meant"));
        } else if (lang.equals(sourceLang)) {
          problems.add(
              at(
                  file,
                  found,
                  false,
                  what
                      + "; make sure it is meant (a translation may have it only where the source"
                      + " has it)"));
        } else {
          if (alignment == null) {
            alignment =
                models == null
                    ? SourceAlignment.none()
                    : SourceAlignment.of(root, lang, sourceLang, models);
          }
          boolean inSource = alignment.sourceHas(file, found.line(), found.codePoint());
          problems.add(
              at(
                  file,
                  found,
                  !inSource,
                  inSource
                      ? what + "; the source (content-" + sourceLang + ") has it here too"
                      : what
                          + ", and the source (content-"
                          + sourceLang
                          + ") has no such character at this place; delete it"));
        }
      }
    }
    return problems;
  }

  private static Diagnostic at(
      Path file, InvisibleCharacters.Found found, boolean error, String message) {
    return (error
            ? Diagnostic.error(file, found.line(), found.column(), message)
            : Diagnostic.warning(file, found.line(), found.column(), message))
        .withRule("safety/invisible-character");
  }

  private static List<RawContent.Item> rawItems(List<Path> files) {
    List<RawContent.Item> items = new ArrayList<>();
    files.stream()
        .filter(file -> file.toString().endsWith(".adoc"))
        .forEach(file -> items.addAll(RawContent.scan(file, read(file))));
    return items;
  }

  private static boolean isXml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".svg") || name.endsWith(".xml") || name.endsWith(".tbx");
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".adoc")
        || name.endsWith(".properties")
        || name.endsWith(".csv")
        || name.endsWith(".txt");
  }

  /**
   * The files under {@code dir} that the checks may read. A symbolic link that leads out of the
   * repository, or to nothing, is an error and is not read; a linked folder inside the repository
   * is walked where it really is.
   */
  private static List<Path> readableFiles(Path root, Path dir, List<Diagnostic> problems) {
    List<Path> files = new ArrayList<>();
    walk(root, dir, problems, files, new HashSet<>());
    files.sort(null);
    return files;
  }

  private static void walk(
      Path root, Path dir, List<Diagnostic> problems, List<Path> files, Set<Path> walked) {
    Optional<Diagnostic> leaves = RepositoryFiles.checkLink(root, dir);
    if (leaves.isPresent()) {
      problems.add(leaves.get());
      return;
    }
    if (!Files.isDirectory(dir)) {
      return;
    }
    Path real = RepositoryFiles.realPathInside(root, dir);
    if (!walked.add(real)) {
      return;
    }
    // Files.walk does not enter a link it starts at: a linked folder is walked where it is.
    Path start = Files.isSymbolicLink(dir) ? real : dir;
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(start)) {
      entries = walk.filter(entry -> !entry.equals(start)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    for (Path entry : entries) {
      if (Files.isSymbolicLink(entry) && Files.isDirectory(entry)) {
        walk(root, entry, problems, files, walked);
        continue;
      }
      Optional<Diagnostic> link = RepositoryFiles.checkLink(root, entry);
      if (link.isPresent()) {
        problems.add(link.get());
      } else if (Files.isRegularFile(entry)) {
        files.add(entry);
      }
    }
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String read(Path file) {
    return new String(readBytes(file), StandardCharsets.UTF_8);
  }
}
