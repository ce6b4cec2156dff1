package io.github.awsnetbook.tools.translation;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/** Registers the translation notices with every Asciidoctor the build creates. */
public final class TranslationRegistry implements ExtensionRegistry {
  @Override
  public void register(Asciidoctor asciidoctor) {
    asciidoctor.javaExtensionRegistry().treeprocessor(TranslationNotices.class);
  }
}
