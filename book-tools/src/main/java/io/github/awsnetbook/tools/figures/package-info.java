/**
 * Renders the book's figures for each locale.
 *
 * <p>A figure is drawn once, as an SVG template under {@code assets/figures/}, whose text elements
 * hold only a label key ({@code <text x="10" y="20">{{nat-gateway}}</text>}). Each locale keeps the
 * label texts in {@code figures/figures.properties} of its own folder, so a translator translates a
 * figure without touching its drawing. A missing key fails the build naming the figure, the locale
 * and the key; a key no figure uses is a warning; a malformed template fails with its file, line
 * and column.
 *
 * <p>{@link io.github.awsnetbook.tools.figures.LabelLines} is the one reader of {@code
 * figures.properties}: the figures take their texts from it, and the terminology check the labels'
 * prose, each line with its place.
 */
package io.github.awsnetbook.tools.figures;
