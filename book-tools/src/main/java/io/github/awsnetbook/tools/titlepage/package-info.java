/**
 * The book's title page data as a reader of the locale expects it: the date of the edition written
 * in the locale's own long form (ICU4J: 2025年10月13日, October 13, 2025), wherever the book shows it
 * (the title page, the colophon). The sources keep the ISO date, which every locale shares.
 */
package io.github.awsnetbook.tools.titlepage;
