package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.typography.BreakOpportunities;
import io.github.awsnetbook.tools.typography.BreakStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Japanese line breaking in the PDF handout: zero kinsoku violations in the books and in a stress
 * document packed with every prohibited class, headings that break only between phrases, nothing
 * lost or duplicated, real faces for bold, and no change to English documents. The stress document
 * is converted to HTML and printed as the books are.
 */
@ExtendWith({ReadBooks.Shared.class, BuildInProcess.Shared.class})
class JapaneseLineBreakingIT {

  private final ReadBooks books;

  JapaneseLineBreakingIT(ReadBooks books) {
    this.books = books;
  }

  static final Path STRESS_DIR = Book.root().resolve("book-tests/src/test/resources/typography");

  /** Inside the repository: in SAFE mode Asciidoctor writes nowhere outside its jail. */
  static final Path out = Book.root().resolve("book-tests/target/typography");

  static Asciidoctor asciidoctor;
  static Path stressPdf;
  static String stressHtml;
  static List<LogRecord> stressLog = new ArrayList<>();

  @BeforeAll
  static void convertAndPrintTheStressDocument(BuildInProcess shared) throws IOException {
    asciidoctor = shared.asciidoctor();
    Path page = StressPage.convert(asciidoctor, STRESS_DIR.resolve("stress.adoc"), out, stressLog);
    stressHtml = Files.readString(page, StandardCharsets.UTF_8);
    stressPdf = StressPage.print(page, out.resolve("stress.pdf"));
    System.out.printf(
        "kinsoku violations in the printed stress document: %d%n",
        Kinsoku.violations(text(stressPdf)).size());
  }

  @Test
  void theStressDocumentHasNoLineBreakingViolation() {
    assertEquals(List.of(), Kinsoku.violations(text(stressPdf)));
  }

  @Test
  void theStressDocumentProvokesABreakerWithoutStrictKinsoku() {
    // ICU's loose rules allow breaks before small kana, ー and 々, which strict rules forbid: the
    // stress document gives a line breaker many chances to get kinsoku wrong.
    BreakIterator loose = BreakIterator.getLineInstance(new ULocale("ja@lb=loose"));
    BreakIterator strict = BreakIterator.getLineInstance(new ULocale("ja@lb=strict"));
    int differences = 0;
    for (Element paragraph : Jsoup.parse(stressHtml).select("#content p")) {
      String text = paragraph.text();
      Set<Integer> strictBreaks = breaks(strict, text);
      for (int at : breaks(loose, text)) {
        if (!strictBreaks.contains(at)) {
          differences++;
        }
      }
    }
    assertTrue(differences > 20, "only " + differences + " places where loose rules differ");
  }

  @ParameterizedTest
  @MethodSource("io.github.awsnetbook.booktests.Book#langs")
  void theBooksHaveNoLineBreakingViolation(String lang) throws IOException {
    assertEquals(List.of(), Kinsoku.violations(books.pdfText(Book.of(lang))));
  }

  @Test
  void headingsAndCaptionsBreakOnlyBetweenPhrases() {
    List<String> lines = text(stressPdf).lines().map(String::strip).toList();
    BreakOpportunities phrases = new BreakOpportunities("ja");
    List<String> wrapped = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Element heading : Jsoup.parse(stressHtml).select("h2, .title, caption")) {
      String text = heading.text();
      for (int i = 0; i + 1 < lines.size(); i++) {
        String joined = lines.get(i) + lines.get(i + 1);
        if (lines.get(i).length() < text.length() && text.startsWith(joined)) {
          wrapped.add(text);
          int at = lines.get(i).length();
          if (!phrases.breaks(text, BreakStyle.BETWEEN_PHRASES).get(at)) {
            problems.add(lines.get(i) + " / " + lines.get(i + 1));
          }
        }
      }
    }
    assertFalse(wrapped.isEmpty(), "no heading or caption of the stress document wraps");
    assertEquals(List.of(), problems, "headings or captions broken inside a phrase");
  }

  @Test
  void anInlineImageWithAJapaneseFileNameIsFoundAndNoWarningIsLogged() throws IOException {
    assertEquals(List.of(), stressLog.stream().map(LogRecord::getMessage).toList());
    try (PDDocument pdf = Loader.loadPDF(stressPdf.toFile())) {
      assertTrue(StressPage.figures(pdf) > 0, "the inline image is not drawn");
    }
  }

  @Test
  void noTextIsLostOrDuplicated() throws IOException {
    List<String> blocks;
    try (PDDocument pdf = Loader.loadPDF(stressPdf.toFile())) {
      blocks =
          TaggedText.blocks(pdf).stream()
              .map(block -> PdfText.unwrapped(block.text()).replaceFirst("^\\d+\\.", ""))
              .toList();
    }
    List<String> problems = new ArrayList<>();
    for (Element paragraph : Jsoup.parse(stressHtml).select("#content p, #footnotes .footnote")) {
      String expected = PdfText.unwrapped(paragraph.text().replaceFirst("^\\d+\\.", ""));
      long count = blocks.stream().filter(expected::equals).count();
      if (count != 1) {
        problems.add(count + "× " + expected);
      }
    }
    assertEquals(List.of(), problems, "paragraphs of the page not found once in the PDF's blocks");
    assertFalse(text(stressPdf).contains("\u200b"), "break marks leaked into the PDF text");
  }

  @Test
  void boldJapaneseIsDrawnWithTheBoldFaceAndItalicWithARealFace() throws IOException {
    Map<String, String> fontOf = new TreeMap<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            PDFont font = text.getFont();
            fontOf.merge(
                text.getUnicode(),
                font.getName().replaceFirst("^\\w{6}\\+", ""),
                (a, b) -> a.equals(b) ? a : a + "," + b);
            super.processTextPosition(text);
          }
        };
    try (PDDocument pdf = Loader.loadPDF(stressPdf.toFile())) {
      stripper.getText(pdf);
    }
    assertEquals("NotoSansJP-Bold", fontOf.get("太"), "太 (only in 太字の日本語)");
    assertEquals("NotoSansJP-Regular", fontOf.get("斜"), "斜 (only in 斜体の日本語)");
  }

  @Test
  void englishDocumentsAreNotChanged() {
    String english = "= Title\n:lang: en\n\nA paragraph\nover two lines, with 日本語 inside.\n";
    String with = asciidoctor.convert(english, Options.builder().safe(SafeMode.SAFE).build());
    String without =
        asciidoctor.convert(
            english,
            Options.builder()
                .safe(SafeMode.SAFE)
                .attributes(Attributes.builder().attribute("book-line-breaking", "off").build())
                .build());
    assertEquals(without, with);
  }

  private static Set<Integer> breaks(BreakIterator iterator, String text) {
    iterator.setText(text);
    Set<Integer> at = new TreeSet<>();
    for (int next = iterator.next(); next != BreakIterator.DONE; next = iterator.next()) {
      at.add(next);
    }
    return at;
  }

  private static String text(Path pdf) {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return PdfText.of(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
