/**
 * Keeps every conversion of the book at Asciidoctor's SAFE mode or stricter.
 *
 * <p>asciidoctor-maven-plugin 3.1.1 hard-codes UNSAFE, under which a translation could include any
 * file of the machine. The floor is raised inside the Asciidoctor runtime itself, so it holds
 * whatever the caller asks for.
 */
package io.github.awsnetbook.tools.safety;
