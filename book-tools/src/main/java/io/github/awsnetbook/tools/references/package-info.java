/**
 * Fails the book on a cross reference to an ID, or a reference to an attribute, that does not
 * exist: a warning with its file, line and column through Asciidoctor's logger ({@code
 * diagnostics.AsciidoctorLogReporter}), which the build's log handler turns into a failure.
 *
 * <p>Asciidoctor mentions an unresolved cross reference only at INFO level, in verbose mode, and a
 * missing attribute without its line; a translator who mistypes one would not know where.
 */
package io.github.awsnetbook.tools.references;
