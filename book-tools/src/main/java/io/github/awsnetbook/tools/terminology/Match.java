package io.github.awsnetbook.tools.terminology;

/**
 * A term found in a text: the range [{@code start}, {@code end}) of the original text (UTF-16
 * offsets; an English plural ending is not part of it) and the text as written there.
 */
public record Match(Term term, int start, int end, String text) {}
