/**
 * The one reading of the book's sources, shared by every check.
 *
 * <p>{@link io.github.awsnetbook.tools.asciidoc.SourceModel} is the document as Asciidoctor's own
 * parser reads it (SAFE mode, the repository as the jail, the build's extensions, a source map):
 * the header, every section and block with its file, line and the spans of its raw lines, and the
 * lines the preprocessor handed to the parser ({@link
 * io.github.awsnetbook.tools.asciidoc.ReadLines}). Checks walk it as {@link
 * io.github.awsnetbook.tools.asciidoc.ModelVisitor}s; the caller owns the Asciidoctor instance, so
 * that one warm instance serves a whole build.
 *
 * <p>{@link io.github.awsnetbook.tools.asciidoc.TreeWalk} is the one walk of Asciidoctor's tree
 * (sections, blocks, list items, description terms, table cells): the model is built on it, and the
 * build's tree processors (Japanese line joining, English quotes, the reference check) rewrite or
 * check text on it.
 *
 * <p>What the tree cannot tell is read by hand through one preprocessor ({@link
 * io.github.awsnetbook.tools.asciidoc.SourceText}: byte-order mark, line ends, delimiters,
 * comments) and one inline tokenizer ({@link io.github.awsnetbook.tools.asciidoc.InlineTokens}:
 * passthroughs, code, attribute references, cross references, links, URLs, images), with one
 * attribute-reference rule and one definition of verbatim ({@link
 * io.github.awsnetbook.tools.asciidoc.SourceText#isVerbatim(String, String)}). The package also
 * holds what the build's extensions need from the tree that AsciidoctorJ does not expose ({@link
 * io.github.awsnetbook.tools.asciidoc.RawTitles}, {@link
 * io.github.awsnetbook.tools.asciidoc.SourceLocations}). It depends on no package of the build but
 * {@code diagnostics} and {@code files}.
 */
package io.github.awsnetbook.tools.asciidoc;
