package io.github.awsnetbook.tools.asciidoc;

import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;

/** The title of a block or section as written in the source, before substitutions. */
public final class RawTitles {

  private RawTitles() {}

  /**
   * Returns the raw title, or null. AsciidoctorJ's {@code getTitle()} returns the converted title;
   * code that rewrites a title must start from the raw one, or the title is converted twice.
   */
  public static String of(StructuralNode node) {
    return ((RubyObjectWrapper) node).getString("instance_variable_get", "@title");
  }
}
