/**
 * Prints a locale's finished HTML page into its PDF handout.
 *
 * <p>The PDF is the same converted document as the HTML, laid out with the same stylesheet (its
 * {@code @media print} and {@code @page} rules) by openhtmltopdf, which writes a tagged PDF:
 * PDF/UA-1 and PDF/A-2a, with the structure of the HTML (headings, paragraphs, lists, tables,
 * figures with their alt text, links), running headers and page numbers as artifacts, bookmarks for
 * every section, and the document language. What the engine needs beyond the screen page
 * (bookmarks, alt text on inline figures, descriptions on links, admonitions as blocks rather than
 * layout tables) is added to a print copy of the page by {@link PrintPage}; nothing here changes
 * the published HTML. The renderer loads only files inside the page's own folder, and a resource it
 * does not load stops the print with an error naming it. The inline SVG figures are drawn by Batik
 * with scripts off, their labels written as text in the book's embedded font ({@link
 * io.github.awsnetbook.tools.printing.SvgTextDrawer}), so that they can be searched, copied and
 * read aloud like the page's own text.
 */
package io.github.awsnetbook.tools.printing;
