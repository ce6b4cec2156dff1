package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.citations.CitationGroups;
import io.github.awsnetbook.tools.typography.JapaneseCitations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A group of reference marks is never parted from the character or word it belongs to, nor split
 * between its marks (the patched InlineBoxing carries the text's last piece to the next line with
 * the group): every length of text before a group is tried, so that each falls at a line's end.
 */
@Execution(ExecutionMode.CONCURRENT)
class CitationGroupLinesTest {

  private static String cite(int number) {
    return "<a href=\"#src-" + number + "\">[" + number + "]</a>";
  }

  private static List<String> printedLines(Path folder, String lang, String body)
      throws IOException {
    Document page =
        Jsoup.parse(
            "<!DOCTYPE html><html lang=\""
                + lang
                + "\"><head><meta charset=\"utf-8\"><title>合印</title>"
                + "<meta name=\"subject\" content=\"合印\">"
                + "<link rel=\"stylesheet\" href=\"book.css\"></head><body><div id=\"content\">"
                + "<div class=\"sect1\"><div class=\"sectionbody\">"
                + body
                + "<ul class=\"bibliography\"><li><p><a id=\"src-2\"></a><a id=\"src-9\"></a>"
                + "<a id=\"src-1\"></a><a id=\"src-3\"></a><a id=\"src-4\"></a>出典.</p></li></ul>"
                + "</div></div></div></body></html>");
    JapaneseCitations.apply(page);
    CitationGroups.apply(page);
    Files.copy(Prints.BOOK_STYLESHEET, folder.resolve("book.css"));
    Path html = folder.resolve("index.html");
    Files.writeString(html, page.outerHtml());
    Path pdf = Prints.print(html, folder.resolve("marks.pdf"));
    List<String> lines = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (String line : stripper.getText(document).split("\\R")) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  @Test
  void noJapaneseLineStartsWithAReferenceMark(@TempDir Path folder) throws IOException {
    StringBuilder body = new StringBuilder();
    for (int n = 1; n <= 46; n++) {
      body.append("<div class=\"paragraph\"><p>")
          .append("あ".repeat(n))
          .append("です")
          .append(cite(2))
          .append(cite(9))
          .append("。次の文です")
          .append(cite(1))
          .append(cite(2))
          .append(cite(3))
          .append(cite(4))
          .append("。</p></div>");
    }
    List<String> lines = printedLines(folder, "ja", body.toString());
    List<String> cut =
        lines.stream().filter(line -> line.matches("^(\\[|–|\\d+]|。|\\.).*")).toList();
    assertTrue(lines.size() > 50, "only " + lines.size() + " lines");
    assertEquals(List.of(), cut, "lines that start with a reference mark or a piece of one");
  }

  @Test
  void noEnglishLineStartsWithACitation(@TempDir Path folder) throws IOException {
    StringBuilder body = new StringBuilder();
    for (int n = 1; n <= 40; n++) {
      body.append("<div class=\"paragraph\"><p>")
          .append("so on ".repeat(n))
          .append("propagation ")
          .append(cite(2))
          .append(cite(9))
          .append(". The next one ")
          .append(cite(1))
          .append(cite(2))
          .append(cite(3))
          .append(".</p></div>");
    }
    List<String> lines = printedLines(folder, "en", body.toString());
    List<String> cut =
        lines.stream().filter(line -> line.matches("^(\\[|–|\\d+]|。|\\.).*")).toList();
    assertTrue(lines.size() > 50, "only " + lines.size() + " lines");
    assertEquals(List.of(), cut, "lines that start with a citation or a piece of one");
  }
}
