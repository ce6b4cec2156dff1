package io.github.awsnetbook.tools.typography;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * Registers the Japanese typesetting and captions, and English quotes, with every Asciidoctor the
 * build creates.
 */
public final class TypographyRegistry implements ExtensionRegistry {
  @Override
  public void register(Asciidoctor asciidoctor) {
    asciidoctor.javaExtensionRegistry().treeprocessor(JapaneseTypesetting.class);
    asciidoctor.javaExtensionRegistry().treeprocessor(JapaneseCaptions.class);
    asciidoctor.javaExtensionRegistry().treeprocessor(EnglishQuotes.class);
  }
}
