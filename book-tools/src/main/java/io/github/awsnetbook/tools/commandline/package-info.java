/**
 * The options of the command-line forms ({@code --name value}), read one way: the by-hand
 * terminology check of every locale and its fix command, and the command-line forms of the publish
 * step and of the handout bundle. The build itself calls the steps through book-maven-plugin, with
 * typed requests.
 */
package io.github.awsnetbook.tools.commandline;
