/**
 * Finishes the converted books and puts them in place.
 *
 * <p>Asciidoctor writes the HTML into a staging folder. Only when the conversion of a locale has
 * succeeded does this step finish the page (its font subsets, the links to the other locales,
 * landmarks and scroll regions), print the PDF handout from it (package {@code printing}), make the
 * EPUB from it and the PDF (package {@code epub}), and move each output into its published place in
 * one rename, so a failed build never leaves a half-written book where the last good one was.
 */
package io.github.awsnetbook.tools.publishing;
