/**
 * The one way the build's checks report: a {@link
 * io.github.awsnetbook.tools.diagnostics.Diagnostic} (severity, path relative to the repository,
 * line, column in code points, message, optional rule ID such as {@code
 * terminology/deprecated-term}, the source line), printed the way compilers print them ({@code
 * path:line:column: error: message [rule-id]}, then the line, or a window of a long one, and a
 * caret placed by display width; of one rule in one file the first few, the rest counted), so that
 * editors and CI logs link to the place. A check hands its diagnostics to a {@link
 * io.github.awsnetbook.tools.diagnostics.DiagnosticReporter}: the console's, Asciidoctor's logger
 * during a conversion, a build tool's log, or a collecting one in tests; a problem that stops a
 * step travels as a {@link io.github.awsnetbook.tools.diagnostics.DiagnosticException}. Also the
 * JSON the build's reports are written in (SARIF, the translation status).
 */
package io.github.awsnetbook.tools.diagnostics;
