/**
 * The translators' workflow: which sections of a translation match the structure of their source
 * section, which are up to date with it, stale, untranslated or orphaned, the command that records
 * a section as translated, the notices a reader sees on a stale or untranslated section, and the
 * status report.
 *
 * <p>A translated section records the fingerprint of the source section it was translated from in
 * the translation's own {@code translated-from.properties}; the build compares it with the source
 * of today. The fingerprint ignores how the source is wrapped and spaced, so that re-wrapping a
 * paragraph does not make every translation stale.
 *
 * <p>The outline of a book ({@link io.github.awsnetbook.tools.translation.BookOutline}) is a
 * visitor of the one source model of package {@code asciidoc}: sections, figures, tables,
 * admonitions and references as Asciidoctor's parser found them; a section's lines are those
 * Asciidoctor's own reader hands its parser, includes and conditionals as the conversion evaluates
 * them. It depends on {@code asciidoc}, {@code files}, {@code locales} and {@code typography}, and
 * no step depends on it but the plugin's and the preview's.
 */
package io.github.awsnetbook.tools.translation;
