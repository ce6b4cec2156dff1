package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Japanese line breaking in the PDF: zero kinsoku violations in the books and in a stress document
 * packed with every prohibited class, nothing lost or duplicated, real faces for bold and italic,
 * and no change to English documents. The stress document is also converted the old way
 * (Asciidoctor PDF's {@code scripts: cjk}, without the extension) for comparison.
 */
class JapaneseLineBreakingIT {

  static final Path STRESS_DIR = Book.root().resolve("book-tests/src/test/resources/typography");

  /** Inside the repository: in SAFE mode Asciidoctor writes nowhere outside its jail. */
  static final Path out = Book.root().resolve("book-tests/target/typography");

  static Asciidoctor asciidoctor;
  static Path stressPdf;
  static Path stressPdfWithScriptsCjk;
  static List<LogRecord> stressLog = new ArrayList<>();
  static List<LogRecord> scriptsCjkLog = new ArrayList<>();

  @BeforeAll
  static void convertTheStressDocument() {
    asciidoctor = Asciidoctor.Factory.create();
    stressPdf = convert("stress.pdf", Map.of(), stressLog);
    stressPdfWithScriptsCjk =
        convert(
            "stress-scripts-cjk.pdf",
            Map.of("scripts", "cjk", "book-line-breaking", "off"),
            scriptsCjkLog);
    System.out.printf(
        "kinsoku violations in the stress document: %d with scripts: cjk, %d with the extension%n",
        Kinsoku.violations(text(stressPdfWithScriptsCjk)).size(),
        Kinsoku.violations(text(stressPdf)).size());
  }

  @AfterAll
  static void stop() {
    asciidoctor.shutdown();
  }

  @Test
  void theStressDocumentHasNoLineBreakingViolation() {
    assertEquals(List.of(), Kinsoku.violations(text(stressPdf)));
  }

  @Test
  void theOldWayHadViolationsOnTheSameDocument() {
    assertFalse(
        Kinsoku.violations(text(stressPdfWithScriptsCjk)).isEmpty(),
        "the stress document no longer provokes scripts: cjk; it tests nothing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void theBooksHaveNoLineBreakingViolation(String lang) throws IOException {
    try (PDDocument pdf = Book.of(lang).openPdf()) {
      assertEquals(List.of(), Kinsoku.violations(PdfText.of(pdf)));
    }
  }

  @Test
  void anInlineImageWithAJapaneseFileNameIsFoundAndNoWarningIsLogged() {
    assertEquals(List.of(), stressLog.stream().map(LogRecord::getMessage).toList());
  }

  @Test
  void noTextIsLostOrDuplicated() {
    String html =
        asciidoctor.convertFile(
            STRESS_DIR.resolve("stress.adoc").toFile(),
            options(Map.of(), out.resolve("html")).toFile(false).build());
    String pdfText = PdfText.unwrapped(text(stressPdf));
    List<String> problems = new ArrayList<>();
    for (Element paragraph : Jsoup.parse(html).select("#content p, #footnotes .footnote")) {
      String expected = PdfText.unwrapped(paragraph.text().replaceFirst("^\\d+\\.", ""));
      int count = occurrences(pdfText, expected);
      if (count != 1) {
        problems.add(count + "× " + expected);
      }
    }
    assertEquals(List.of(), problems);
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

  private static Path convert(String name, Map<String, Object> extra, List<LogRecord> log) {
    LogHandler handler = log::add;
    asciidoctor.registerLogHandler(handler);
    try {
      Path target = out.resolve(name);
      Options options = options(extra, out).backend("pdf").toFile(target.toFile()).build();
      asciidoctor.convertFile(STRESS_DIR.resolve("stress.adoc").toFile(), options);
      return target;
    } finally {
      asciidoctor.unregisterLogHandler(handler);
    }
  }

  private static org.asciidoctor.OptionsBuilder options(Map<String, Object> extra, Path toDir) {
    Path theme = Book.root().resolve("theme");
    org.asciidoctor.AttributesBuilder attributes =
        Attributes.builder()
            .attribute("pdf-theme", "book")
            .attribute("pdf-themesdir", theme.resolve("pdf").toString())
            .attribute("pdf-fontsdir", theme.resolve("fonts").toString())
            .attribute("imagesdir", STRESS_DIR.toString())
            .attribute("reproducible", "");
    extra.forEach(attributes::attribute);
    return Options.builder()
        .safe(SafeMode.SAFE)
        .baseDir(Book.root().toFile())
        .toDir(toDir.toFile())
        .mkDirs(true)
        .attributes(attributes.build());
  }

  private static String text(Path pdf) {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return PdfText.of(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int occurrences(String haystack, String needle) {
    int count = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }
}
