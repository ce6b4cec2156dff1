/**
 * The parallel (対訳) edition: a translation beside its source, block by block, as one HTML page and
 * one PDF made from the two finished book pages (one DOM each, read with jsoup; nothing is
 * converted again).
 *
 * <p>Sections are matched by ID; within a section, blocks pair in order, and a container (a list, a
 * table, a list item) pairs its parts only where both sides have the same parts: elsewhere the
 * nearest level that still matches pairs as a whole ({@link Alignment}), so that every block of
 * either side is shown exactly once. A stale or untranslated section shows the translated book's
 * notice in the translated column. It depends on {@code markup}, {@code printing}, {@code
 * translation} (the notice plan) and {@code webfonts}.
 */
package io.github.awsnetbook.tools.parallel;
