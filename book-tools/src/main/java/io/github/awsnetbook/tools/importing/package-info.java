/**
 * The import of an author's Jekyll post into the source locale's chapter ({@code book:import}): the
 * post's front matter and Markdown (commonmark-java with GitHub's tables, with source positions)
 * rendered into the book's AsciiDoc with the book's conventions, then merged into the chapter that
 * exists so that the editors' layer (their notes, IDs, captions and the figures they redrew) is
 * kept and only the author's text changes.
 *
 * <p>The flow ({@link io.github.awsnetbook.tools.importing.PostImport}): read the post within the
 * build's input limits, refuse what a post must not carry (raw HTML, Liquid tags, images outside
 * {@code assets/}), render it ({@link io.github.awsnetbook.tools.importing.PostRenderer}, whose
 * text goes through the one place of the normalizations the account of the edition lists, {@link
 * io.github.awsnetbook.tools.importing.Normalization}), merge it ({@link
 * io.github.awsnetbook.tools.importing.ChapterMerge}), and write the chapter whole or not at all.
 * It depends on {@code diagnostics}, {@code files}, {@code safety} and {@code asciidoc} only.
 */
package io.github.awsnetbook.tools.importing;
