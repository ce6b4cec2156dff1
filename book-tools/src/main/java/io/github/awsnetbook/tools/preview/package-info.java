/**
 * The translator's live preview: one locale served on 127.0.0.1, rebuilt after every save with the
 * build's own steps (the source checks, translation parity, terminology, figures, the conversion
 * with a warm Asciidoctor, the publish step's finishing and PDF printing), into the locale's {@code
 * target/preview/}, never into {@code src/}. Only the served copy of the page carries the reload
 * script and the error banner; the files on disk keep the published page's CSP.
 */
package io.github.awsnetbook.tools.preview;
