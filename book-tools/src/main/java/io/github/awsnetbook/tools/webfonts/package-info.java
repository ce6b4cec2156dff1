/**
 * Ships the book's Japanese font with the HTML page, cut down to the characters the page uses.
 *
 * <p>A reader whose machine has no Japanese font would otherwise see every kanji as a box. The full
 * font is over 5 MB; the subset of one article is a small fraction of that.
 */
package io.github.awsnetbook.tools.webfonts;
