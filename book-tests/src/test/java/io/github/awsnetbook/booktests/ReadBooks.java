package io.github.awsnetbook.booktests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The built books as the tests read them, each read once for the whole run: the page parsed, the
 * PDF opened, its structure tree walked, veraPDF run, on first use. A test class gets the run's one
 * instance through {@code @ExtendWith(ReadBooks.Shared.class)} and a constructor parameter; JUnit
 * closes it at the end of the run. The tests only read what they get here; they never change it.
 */
final class ReadBooks implements AutoCloseable {

  /** Gives a test class the run's {@link ReadBooks}, kept in JUnit's root store. */
  static final class Shared implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(ReadBooks.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == ReadBooks.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(ReadBooks.class, key -> new ReadBooks(), ReadBooks.class);
    }
  }

  private final Map<String, Document> pages = new HashMap<>();
  private final Map<String, PDDocument> pdfs = new HashMap<>();
  private final Map<String, List<TaggedText.Block>> blocks = new HashMap<>();
  private final Map<String, List<String>> pdfPages = new HashMap<>();
  private final Map<String, Map<PDFAFlavour, List<PdfValidation.Failure>>> validations =
      new HashMap<>();

  Document html(Book book) {
    return pages.computeIfAbsent(book.lang(), lang -> book.html());
  }

  /** The open PDF; not to be closed by the test. */
  PDDocument pdf(Book book) {
    return pdfs.computeIfAbsent(book.lang(), lang -> book.openPdf());
  }

  /** The PDF's text in reading order, as {@link PdfText#of} reads it. */
  String pdfText(Book book) {
    StringBuilder text = new StringBuilder();
    blocks(book).forEach(block -> text.append(block.text()).append('\n'));
    return text.toString();
  }

  /** The PDF's blocks of text in reading order, as {@link TaggedText#blocks} reads them. */
  List<TaggedText.Block> blocks(Book book) {
    return blocks.computeIfAbsent(book.lang(), lang -> TaggedText.blocks(pdf(book)));
  }

  /**
   * The text of each page of the PDF, as {@link PdfText#pages} reads one page (each block on the
   * page, in reading order); page 1 at index 0. The structure tree is walked once for all pages.
   */
  List<String> pdfPages(Book book) {
    return pdfPages.computeIfAbsent(
        book.lang(),
        lang -> {
          List<StringBuilder> texts = new ArrayList<>();
          for (int page = 0; page < pdf(book).getNumberOfPages(); page++) {
            texts.add(new StringBuilder());
          }
          for (TaggedText.Block block : blocks(book)) {
            block.pages().stream()
                .distinct()
                .forEach(page -> texts.get(page - 1).append(block.text()).append('\n'));
          }
          return texts.stream().map(StringBuilder::toString).toList();
        });
  }

  /** The rules the PDF breaks, by flavour: veraPDF reads the file once for all the flavours. */
  List<PdfValidation.Failure> failures(Book book, PDFAFlavour flavour) {
    return validations
        .computeIfAbsent(
            book.lang(), lang -> PdfValidation.failures(book.pdf(), PdfValidation.FLAVOURS))
        .get(flavour);
  }

  @Override
  public void close() {
    IOException failed = null;
    for (PDDocument pdf : pdfs.values()) {
      try {
        pdf.close();
      } catch (IOException e) {
        failed = e;
      }
    }
    pdfs.clear();
    if (failed != null) {
      throw new UncheckedIOException(failed);
    }
  }
}
