/**
 * Reads and writes the HTML and XML documents the build makes, with one set of output settings.
 *
 * <p>Every page the build writes is a jsoup document that jsoup serializes and escapes: nothing is
 * written by pasting strings together, and one setting (UTF-8, base entities, no pretty printing)
 * keeps the bytes the same from build to build.
 */
package io.github.awsnetbook.tools.markup;
