/**
 * Terminology of the book: a TBX termbase ({@code terminology/aws-networking.tbx}), a matcher that
 * finds its terms in Japanese and English text, checks of the books against it (deprecated terms,
 * inconsistent forms, concepts lost in translation, terms and words written with look-alike letters
 * of another script), SARIF and log reports, a glossary appendix per locale, the termbase for each
 * translator's tools (TBX-Basic in the 2008 form and OmegaT's glossary, written from the same
 * parsed termbase), and a command that rewrites deprecated terms.
 *
 * <p>It reads each book once through the source model of package {@code asciidoc} (Asciidoctor's
 * own parse, with the real file and line of every line of prose), so that includes, conditionals
 * and delimiters are those of the conversion; the header's title, description and keywords are
 * prose too, as readers see them in the page and the PDF. A term wrapped onto two lines of a
 * paragraph is found whole; so is a term with an invisible character inside, or written with
 * look-alike letters (UTS #39 skeletons, ICU's SpoofChecker). Matching depends on ICU4J only, and
 * costs no more than the length of the text, however many terms a line holds.
 */
package io.github.awsnetbook.tools.terminology;
