package io.github.awsnetbook.tools.translation;

import com.ibm.icu.text.Normalizer2;
import io.github.awsnetbook.tools.typography.SourceLines;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of a source section's text: what a translation records as "translated from".
 *
 * <p>It changes when the words change and not when only the layout of the source does: lines are
 * joined (without a space between two characters of a spaceless script, as the book itself joins
 * them), runs of spaces and blank lines fold to one, and the text is NFC-normalized. Comments do
 * not count.
 */
public final class Fingerprint {

  private static final int HEX_DIGITS = 16;

  private Fingerprint() {}

  public static String of(Section section) {
    StringBuilder text = new StringBuilder(section.title()).append("\n\n");
    for (SourceLine line : section.ownLines()) {
      if (!line.text().startsWith("//")) {
        text.append(line.text()).append('\n');
      }
    }
    return of(text.toString());
  }

  /** The fingerprint of a text: 16 hex digits of the SHA-256 of its normalized form. */
  public static String of(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(normalized(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** Paragraphs separated by one blank line, each on one line, spaces folded. */
  static String normalized(String text) {
    String nfc = Normalizer2.getNFCInstance().normalize(text.replace("\r", ""));
    StringBuilder out = new StringBuilder();
    for (String paragraph : nfc.split("\\n[ \\t\\u00a0]*\\n\\s*")) {
      String joined = joinLines(List.of(paragraph.strip().split("\\n")));
      if (!joined.isEmpty()) {
        out.append(joined).append("\n\n");
      }
    }
    return out.toString();
  }

  private static String joinLines(List<String> lines) {
    StringBuilder joined = new StringBuilder();
    String previous = null;
    for (String raw : lines) {
      String line = raw.strip().replaceAll("[ \\t\\u00a0]+", " ");
      if (line.isEmpty()) {
        continue;
      }
      if (previous != null && !SourceLines.joinsWithoutSpace(previous, line)) {
        joined.append(' ');
      }
      joined.append(line);
      previous = line;
    }
    return joined.toString();
  }
}
