/**
 * Every statement the editors add to the author's text names its source, and every source it names
 * is in the book's list of sources.
 *
 * <p>{@link io.github.awsnetbook.tools.citations.CitedSources} walks the one source model: the list
 * of sources ({@code _sources.adoc}, an AsciiDoc {@code [bibliography]} list whose entries are
 * numbered {@code [[[src-…,N]]]} in order), each editor's note ({@code [NOTE.editor-note]}) and
 * each editorial figure (a figure with the role {@code editorial}, or whose caption names the
 * editors in the locale's words, {@code :editorial-mark:}), and every citation ({@code <<src-…>>})
 * anywhere in the book, the generated glossary included. The source check of the build runs it.
 */
package io.github.awsnetbook.tools.citations;
