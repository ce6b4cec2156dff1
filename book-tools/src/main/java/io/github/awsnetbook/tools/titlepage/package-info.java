/**
 * The book's title page as a reader of the locale expects it: the dates written in the locale's own
 * long form (ICU4J: 2025年10月13日, October 13, 2025), wherever the book shows them (the title page,
 * the colophon); a title block that names the author, the edition with its own date and the
 * original's date, each on its line and in the locale's words; and a book of one chapter whose
 * title is shown once on screen. The sources keep the ISO date, which every locale shares.
 */
package io.github.awsnetbook.tools.titlepage;
