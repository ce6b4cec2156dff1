/** What the build's extensions need from Asciidoctor's tree that AsciidoctorJ does not expose. */
package io.github.awsnetbook.tools.asciidoc;
