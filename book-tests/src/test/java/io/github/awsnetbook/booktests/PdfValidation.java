package io.github.awsnetbook.booktests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A PDF checked by veraPDF against the flavours the handouts claim (PDF/UA-1, PDF/A-2a): the rules
 * it breaks, per flavour. The file is parsed once and validated against both.
 */
final class PdfValidation {

  /** What the handouts claim to be. */
  static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

  /** Failed checks veraPDF details per rule, as its default validator does. */
  private static final int MAX_FAILURES_SHOWN = 100;

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfValidation() {}

  /** One failed rule: its ID, what it asks, and how often and where it failed. */
  record Failure(String rule, String description, long count, String firstContext) {
    @Override
    public String toString() {
      return rule + " (" + count + "×): " + description + " — first at " + firstContext;
    }
  }

  /** The failed rules of each flavour; every flavour asked for is a key, with its checks run. */
  static Map<PDFAFlavour, List<Failure>> failures(Path pdf, List<PDFAFlavour> flavours) {
    Map<PDFAFlavour, List<Failure>> byFlavour = new EnumMap<>(PDFAFlavour.class);
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        InputStream in = Files.newInputStream(pdf);
        PDFAParser parser = foundry.createParser(in, flavours.get(0));
        PDFAValidator validator =
            foundry.createValidator(flavours, MAX_FAILURES_SHOWN, false, true, false)) {
      parser.setFlavours(flavours);
      for (ValidationResult result : validator.validateAll(parser)) {
        if (result.getTotalAssertions() == 0) {
          throw new IllegalStateException(
              "veraPDF ran no check of " + result.getPDFAFlavour() + " on " + pdf);
        }
        byFlavour.put(result.getPDFAFlavour(), failures(result));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not validate " + pdf, e);
    }
    if (!byFlavour.keySet().containsAll(flavours)) {
      throw new IllegalStateException(
          "veraPDF validated " + byFlavour.keySet() + " of " + flavours);
    }
    return byFlavour;
  }

  private static List<Failure> failures(ValidationResult result) {
    List<TestAssertion> failed =
        result.getTestAssertions().stream()
            .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
            .toList();
    return failed.stream()
        .map(PdfValidation::rule)
        .distinct()
        .map(
            rule -> {
              List<TestAssertion> ofRule =
                  failed.stream().filter(a -> rule(a).equals(rule)).toList();
              TestAssertion first = ofRule.get(0);
              return new Failure(
                  rule,
                  first.getMessage().replaceAll("\\s+", " "),
                  ofRule.size(),
                  first.getLocation().getContext());
            })
        .toList();
  }

  private static String rule(TestAssertion assertion) {
    return assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
  }
}
