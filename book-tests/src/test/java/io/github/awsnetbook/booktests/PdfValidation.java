package io.github.awsnetbook.booktests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A PDF checked by veraPDF against one flavour (PDF/UA-1, PDF/A-2a): the rules it breaks. */
final class PdfValidation {

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

  static List<Failure> failures(Path pdf, PDFAFlavour flavour) throws Exception {
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        InputStream in = Files.newInputStream(pdf);
        PDFAParser parser = foundry.createParser(in, flavour);
        PDFAValidator validator = foundry.createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      List<TestAssertion> failed =
          result.getTestAssertions().stream()
              .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
              .toList();
      return failed.stream()
          .map(
              assertion ->
                  assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber())
          .distinct()
          .map(
              rule -> {
                List<TestAssertion> ofRule =
                    failed.stream()
                        .filter(
                            a ->
                                (a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber())
                                    .equals(rule))
                        .toList();
                TestAssertion first = ofRule.get(0);
                return new Failure(
                    rule,
                    first.getMessage().replaceAll("\\s+", " "),
                    ofRule.size(),
                    first.getLocation().getContext());
              })
          .toList();
    }
  }
}
