package io.github.awsnetbook.tools.titlepage;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * Registers the title page's localized date and the mark of a sole chapter with every Asciidoctor
 * the build creates.
 */
public final class TitlePageRegistry implements ExtensionRegistry {
  @Override
  public void register(Asciidoctor asciidoctor) {
    asciidoctor.javaExtensionRegistry().treeprocessor(LocalizedRevisionDate.class);
    asciidoctor.javaExtensionRegistry().treeprocessor(SoleChapter.class);
  }
}
