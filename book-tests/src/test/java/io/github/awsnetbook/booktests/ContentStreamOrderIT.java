package io.github.awsnetbook.booktests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text is drawn in reading order: a tool that reads the content stream as it comes, without
 * tags or positions (search, copy in a viewer that ignores tags, {@code pdftotext -raw}), reads the
 * book's sentences as written, Latin runs and links in their places. The sentences are the tagged
 * text's, which reads right whatever the drawing order. Running heads, page numbers and the labels
 * of figures are left out: a sentence that a page turn splits goes on after them.
 */
@ExtendWith(ReadBooks.Shared.class)
class ContentStreamOrderIT {

  private final ReadBooks books;

  ContentStreamOrderIT(ReadBooks books) {
    this.books = books;
  }

  static Stream<Book> books() {
    return Book.all().stream();
  }

  /** Where a sentence ends, its closing mark kept with it. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？]|[.!?](?=\\s))");

  /** Sentences shorter than this prove little about the order (a label, a number). */
  private static final int SHORTEST = 12;

  @ParameterizedTest
  @MethodSource("books")
  void theContentStreamReadsTheSentencesAsWritten(Book book) {
    String drawn = withoutSpaces(contentStreamText(books.pdf(book)));
    List<String> sentences = new ArrayList<>();
    List<String> outOfOrder = new ArrayList<>();
    for (TaggedText.Block block : books.blocks(book)) {
      if (!block.type().equals("P")) {
        continue;
      }
      for (String sentence : SENTENCE_END.split(block.text())) {
        String written = withoutSpaces(sentence);
        if (written.length() < SHORTEST) {
          continue;
        }
        sentences.add(written);
        if (!drawn.contains(written)) {
          outOfOrder.add(sentence.strip());
        }
      }
    }
    System.out.printf(
        "content stream order %s: %d sentences, %d not drawn as written%n",
        book.lang(), sentences.size(), outOfOrder.size());
    assertTrue(sentences.size() > 50, book + ": only " + sentences.size() + " sentences read");
    assertEquals(List.of(), outOfOrder, book + ": sentences not drawn in reading order");
  }

  /**
   * The text in the order it is drawn, as a reader of the content stream gets it: a marked-content
   * sequence with an ActualText (the hyphen at a hyphenated line's end, whose ActualText is empty)
   * reads as its ActualText.
   */
  static String contentStreamText(PDDocument pdf) {
    try {
      PDFTextStripper stripper = new ActualTextStripper();
      stripper.setSortByPosition(false);
      return stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutSpaces(String text) {
    return text.replaceAll("\\s+", "");
  }

  /**
   * Marked content that is not part of the running text: running heads and page numbers, and the
   * labels of a figure (read as the figure's alternative text). A sentence that a page turn splits
   * goes on after them when the next page starts with a figure or its head.
   */
  private static final Set<String> OUTSIDE_THE_TEXT = Set.of("Artifact", "Figure");

  /**
   * PDFBox's text stripper, which does not read ActualText by itself: the glyphs of a sequence with
   * an empty ActualText are left out (the book has no other), and so are those of {@link
   * #OUTSIDE_THE_TEXT}.
   */
  static final class ActualTextStripper extends PDFTextStripper {
    private final Deque<Boolean> replaced = new ArrayDeque<>();

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
      if (actual != null && !actual.isEmpty()) {
        throw new IllegalStateException("an ActualText other than empty: " + actual);
      }
      replaced.push(actual != null || OUTSIDE_THE_TEXT.contains(tag.getName()));
      super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
      replaced.poll();
      super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (!replaced.contains(true)) {
        super.processTextPosition(text);
      }
    }
  }
}
