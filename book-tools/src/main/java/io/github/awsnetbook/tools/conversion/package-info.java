/**
 * The book's conversion: the Asciidoctor options and attributes of a locale's HTML page ({@code
 * BookConversion}), and a converter on a warm Asciidoctor ({@code Converter}). The book plugin's
 * convert step runs it on the build's one Asciidoctor, the live preview on its own, so that both
 * give the same page.
 */
package io.github.awsnetbook.tools.conversion;
