package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * No printed line starts with a closing mark: a pair of closing marks set tight (「注）。」) and the 。
 * after a reference mark are texts of their own, which the engine would move to the next line when
 * they do not fit; they hang at the line's end instead (the patched InlineBoxing). Every length of
 * text before them is tried, so that each falls at a line's end once.
 */
@Execution(ExecutionMode.CONCURRENT)
class ClosingMarksTest {

  @Test
  void noLineStartsWithAClosingMark(@TempDir Path folder) throws IOException {
    StringBuilder body = new StringBuilder();
    for (int n = 1; n <= 46; n++) {
      String lead = "あ".repeat(n);
      body.append("<div class=\"paragraph\"><p>")
          .append(lead)
          .append("（注）。次の文です。")
          .append(lead)
          .append("です<a class=\"citation\" href=\"#src-a\">[1]</a>。次の文です。</p></div>");
    }
    Files.copy(Prints.BOOK_STYLESHEET, folder.resolve("book.css"));
    Path page = folder.resolve("index.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>括弧</title>"
            + "<meta name=\"subject\" content=\"閉じ括弧\">"
            + "<link rel=\"stylesheet\" href=\"book.css\"></head><body><div id=\"content\">"
            + "<div class=\"sect1\"><div class=\"sectionbody\">"
            + body
            + "<ul class=\"bibliography\"><li><p><a id=\"src-a\"></a>[1] 出典.</p></li></ul>"
            + "</div></div></div></body></html>");
    Path pdf = Prints.print(page, folder.resolve("marks.pdf"));
    List<String> starts = new ArrayList<>();
    int lines = 0;
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (String line : stripper.getText(document).split("\\R")) {
        String text = line.strip();
        lines++;
        if (text.startsWith("。") || text.startsWith("）")) {
          starts.add(text);
        }
      }
    }
    assertTrue(lines > 50, "only " + lines + " lines");
    assertEquals(List.of(), starts, "lines that start with a closing mark");
  }
}
