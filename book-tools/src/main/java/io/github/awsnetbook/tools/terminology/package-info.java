/**
 * Terminology of the book: a TBX termbase ({@code terminology/aws-networking.tbx}), a matcher that
 * finds its terms in Japanese and English text, checks of the books against it (deprecated terms,
 * inconsistent forms, concepts lost in translation), SARIF and log reports, a glossary appendix per
 * locale, the termbase for each translator's tools (TBX-Basic in the 2008 form and OmegaT's
 * glossary, written from the same parsed termbase), and a command that rewrites deprecated terms.
 *
 * <p>It reads the AsciiDoc sources line by line, without Asciidoctor, so that it runs before the
 * conversion and reports the real file and line of every finding. It depends on ICU4J only.
 */
package io.github.awsnetbook.tools.terminology;
