/**
 * The options of the command-line forms ({@code --name value}), read one way: the by-hand
 * terminology check of every locale, its fix command and the live preview. The build itself calls
 * the steps through book-maven-plugin, with typed requests.
 */
package io.github.awsnetbook.tools.commandline;
