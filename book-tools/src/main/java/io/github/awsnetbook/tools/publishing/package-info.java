/**
 * Finishes the converted books and puts them in place.
 *
 * <p>Asciidoctor writes into a staging folder. Only when every conversion of a locale has succeeded
 * does this step finish the HTML (its font subsets, the links to the other locales) and move each
 * output into its published place in one rename, so a failed build never leaves a half-written book
 * where the last good one was.
 */
package io.github.awsnetbook.tools.publishing;
