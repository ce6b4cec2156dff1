package io.github.awsnetbook.tools.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Asciidoctor, with the build's extensions from the service loader, for the tests of a class:
 * started before them (JRuby takes seconds to start) and shut down after them. Register it as a
 * {@code @RegisterExtension static final} field.
 */
public final class TestAsciidoctor implements BeforeAllCallback, AfterAllCallback {

  private Asciidoctor asciidoctor;

  @Override
  public void beforeAll(ExtensionContext context) {
    asciidoctor = Asciidoctor.Factory.create();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    asciidoctor.shutdown();
  }

  public Asciidoctor get() {
    return asciidoctor;
  }
}
