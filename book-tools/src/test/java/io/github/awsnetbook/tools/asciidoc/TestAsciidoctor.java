package io.github.awsnetbook.tools.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Asciidoctor, with the build's extensions from the service loader, for the tests: started
 * before the first class that asks for it (JRuby takes seconds to start), shared by every class of
 * the run, and shut down by JUnit at the end of the run. Register it as a {@code @RegisterExtension
 * static final} field. A test that registers a log handler unregisters it when it is done.
 */
public final class TestAsciidoctor implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TestAsciidoctor.class);

  /** The run's Asciidoctor, as JUnit's store keeps it: closing it shuts JRuby down. */
  private record Started(Asciidoctor asciidoctor) implements AutoCloseable {
    @Override
    public void close() {
      asciidoctor.shutdown();
    }
  }

  private Asciidoctor asciidoctor;

  @Override
  public void beforeAll(ExtensionContext context) {
    asciidoctor =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                Started.class, key -> new Started(BookAsciidoctor.create()), Started.class)
            .asciidoctor();
  }

  public Asciidoctor get() {
    return asciidoctor;
  }

  /** Source models read with the run's Asciidoctor, new at each call: no model outlives a test. */
  public SourceModels models() {
    return new SourceModels(asciidoctor);
  }
}
