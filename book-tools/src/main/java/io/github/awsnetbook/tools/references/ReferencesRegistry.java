package io.github.awsnetbook.tools.references;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/** Registers the reference check with every Asciidoctor the build creates. */
public final class ReferencesRegistry implements ExtensionRegistry {
  @Override
  public void register(Asciidoctor asciidoctor) {
    asciidoctor.javaExtensionRegistry().treeprocessor(ReferenceCheck.class);
  }
}
