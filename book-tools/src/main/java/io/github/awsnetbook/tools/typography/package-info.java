/**
 * Japanese line breaking and source-line joining for the books.
 *
 * <p>Asciidoctor PDF (Prawn) breaks lines only at spaces and hyphens, or anywhere with {@code
 * scripts: cjk}, which ignores kinsoku. Here ICU4J's line break rules for the document's language
 * ({@code ja@lb=strict}, JIS X 4051 kinsoku) decide where a line may break, and the decision is
 * written into the text as U+200B ZERO WIDTH SPACE, which Prawn takes as a break opportunity and
 * strips before drawing. The core ({@link BreakMarks}, {@link SourceLines}, {@link InlineText})
 * depends on ICU4J only; {@link JapaneseTypesetting} applies it to Asciidoctor's tree.
 */
package io.github.awsnetbook.tools.typography;
