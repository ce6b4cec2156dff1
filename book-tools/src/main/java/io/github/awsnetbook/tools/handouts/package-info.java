/**
 * The handout bundle: every locale's HTML book and PDF in one folder and one reproducible zip, with
 * a landing page that lets the reader choose a language, the checksums of every file and the
 * licences.
 *
 * <p>It runs after every content module has published its books, and only reads them: it never
 * changes a book. The folder is built beside its final place and renamed into it, and the zip is
 * written in one rename, so a failed run leaves the last good bundle.
 */
package io.github.awsnetbook.tools.handouts;
