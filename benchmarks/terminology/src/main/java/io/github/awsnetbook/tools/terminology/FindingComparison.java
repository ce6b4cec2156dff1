package io.github.awsnetbook.tools.terminology;

import io.github.awsnetbook.tools.terminology.TerminologyBenchmark.Reported;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every difference between the deprecated terms the checker found and those textlint with
 * textlint-rule-prh found in the same files, each put in a category that says why.
 *
 * <p>Both are compared as file, line, column and matched text. textlint counts columns in UTF-16
 * code units, the checker in code points; a finding that agrees only once textlint's column is
 * converted is counted apart, as the one difference of convention.
 */
final class FindingComparison {

  /** Why the tools disagree about a place. */
  enum Category {
    COLUMN_UNITS(
        "both",
        "same finding, different column",
        "textlint counts columns in UTF-16 code units, the checker in code points: a character"
            + " outside the BMP earlier on the line (𠮷, 𩸽, an emoji) adds one to textlint's"
            + " column. The same finding once converted."),
    NOT_PROSE_LINE(
        "textlint+prh only",
        "a line that is not prose",
        "a listing block or a comment line. textlint's text plugin reads the .adoc file as plain"
            + " text; the source model leaves these lines out, as the book's check does."),
    NOT_PROSE_INLINE(
        "textlint+prh only",
        "inline markup that is not prose",
        "inline code (or a URL, an attribute reference), which the inline tokenizer blanks."),
    PREFERRED_CONTAINS(
        "textlint+prh only",
        "the preferred term itself",
        "the preferred term starts with the deprecated one (…サーバー contains …サーバ); prh"
            + " matches the substring and its fix would write …サーバーー. The checker needs a"
            + " boundary after a term, and ー continues katakana."),
    INSIDE_WORD(
        "textlint+prh only",
        "inside a longer word",
        "the deprecated term is part of a longer word of the same script (スーパー…サーバ,"
            + " …サーバラック, myEdge Packet Gateway, …Gateway2): prh matches any substring,"
            + " the checker only between boundaries (a change of script, a space, punctuation)."),
    PRH_OTHER("textlint+prh only", "not explained", "see the examples."),
    OTHER_WIDTH(
        "checker only",
        "half-width katakana or full-width Latin",
        "the checker compares in NFKC, which folds ｻｰﾊﾞ to サーバ and Ｅｄｇｅ to Edge; prh's plain"
            + " patterns match only the characters as written."),
    OVERLAP(
        "checker only",
        "an overlapping match of another length",
        "both found something here, but not the same stretch of text."),
    CHECKER_OTHER("checker only", "not explained", "see the examples.");

    final String side;
    final String label;
    final String why;

    Category(String side, String label, String why) {
      this.side = side;
      this.label = label;
      this.why = why;
    }
  }

  /**
   * A finding one tool made and the other did not, and why; its column in code points, and
   * textlint's own column where only the columns differ (else 0).
   */
  record Difference(Category category, Reported finding, int textlintColumn) {}

  private static final int EXAMPLES = 3;

  private final Path corpus;
  private final Map<String, List<String>> lines = new HashMap<>();
  private final Map<String, Map<Integer, Segment>> prose = new HashMap<>();

  /** One Asciidoctor for the comparison, which parses each corpus file once. */
  private final org.asciidoctor.Asciidoctor asciidoctor =
      io.github.awsnetbook.tools.asciidoc.BookAsciidoctor.create();

  private FindingComparison(Path corpus) {
    this.corpus = corpus;
  }

  static void run(Path corpus, Path ours, Path textlint, Path differencesFile) throws IOException {
    new FindingComparison(corpus).compare(read(ours), read(textlint), differencesFile);
  }

  private static List<Reported> read(Path tsv) throws IOException {
    List<Reported> findings = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        findings.add(Reported.fromTsv(line));
      }
    }
    return findings;
  }

  private void compare(List<Reported> ours, List<Reported> prh, Path differencesFile)
      throws IOException {
    Set<Reported> ourSet = new HashSet<>(ours);
    Set<Reported> agreed = new HashSet<>();
    List<Difference> differences = new ArrayList<>();
    List<Reported> prhOnly = new ArrayList<>();
    int agreements = 0;
    for (Reported finding : prh) {
      Reported converted = inCodePoints(finding);
      if (ourSet.contains(finding)) {
        agreements++;
        agreed.add(finding);
      } else if (ourSet.contains(converted)) {
        agreed.add(converted);
        differences.add(new Difference(Category.COLUMN_UNITS, converted, finding.column()));
      } else {
        prhOnly.add(converted);
      }
    }
    for (Reported finding : prhOnly) {
      differences.add(new Difference(prhCategory(finding), finding, 0));
    }
    for (Reported finding : ours) {
      if (!agreed.contains(finding)) {
        differences.add(new Difference(checkerCategory(finding, prhOnly), finding, 0));
      }
    }
    report(ours.size(), prh.size(), agreements, differences);
    writeDifferences(differences, differencesFile);
  }

  /** textlint's finding with its column counted in code points. */
  private Reported inCodePoints(Reported finding) throws IOException {
    String line = line(finding);
    int utf16 = Math.min(finding.column() - 1, line.length());
    return new Reported(
        finding.file(),
        finding.line(),
        line.codePointCount(0, utf16) + 1,
        finding.text(),
        finding.expected());
  }

  private Category prhCategory(Reported finding) throws IOException {
    String line = line(finding);
    int start = line.offsetByCodePoints(0, finding.column() - 1);
    int end = start + finding.text().length();
    Segment segment = prose(finding.file()).get(finding.line());
    if (segment == null) {
      return Category.NOT_PROSE_LINE;
    }
    if (!segment.text().startsWith(finding.text(), start)) {
      return Category.NOT_PROSE_INLINE;
    }
    if (finding.expected().startsWith(finding.text())
        && line.startsWith(finding.expected(), start)) {
      return Category.PREFERRED_CONTAINS;
    }
    if (!Boundaries.startsAt(line, start) || !Boundaries.endsAt(line, end)) {
      return Category.INSIDE_WORD;
    }
    return Category.PRH_OTHER;
  }

  private static Category checkerCategory(Reported finding, List<Reported> prhOnly) {
    if (finding.text().codePoints().anyMatch(cp -> cp >= 0xFF00 && cp <= 0xFFEF)) {
      return Category.OTHER_WIDTH;
    }
    boolean overlapping =
        prhOnly.stream()
            .anyMatch(
                p ->
                    p.file().equals(finding.file())
                        && p.line() == finding.line()
                        && p.column() < finding.column() + finding.text().length()
                        && finding.column() < p.column() + p.text().length());
    return overlapping ? Category.OVERLAP : Category.CHECKER_OTHER;
  }

  private String line(Reported finding) throws IOException {
    List<String> fileLines = lines.get(finding.file());
    if (fileLines == null) {
      fileLines = Files.readAllLines(corpus.resolve(finding.file()), StandardCharsets.UTF_8);
      lines.put(finding.file(), fileLines);
    }
    return fileLines.get(finding.line() - 1);
  }

  private Map<Integer, Segment> prose(String file) {
    return prose.computeIfAbsent(
        file,
        name -> {
          Map<Integer, Segment> byLine = new HashMap<>();
          Path document = corpus.resolve(name);
          for (Segment segment :
              Book.paragraphs(asciidoctor, document.getParent(), document, Map.of()).stream()
                  .flatMap(List::stream)
                  .toList()) {
            byLine.put(segment.line(), segment);
          }
          return byLine;
        });
  }

  private void report(int ours, int prh, int agreements, List<Difference> differences)
      throws IOException {
    Map<Category, List<Difference>> byCategory = new EnumMap<>(Category.class);
    for (Difference difference : differences) {
      byCategory.computeIfAbsent(difference.category(), c -> new ArrayList<>()).add(difference);
    }
    System.out.printf("deprecated terms found: checker %d, textlint+prh %d%n", ours, prh);
    System.out.printf("agreements (same file, line, column and text): %d%n", agreements);
    StringBuilder result =
        new StringBuilder("RESULT checker=" + ours + " prh=" + prh + " agree=" + agreements);
    for (Map.Entry<Category, List<Difference>> entry : byCategory.entrySet()) {
      Category category = entry.getKey();
      List<Difference> findings = entry.getValue();
      System.out.printf(
          "%n%s, %s: %d%n  why: %s%n",
          category.side, category.label, findings.size(), category.why);
      for (Difference example : findings.subList(0, Math.min(EXAMPLES, findings.size()))) {
        Reported finding = example.finding();
        String textlintColumn =
            example.textlintColumn() == 0
                ? ""
                : " (textlint: column " + example.textlintColumn() + ")";
        System.out.printf(
            "  e.g. %s:%d:%d%s %s → %s   in: %s%n",
            finding.file(),
            finding.line(),
            finding.column(),
            textlintColumn,
            finding.text(),
            finding.expected(),
            context(finding));
      }
      result.append(' ').append(category.name().toLowerCase()).append('=').append(findings.size());
    }
    if (byCategory.isEmpty()) {
      System.out.println("no differences");
    }
    System.out.println(result);
    summary(ours, prh, agreements, byCategory);
  }

  /** One line per category, each marked for the script's summary. */
  private static void summary(
      int ours, int prh, int agreements, Map<Category, List<Difference>> byCategory) {
    System.out.printf("SUMMARY %-62s %7d%n", "checker findings", ours);
    System.out.printf("SUMMARY %-62s %7d%n", "textlint+prh findings", prh);
    System.out.printf(
        "SUMMARY %-62s %7d%n", "agree: same file, line, column, text, expected", agreements);
    byCategory.forEach(
        (category, differences) ->
            System.out.printf(
                "SUMMARY %-62s %7d%n", category.side + ": " + category.label, differences.size()));
  }

  /** The finding in its line: a few characters around it, the match in 【】. */
  private String context(Reported finding) throws IOException {
    String line = line(finding);
    int start = line.offsetByCodePoints(0, finding.column() - 1);
    int end = Math.min(line.length(), start + finding.text().length());
    int from = Math.max(0, start - 12);
    int to = Math.min(line.length(), end + 12);
    return line.substring(from, start)
        + "【"
        + line.substring(start, end)
        + "】"
        + line.substring(end, to);
  }

  private static void writeDifferences(List<Difference> differences, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("category\tfile\tline\tcolumn\ttext\texpected\ttextlint column\n");
      for (Difference difference : differences) {
        out.write(
            difference.category().name()
                + "\t"
                + difference.finding().tsv()
                + "\t"
                + (difference.textlintColumn() == 0 ? "" : difference.textlintColumn())
                + "\n");
      }
    }
    System.out.println("every difference: " + file);
  }
}
