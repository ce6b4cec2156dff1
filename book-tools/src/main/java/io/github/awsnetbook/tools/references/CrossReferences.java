package io.github.awsnetbook.tools.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the IDs a line of AsciiDoc refers to with {@code <<id>>} or {@code xref:id[]}. */
final class CrossReferences {

  /** A reference to an ID in the same document; {@code xref:other.adoc#id[]} is not one. */
  private static final Pattern SAME_DOCUMENT =
      Pattern.compile(
          "<<([\\p{L}\\p{N}_:][\\p{L}\\p{N}_:.-]*)(?:,[^>]*)?>>"
              + "|xref:#?([\\p{L}\\p{N}_:][\\p{L}\\p{N}_:.-]*)\\[");

  private CrossReferences() {}

  static List<String> targets(String line) {
    List<String> ids = new ArrayList<>();
    Matcher reference = SAME_DOCUMENT.matcher(line);
    while (reference.find()) {
      String id = reference.group(1) != null ? reference.group(1) : reference.group(2);
      if (!id.endsWith(".adoc")) {
        ids.add(id);
      }
    }
    return ids;
  }
}
