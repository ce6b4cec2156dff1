package io.github.awsnetbook.tools.parallel;

import io.github.awsnetbook.tools.diagnostics.ConsoleReporter;
import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.files.FileTrees;
import io.github.awsnetbook.tools.markup.Markup;
import io.github.awsnetbook.tools.printing.ParsedFonts;
import io.github.awsnetbook.tools.printing.PdfPrinter;
import io.github.awsnetbook.tools.printing.PrintRequest;
import io.github.awsnetbook.tools.translation.NoticePlan;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;

/**
 * Writes one parallel edition: its folder (the page, the books' stylesheets and the edition's, the
 * font subsets cut to the page, the source's images) and its PDF, printed from the page as the
 * books are (PDF/UA-1, PDF/A-2a).
 */
public final class ParallelEdition {

  private ParallelEdition() {}

  /**
   * Writes the edition of {@code request}; returns where the pairing fell back to a coarser level
   * than blocks of the same kind (one line per place).
   */
  public static List<String> write(ParallelRequest request) {
    try (ParsedFonts faces = new ParsedFonts()) {
      return write(request, faces);
    }
  }

  /**
   * As {@link #write(ParallelRequest)}, printing with the fonts the build's prints share ({@link
   * ParsedFonts}): the books' prints parsed them.
   */
  public static List<String> write(ParallelRequest request, ParsedFonts faces) {
    try {
      Document source = read(request.sourceFolder());
      Document translation = read(request.translationFolder());
      ParallelPage parallel = new ParallelPage(source, translation, untranslated(request));
      Document page = parallel.page();
      Path folder = request.output();
      Files.createDirectories(folder);
      FileTrees.copyFolder(request.sourceFolder().resolve("css"), folder.resolve("css"));
      FileTrees.copyFolder(request.sourceFolder().resolve("images"), folder.resolve("images"));
      Files.copy(request.stylesheet(), folder.resolve(ParallelPage.STYLESHEET));
      Path licence = request.sourceFolder().resolve("fonts/OFL.txt");
      if (Files.isRegularFile(licence)) {
        Files.createDirectories(folder.resolve("fonts"));
        Files.copy(licence, folder.resolve("fonts/OFL.txt"));
      }
      for (Map.Entry<String, byte[]> file : request.fonts().filesFor(page).entrySet()) {
        AtomicFiles.write(folder.resolve(file.getKey()), file.getValue());
      }
      Path index = folder.resolve("index.html");
      AtomicFiles.write(index, Markup.bytes(page));
      new PdfPrinter(
              new PrintRequest(
                  index,
                  request.pdf(),
                  request.fonts().faces(),
                  request.pdfNamePattern(),
                  request.date()),
              new ConsoleReporter(Path.of(""), System.err),
              faces)
          .print(ParallelPage.printCopy(page));
      return parallel.coarserPairings();
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  private static Document read(Path folder) throws IOException {
    Path page = folder.resolve("index.html");
    return Markup.parseHtml(
        Files.readString(page, StandardCharsets.UTF_8), folder.toUri().toString());
  }

  /** The sections the translation shows in the source's language: untranslated in its plan. */
  private static Set<String> untranslated(ParallelRequest request) {
    if (request.noticePlan().isEmpty() || !Files.isRegularFile(request.noticePlan().get())) {
      return Set.of();
    }
    return NoticePlan.load(request.noticePlan().get()).entries().stream()
        .filter(entry -> entry.state() == State.UNTRANSLATED)
        .map(NoticePlan.Entry::id)
        .collect(Collectors.toUnmodifiableSet());
  }
}
