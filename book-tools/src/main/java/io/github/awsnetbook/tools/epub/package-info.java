/**
 * The EPUB book of a locale: a reflowable EPUB 3.3 made from the finished page the HTML book and
 * the PDF handout are made from, with the page's stylesheet and font subsets, a navigation document
 * (contents, landmarks, the printed edition's page list), page break markers where the printed
 * PDF's pages begin, and EPUB Accessibility 1.1 metadata; zipped reproducibly.
 */
package io.github.awsnetbook.tools.epub;
