/**
 * Japanese typesetting for the books: line breaking, phrases, justification, source-line joining.
 *
 * <p>The HTML breaks lines in the browser ({@code line-break: strict}, {@code word-break:
 * auto-phrase} in the stylesheet). The PDF is printed from the same page by an engine that asks
 * {@link IcuLineBreaker} where a line may break: ICU4J's strict rules for the document's language
 * ({@code ja@lb=strict}, JIS X 4051 kinsoku). What the engine cannot decide from the text alone,
 * {@link PrintTypesetting} marks up in the print copy of the page: phrases (文節, from {@link
 * BreakOpportunities}) that headings and captions keep whole, and Latin runs that justification
 * leaves at their natural spacing; in English, the words a book does not hyphenate (a paragraph's
 * last, a path of arrows: {@link EnglishBreaks}), the others breaking at TeX's points ({@link
 * EnglishHyphenator}). {@link JapaneseTypesetting} joins source lines for both outputs. {@link
 * InvisibleCharacters} names the characters a reader does not see (bidi controls, tags, joiners),
 * which the source check reports and the terminology check sees through. The core depends on ICU4J
 * (and jsoup for the print copy) only; the tree processors walk Asciidoctor's tree with package
 * {@code asciidoc}'s one walk ({@code TreeWalk}).
 */
package io.github.awsnetbook.tools.typography;
