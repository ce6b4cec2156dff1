/**
 * The options of the build's command-line entry points ({@code --name value}), read one way: the
 * publish step, the terminology check and its fix command.
 */
package io.github.awsnetbook.tools.commandline;
