package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.terminology.SyntheticCorpus.Form;
import io.github.awsnetbook.tools.terminology.SyntheticTerms.SyntheticConcept;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The terminology matcher on a synthetic book, for {@code benchmarks/terminology-throughput.sh},
 * which also runs textlint with prh on the same files. Not a test: it asserts nothing.
 *
 * <ul>
 *   <li>{@code generate WORK}: termbases of 1,250 to 10,000 concepts ({@code terms-N.tbx}), the
 *       5,000 of them as a prh dictionary ({@code prh.yml}), and corpora of 1 to 20 MB ({@code
 *       corpus-SIZEMB/}), all from one seed.
 *   <li>{@code scan TBX CORPUS OUT.tsv}: reads the termbase with {@link TbxReader}, every {@code
 *       .adoc} file of the corpus with {@link Book} (the source model) (as the build does: prose
 *       only), finds the deprecated terms with one {@link TermMatcher} per language, writes them as
 *       TSV and prints the times.
 *   <li>{@code compare CORPUS OURS.tsv TEXTLINT.tsv DIFFERENCES.tsv}: every difference between the
 *       findings of the two tools, see {@link FindingComparison}.
 * </ul>
 *
 * <p>A megabyte is 1,000,000 bytes of UTF-8 on disk.
 */
public final class TerminologyBenchmark {

  static final long SEED = 20_251_013L;
  static final List<Integer> TERMBASE_SIZES = List.of(1_250, 2_500, 5_000, 10_000);
  static final int FULL_TERMBASE = 5_000;
  static final List<String> CORPUS_MEGABYTES = List.of("1", "2.5", "5", "10", "20");
  private static final long MEGABYTE = 1_000_000;

  private TerminologyBenchmark() {}

  public static void main(String[] args) throws IOException {
    String command = args.length == 0 ? "" : args[0];
    switch (command) {
      case "generate" -> generate(Path.of(args[1]));
      case "scan" -> scan(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
      case "compare" ->
          FindingComparison.run(
              Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]));
      default -> {
        System.err.println(
            "usage: TerminologyBenchmark generate WORK | scan TBX CORPUS OUT.tsv | compare CORPUS"
                + " OURS.tsv TEXTLINT.tsv DIFFERENCES.tsv");
        System.exit(2);
      }
    }
  }

  private static void generate(Path work) throws IOException {
    Files.createDirectories(work);
    for (int size : TERMBASE_SIZES) {
      SyntheticTerms.writeTbx(SyntheticTerms.concepts(size, SEED), work.resolve(tbxName(size)));
    }
    List<SyntheticConcept> concepts = SyntheticTerms.concepts(FULL_TERMBASE, SEED);
    SyntheticTerms.writePrh(concepts, work.resolve("prh.yml"));
    for (String megabytes : CORPUS_MEGABYTES) {
      long bytes = (long) (Double.parseDouble(megabytes) * MEGABYTE);
      Map<Form, Integer> forms =
          SyntheticCorpus.write(
              concepts, SEED, work.resolve("corpus-" + megabytes + "MB"), bytes, MEGABYTE);
      System.out.println("corpus-" + megabytes + "MB: terms written " + forms);
    }
  }

  static String tbxName(int concepts) {
    return "terms-" + concepts + ".tbx";
  }

  /** A deprecated term found: where (line and column 1-based, column in code points) and what. */
  record Reported(String file, int line, int column, String text, String expected) {

    static final Comparator<Reported> ORDER =
        Comparator.comparing(Reported::file)
            .thenComparingInt(Reported::line)
            .thenComparingInt(Reported::column);

    String tsv() {
      return file + "\t" + line + "\t" + column + "\t" + text + "\t" + expected;
    }

    static Reported fromTsv(String line) {
      String[] fields = line.split("\t", -1);
      return new Reported(
          fields[0],
          Integer.parseInt(fields[1]),
          Integer.parseInt(fields[2]),
          fields[3],
          fields[4]);
    }
  }

  private static void scan(Path tbx, Path corpus, Path out) throws IOException {
    long start = System.nanoTime();
    Termbase termbase = TbxReader.read(tbx);
    long read = System.nanoTime();
    // One Asciidoctor for the run, which parses each file once, as the build does.
    org.asciidoctor.Asciidoctor asciidoctor =
        io.github.awsnetbook.tools.asciidoc.BookAsciidoctor.create();
    List<TermMatcher> matchers =
        List.of(TermMatcher.of(termbase, "ja"), TermMatcher.of(termbase, "en"));
    Map<String, String> preferred = preferredTerms(termbase);
    long built = System.nanoTime();
    List<Path> files = adocFiles(corpus);
    long bytes = 0;
    int segments = 0;
    long matching = 0;
    long firstFileBytes = 0;
    long firstFileEnd = 0;
    List<Reported> found = new ArrayList<>();
    for (Path file : files) {
      bytes += Files.size(file);
      String name = corpus.relativize(file).toString();
      List<Segment> prose =
          Book.paragraphs(asciidoctor, file.getParent(), file, Map.of()).stream()
              .flatMap(List::stream)
              .toList();
      long matchStart = System.nanoTime();
      for (Segment segment : prose) {
        for (TermMatcher matcher : matchers) {
          deprecated(matcher, segment, name, preferred, found);
        }
      }
      long fileEnd = System.nanoTime();
      matching += fileEnd - matchStart;
      segments += prose.size();
      if (firstFileEnd == 0) {
        firstFileEnd = fileEnd;
        firstFileBytes = bytes;
      }
    }
    long scanned = System.nanoTime();
    found.sort(Reported.ORDER);
    writeTsv(found, out);
    double seconds = (scanned - built) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "termbase: %d concepts, %d terms, read in %d ms," + " matchers built in %d ms%n",
        termbase.concepts().size(),
        termbase.terms("ja").size() + termbase.terms("en").size(),
        (read - start) / 1_000_000,
        (built - read) / 1_000_000);
    double matchSeconds = matching / 1e9;
    // The first file also pays for the JIT compiling the scanner; the rest shows the steady state.
    String warm =
        files.size() < 2
            ? "-"
            : String.format(
                Locale.ROOT,
                "%.2f",
                (bytes - firstFileBytes) / (double) MEGABYTE / ((scanned - firstFileEnd) / 1e9));
    System.out.printf(
        Locale.ROOT,
        "scan: %d files, %.2f MB, %d prose lines in %.2f s:"
            + " %.2f MB/s, %d deprecated terms found (of the time, reading the prose with"
            + " parsing %.2f s, matching %.2f s); after the first file %s MB/s%n",
        files.size(),
        bytes / (double) MEGABYTE,
        segments,
        seconds,
        bytes / (double) MEGABYTE / seconds,
        found.size(),
        seconds - matchSeconds,
        matchSeconds,
        warm);
    System.out.printf(
        Locale.ROOT,
        "RESULT concepts=%d bytes=%d read_ms=%d build_ms=%d"
            + " scan_s=%.3f mb_per_s=%.2f warm_mb_per_s=%s match_s=%.3f findings=%d%n",
        termbase.concepts().size(),
        bytes,
        (read - start) / 1_000_000,
        (built - read) / 1_000_000,
        seconds,
        bytes / (double) MEGABYTE / seconds,
        warm,
        matchSeconds,
        found.size());
  }

  private static void deprecated(
      TermMatcher matcher,
      Segment segment,
      String file,
      Map<String, String> preferred,
      List<Reported> found) {
    for (Match match : matcher.find(segment.text())) {
      Term term = match.term();
      if (term.status() == TermStatus.DEPRECATED) {
        found.add(
            new Reported(
                file,
                segment.line(),
                segment.column(match.start()),
                match.text(),
                preferred.get(term.conceptId() + "\t" + term.language())));
      }
    }
  }

  /**
   * The first preferred term per concept and language. Looked up once: {@link Termbase#conceptOf}
   * searches the list, which a benchmark of 10,000 concepts should not time.
   */
  private static Map<String, String> preferredTerms(Termbase termbase) {
    Map<String, String> preferred = new HashMap<>();
    for (Concept concept : termbase.concepts()) {
      for (Term term : concept.terms()) {
        if (term.status() == TermStatus.PREFERRED) {
          preferred.putIfAbsent(concept.id() + "\t" + term.language(), term.text());
        }
      }
    }
    return preferred;
  }

  static List<Path> adocFiles(Path corpus) throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList();
    }
  }

  static void writeTsv(List<Reported> findings, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Reported finding : findings) {
        writer.write(finding.tsv());
        writer.write('\n');
      }
    }
  }
}
