package io.github.awsnetbook.tools.references;

import io.github.awsnetbook.tools.asciidoc.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** Finds the attributes a line of AsciiDoc refers to with {@code {name}}. */
final class AttributeReferences {

  /** Asciidoctor resolves these itself; they are never document attributes. */
  static final Set<String> INTRINSIC =
      Set.of(
          "startsb",
          "endsb",
          "vbar",
          "caret",
          "asterisk",
          "tilde",
          "plus",
          "backslash",
          "backtick",
          "blank",
          "empty",
          "sp",
          "two-colons",
          "two-semicolons",
          "nbsp",
          "deg",
          "zwsp",
          "quot",
          "apos",
          "lsquo",
          "rsquo",
          "ldquo",
          "rdquo",
          "wj",
          "brvbar",
          "pp",
          "cpp",
          "amp",
          "lt",
          "gt");

  private AttributeReferences() {}

  static List<String> names(String line) {
    List<String> names = new ArrayList<>();
    Matcher reference = SourceText.ATTRIBUTE_REFERENCE.matcher(line);
    while (reference.find()) {
      String name = reference.group(1).toLowerCase(java.util.Locale.ROOT);
      if (!INTRINSIC.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
