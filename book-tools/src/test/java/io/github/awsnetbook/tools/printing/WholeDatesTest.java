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
 * A Japanese date is printed on one line (2026年12月7日), in a paragraph and in a table cell, though
 * its quarter-em marks between digits and kanji are elements, where the engine may break: every
 * length of text before it is tried, so that each of its parts falls at a line's end once. An
 * opening bracket before a date goes with it to the next line.
 */
@Execution(ExecutionMode.CONCURRENT)
class WholeDatesTest {

  @Test
  void noJapaneseDateIsBrokenInside(@TempDir Path folder) throws IOException {
    StringBuilder body = new StringBuilder();
    for (int n = 1; n <= 40; n++) {
      String lead = "あ".repeat(n);
      body.append("<div class=\"paragraph\"><p>")
          .append(lead)
          .append("本版のために2026年12月7日に改訂しました。</p></div>")
          .append("<table><tr><td><p>")
          .append(lead)
          .append("初訳、本版のために2026年12月7日に改訂）。</p></td></tr></table>")
          .append("<div class=\"paragraph\"><p>")
          .append(lead)
          .append("著者のブログ連載第3回（2025年10月13日公開）です。</p></div>");
    }
    Files.copy(Prints.BOOK_STYLESHEET, folder.resolve("book.css"));
    Path page = folder.resolve("index.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>日付</title>"
            + "<meta name=\"subject\" content=\"日付\">"
            + "<link rel=\"stylesheet\" href=\"book.css\"></head><body><div id=\"content\">"
            + "<div class=\"sect1\"><div class=\"sectionbody\">"
            + body
            + "</div></div></div></body></html>");
    Path pdf = Prints.print(page, folder.resolve("dates.pdf"));
    List<String> split = new ArrayList<>();
    List<String> bracketsLeft = new ArrayList<>();
    int lines = 0;
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String[] all = stripper.getText(document).split("\\R");
      lines = all.length;
      for (int i = 0; i + 1 < all.length; i++) {
        String end = all[i].strip();
        String start = all[i + 1].strip();
        if (end.matches(".*\\d+\\s*年(\\s*\\d+\\s*月)?$") && start.matches("^\\d+\\s*[月日].*")) {
          split.add(end + " | " + start);
        }
        if (end.endsWith("（") || end.endsWith("(")) {
          bracketsLeft.add(end + " | " + start);
        }
      }
    }
    assertTrue(lines > 60, "only " + lines + " lines");
    assertEquals(List.of(), split, "dates broken inside");
    assertEquals(List.of(), bracketsLeft, "an opening bracket left at a line's end before a date");
  }
}
