package io.github.awsnetbook.tools.asciidoc;

/**
 * A check that walks a {@link SourceModel}: it is called once for the header, then for every
 * section and block in reading order. Each method does nothing unless overridden.
 */
public interface ModelVisitor {

  default void header(SourceModel.Header header) {}

  default void section(SourceModel.Section section) {}

  default void block(SourceModel.Block block) {}
}
