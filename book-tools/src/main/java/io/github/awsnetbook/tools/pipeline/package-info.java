/**
 * The steps of one locale's book, written once: {@link
 * io.github.awsnetbook.tools.pipeline.BookStep} lists them in the order they run, with the files
 * each one reads (so that the live preview runs again only what a save can change) and how each one
 * runs. The book's Maven goal ({@code book-maven-plugin}, {@code build}) and the live preview
 * ({@code preview}) both run this list, with the settings the root pom's {@code book.*} properties
 * give ({@link io.github.awsnetbook.tools.pipeline.BookSettings}). What a step leaves for a later
 * one is a file that {@link io.github.awsnetbook.tools.conversion.BookLayout} names (the notices,
 * the glossary, the figures, the staged page), written and read within the same run of the list.
 */
package io.github.awsnetbook.tools.pipeline;
