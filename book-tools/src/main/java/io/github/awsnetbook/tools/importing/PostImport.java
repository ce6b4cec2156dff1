package io.github.awsnetbook.tools.importing;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceModels;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.DiagnosticException;
import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.safety.InputLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code book:import}: an author's Jekyll post into the source locale's chapter {@code
 * _article-NNNN.adoc}. Read the post within the build's limits, refuse what it must not carry,
 * render it, merge it into the chapter, and write the chapter whole, or write nothing.
 */
public final class PostImport {

  private static final Pattern ARTICLE = Pattern.compile("article[-_]?(\\d{1,4})");

  /**
   * What to import and where.
   *
   * @param repository the repository, from which paths are reported
   * @param post the author's post
   * @param chapters the source locale's chapter folder, the only folder the import writes
   * @param images the folder that holds the post's {@code /assets/images/}
   * @param force overwrite a chapter with uncommitted edits
   */
  public record Request(Path repository, Path post, Path chapters, Path images, boolean force) {
    public Request {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(post, "post");
      Objects.requireNonNull(chapters, "chapters");
      Objects.requireNonNull(images, "images");
    }
  }

  /**
   * What the import did: the chapter, whether it was written, and everything to tell (errors, which
   * refuse the import; the sections added, changed and removed; the editors' elements not kept),
   * each at its place.
   */
  public record Result(Path chapter, boolean written, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean refused() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  private PostImport() {}

  /**
   * Imports with an Asciidoctor of its own, started only when a chapter exists to be read: for the
   * goal, run by hand.
   */
  public static Result run(Request request) {
    return run(
        request,
        chapter ->
            SourceModels.withOwnAsciidoctor(
                models -> models.load(request.repository(), chapter, Map.of())));
  }

  /** Imports, reading an existing chapter with the caller's models. */
  public static Result run(Request request, SourceModels models) {
    return run(request, chapter -> models.load(request.repository(), chapter, Map.of()));
  }

  private static Result run(Request request, Function<Path, SourceModel> chapterModel) {
    try {
      return imported(request, chapterModel);
    } catch (DiagnosticException e) {
      return new Result(null, false, List.of(e.diagnostic()));
    } catch (IOException e) {
      return new Result(
          null,
          false,
          List.of(
              Diagnostic.error(
                  request.post(), 0, 0, "cannot read or write: " + e.getMessage() + "")));
    }
  }

  private static Result imported(Request request, Function<Path, SourceModel> chapterModel)
      throws IOException {
    Path post = request.post().toAbsolutePath().normalize();
    List<String> lines = read(post);
    FrontMatter front = FrontMatter.read(post, lines);
    Liquid.Read liquid = Liquid.read(post, lines, front.lines());
    List<Diagnostic> problems = new ArrayList<>(liquid.problems());
    String article = article(post, front, lines);
    PostRenderer.Rendered rendered = PostRenderer.render(post, liquid.lines(), front, article);
    problems.addAll(rendered.problems());
    Path chapter = chapterIn(request.repository(), request.chapters(), article);
    List<String> old = Files.exists(chapter) ? Files.readAllLines(chapter) : null;
    List<ChapterLine> oldLines =
        old == null ? List.of() : EditorsLayer.read(chapterModel.apply(chapter), chapter, old);
    problems.addAll(missingImages(post, rendered.lines(), oldLines, request.images()));
    if (!problems.isEmpty()) {
      return new Result(chapter, false, problems);
    }
    List<String> written;
    List<Diagnostic> told = new ArrayList<>();
    if (old == null) {
      written = rendered.lines().stream().map(ChapterLine::text).toList();
      told.add(newChapter(chapter, article));
      told.addAll(ImportReport.sections(chapter, List.of(), written, java.util.Set.of()));
    } else {
      ChapterMerge.Merged merged = ChapterMerge.merge(chapter, oldLines, rendered.lines());
      written = merged.lines();
      told.addAll(merged.notes());
      told.addAll(ImportReport.sections(chapter, old, written, merged.changed()));
    }
    byte[] bytes = (String.join("\n", written) + "\n").getBytes(StandardCharsets.UTF_8);
    if (old != null && java.util.Arrays.equals(bytes, Files.readAllBytes(chapter))) {
      return new Result(chapter, false, told);
    }
    Optional<Diagnostic> guarded = guard(request, chapter, old != null);
    if (guarded.isPresent()) {
      told.add(guarded.get());
      return new Result(chapter, false, told);
    }
    AtomicFiles.write(chapter, bytes);
    return new Result(chapter, true, told);
  }

  private static List<String> read(Path post) throws IOException {
    if (!Files.isRegularFile(post)) {
      throw new DiagnosticException(
          Diagnostic.error(post, 0, 0, "no such post; name the post's .md file with -Dpost"));
    }
    Optional<Diagnostic> tooLarge = InputLimits.checkSize(post, Files.size(post));
    if (tooLarge.isPresent()) {
      throw new DiagnosticException(tooLarge.get());
    }
    byte[] bytes = Files.readAllBytes(post);
    List<Diagnostic> limits = InputLimits.check(post, bytes);
    if (!limits.isEmpty()) {
      throw new DiagnosticException(limits.get(0));
    }
    return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").lines().toList();
  }

  /** The article's number, four digits: from the title, else from the file's name. */
  private static String article(Path post, FrontMatter front, List<String> lines) {
    Matcher number = ARTICLE.matcher(front.title());
    if (!number.find()) {
      number = ARTICLE.matcher(post.getFileName().toString());
      if (!number.find()) {
        int line = 1;
        while (line < lines.size() && !lines.get(line - 1).startsWith("title:")) {
          line++;
        }
        throw new DiagnosticException(
            Diagnostic.error(
                    post,
                    line,
                    1,
                    "no article number in the title or the file's name; name the post as the"
                        + " series does (2025-10-13-article0003.md) or put 'article0003' in its"
                        + " title")
                .withRule("import/front-matter"));
      }
    }
    return String.format(java.util.Locale.ROOT, "%04d", Integer.parseInt(number.group(1)));
  }

  /** The chapter's file: in the chapter folder, never through a link out of it. */
  private static Path chapterIn(Path repository, Path chapters, String article) throws IOException {
    Path folder = chapters.toAbsolutePath().normalize();
    Path chapter = folder.resolve("_article-" + article + ".adoc");
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        || !folder.toRealPath().startsWith(repository.toRealPath())
        || Files.isSymbolicLink(chapter)
        || !chapter.getParent().equals(folder)) {
      throw new DiagnosticException(
          Diagnostic.error(
                  chapter,
                  0,
                  0,
                  "the import writes only a real file in the locale's chapter folder inside the"
                      + " repository, and this is not one (a link, or no such folder); replace the"
                      + " link with the file")
              .withRule("import/outside-chapters"));
    }
    return chapter;
  }

  /** The post's images that no figure of the chapter replaces must be in the images folder. */
  private static List<Diagnostic> missingImages(
      Path post, List<ChapterLine> rendered, List<ChapterLine> chapter, Path images) {
    List<String> replaced =
        chapter.stream().map(ChapterLine::key).filter(key -> key.startsWith("image:")).toList();
    List<Diagnostic> missing = new ArrayList<>();
    for (ChapterLine line : rendered) {
      String key = line.key();
      if (!key.startsWith("image:") || replaced.contains(key)) {
        continue;
      }
      String relative = key.substring("image:/assets/images/".length());
      if (!Files.isRegularFile(images.resolve(relative))) {
        missing.add(
            Diagnostic.error(
                    post,
                    line.line(),
                    1,
                    "the post's image "
                        + key.substring("image:".length())
                        + " is not in "
                        + images
                        + "; copy it there (the book's images are in assets/images/), or name the"
                        + " folder that has it with -Dimages")
                .withRule("import/missing-image"));
      }
    }
    return missing;
  }

  private static Optional<Diagnostic> guard(Request request, Path chapter, boolean exists) {
    if (!exists || request.force()) {
      return Optional.empty();
    }
    return GitStatus.uncommitted(request.repository(), chapter)
        .map(
            why ->
                Diagnostic.error(
                        chapter,
                        0,
                        0,
                        "not overwritten: "
                            + why
                            + "; commit or discard them first, or import with -Dforce to"
                            + " overwrite them")
                    .withRule("import/uncommitted-edits"));
  }

  private static Diagnostic newChapter(Path chapter, String article) {
    return new Diagnostic(
        Diagnostic.Severity.NOTE,
        chapter,
        1,
        1,
        "a new chapter: add 'include::{book-source-dir}/chapters/_article-"
            + article
            + ".adoc[]' to the locale's index.adoc where it belongs (the import writes only the"
            + " chapter); the translations show it as untranslated until translated",
        "import/section-added",
        null);
  }
}
