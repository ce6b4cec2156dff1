package io.github.awsnetbook.tools.newlocale;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new locale's {@code _locale.adoc}: the template's labels, each with Asciidoctor's own
 * translation where it has one; the others stay in English under a line the translator searches for
 * ({@link #MARK}).
 *
 * @param text the file to write
 * @param translated the labels Asciidoctor translated
 * @param english the labels left in English, marked
 */
public record LabelFile(String text, List<String> translated, List<String> english) {

  /** The start of the comment above every label still in English. */
  public static final String MARK = "// TRANSLATE:";

  private static final Pattern ENTRY = Pattern.compile("^:([\\w-]+):[ \\t]*(.*)$");
  private static final Pattern ONLY_REFERENCES = Pattern.compile("(\\{[\\w-]+\\}\\s*)*");

  public LabelFile {
    translated = List.copyOf(translated);
    english = List.copyOf(english);
  }

  /**
   * Fills the template's labels in. A value that only names other labels ({@code
   * {appendix-caption}}) is kept, as it follows them. Where the translations came from is said
   * above the first label.
   */
  public static LabelFile fill(
      String template, Optional<AsciidoctorLabels> asciidoctor, ULocale locale) {
    StringBuilder text = new StringBuilder();
    List<String> translated = new ArrayList<>();
    List<String> english = new ArrayList<>();
    boolean introduced = false;
    for (String line : template.lines().toList()) {
      Matcher entry = ENTRY.matcher(line);
      if (entry.matches() && !introduced) {
        text.append(provenance(asciidoctor, locale));
        introduced = true;
      }
      if (!entry.matches()) {
        text.append(line).append('\n');
        continue;
      }
      String name = entry.group(1);
      Optional<String> value = asciidoctor.map(labels -> labels.values().get(name));
      if (value.isPresent()) {
        translated.add(name);
        text.append(':').append(name).append(": ").append(value.get()).append('\n');
      } else {
        if (!ONLY_REFERENCES.matcher(entry.group(2)).matches()) {
          english.add(name);
          text.append(MARK)
              .append(" still English; neither Asciidoctor nor ICU has this label in ")
              .append(
                  ULocale.ENGLISH.equals(locale)
                      ? "English"
                      : locale.getDisplayName(ULocale.ENGLISH))
              .append('\n');
        }
        text.append(line).append('\n');
      }
    }
    return new LabelFile(text.toString(), translated, english);
  }

  private static String provenance(Optional<AsciidoctorLabels> asciidoctor, ULocale locale) {
    String language = locale.getDisplayName(ULocale.ENGLISH);
    return asciidoctor
        .map(
            labels ->
                "// The "
                    + language
                    + " values are Asciidoctor's own translation, copied by new-locale.sh from\n// "
                    + labels.file()
                    + " in the AsciidoctorJ jar.\n")
        .orElse(
            "// Asciidoctor has no "
                + language
                + " translation of its labels: every one is English.\n");
  }
}
