package io.github.awsnetbook.tools.references;

import io.github.awsnetbook.tools.asciidoc.InlineTokens;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the IDs a line of AsciiDoc refers to with {@code <<id>>} or {@code xref:id[]}, as the one
 * inline tokenizer finds them ({@link InlineTokens}): a reference inside inline code or a
 * passthrough is none.
 */
final class CrossReferences {

  /** An ID of this document; {@code xref:other.adoc#id[]} and {@code <<other.adoc>>} are not. */
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_:][\\p{L}\\p{N}_:.-]*");

  private CrossReferences() {}

  static List<String> targets(String line) {
    return InlineTokens.of(line).all(InlineTokens.Kind.CROSS_REFERENCE).stream()
        .sorted(Comparator.comparingInt(InlineTokens.Token::start))
        .map(token -> token.target().replaceFirst("^#", ""))
        .filter(id -> ID.matcher(id).matches() && !id.endsWith(".adoc"))
        .toList();
  }
}
