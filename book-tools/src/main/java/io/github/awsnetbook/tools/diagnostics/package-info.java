/**
 * What the build's own checks report: one problem with its place in a source file, printed the way
 * compilers print them ({@code path:line:column: severity: message}), so that editors and CI logs
 * link to the place; and the JSON the build's reports are written in (SARIF, the translation
 * status).
 */
package io.github.awsnetbook.tools.diagnostics;
