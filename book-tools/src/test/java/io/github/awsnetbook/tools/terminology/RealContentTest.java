package io.github.awsnetbook.tools.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.awsnetbook.tools.asciidoc.TestAsciidoctor;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import io.github.awsnetbook.tools.locales.RealLocales;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The book as it is passes the checks: no errors, with the repository's termbase. */
class RealContentTest {

  @RegisterExtension static final TestAsciidoctor ASCIIDOCTOR = new TestAsciidoctor();

  @Test
  void theRealBooksHaveNoErrors() {
    Path root = Terms.repositoryRoot();
    Termbase termbase = Terms.realTermbase();
    BookTerms source =
        BookTerms.scan(Book.load(ASCIIDOCTOR.models(), root, RealLocales.source()), termbase);
    List<BookTerms> translations =
        RealLocales.translations().stream()
            .map(lang -> BookTerms.scan(Book.load(ASCIIDOCTOR.models(), root, lang), termbase))
            .toList();
    List<Diagnostic> findings = new TermChecks(termbase, root).all(source, translations);
    findings.forEach(f -> System.out.println(f.toString()));
    List<String> errors =
        findings.stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(f -> f.toString())
            .toList();
    assertEquals(List.of(), errors);
  }
}
