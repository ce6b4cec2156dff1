package io.github.awsnetbook.tools.epub;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The running text of each page of a printed book, as its content stream draws it: without the
 * running heads and page numbers (artifacts), without a figure's labels (read as the figure's
 * alternative text, and drawn in the drawing's order), and without the hyphen drawn at a hyphenated
 * line's end (a sequence whose ActualText is empty).
 */
final class PrintedPages {

  private static final Set<String> OUTSIDE_THE_TEXT = Set.of("Artifact", "Figure");

  private PrintedPages() {}

  /** The text of every page of the PDF, first page first. */
  static List<String> texts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      StringWriter text = new StringWriter();
      RunningText stripper = new RunningText(text);
      stripper.setSortByPosition(false);
      stripper.writeText(document, text);
      List<String> pages = new ArrayList<>();
      int start = 0;
      for (int end : stripper.pageEnds) {
        pages.add(text.getBuffer().substring(start, end));
        start = end;
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the printed PDF: " + e.getMessage(), e);
    }
  }

  /** PDFBox's text stripper, leaving out what {@link PrintedPages} says is not running text. */
  private static final class RunningText extends PDFTextStripper {
    private final Deque<Boolean> left = new ArrayDeque<>();
    private final StringWriter text;

    /** Where in the text each page ends, read in one pass over the document. */
    private final List<Integer> pageEnds = new ArrayList<>();

    RunningText(StringWriter text) {
      this.text = text;
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
      super.endPage(page);
      pageEnds.add(text.getBuffer().length());
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
      left.push(actual != null || OUTSIDE_THE_TEXT.contains(tag.getName()));
      super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
      left.poll();
      super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (!left.contains(true)) {
        super.processTextPosition(text);
      }
    }
  }
}
