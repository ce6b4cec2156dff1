package io.github.awsnetbook.tools.terminology;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Diagnostic.Severity;
import java.util.List;
import java.util.Map;

/**
 * The closing line of a check, in the build's language, with the plural forms of that language (ICU
 * MessageFormat: "1 error", "2 errors"; Japanese counts without plural forms, "エラー2件").
 */
public final class Summary {

  private static final Map<String, String> PATTERNS =
      Map.of(
          "en",
              "Terminology: {errors, plural, one {# error} other {# errors}} and"
                  + " {warnings, plural, one {# warning} other {# warnings}} in"
                  + " {books, plural, one {# book} other {# books}}.",
          "ja",
              "用語チェック: {books, plural, other {#冊}}の本で"
                  + "{errors, plural, other {エラー#件}}、{warnings, plural, other {警告#件}}。");

  private Summary() {}

  /** The summary of {@code findings} of {@code books} books, in {@code locale} (else English). */
  public static String of(List<Diagnostic> findings, int books, ULocale locale) {
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    return format(errors, warnings, books, locale);
  }

  static String format(long errors, long warnings, int books, ULocale locale) {
    String pattern = PATTERNS.getOrDefault(locale.getLanguage(), PATTERNS.get("en"));
    ULocale used = PATTERNS.containsKey(locale.getLanguage()) ? locale : ULocale.ENGLISH;
    return new MessageFormat(pattern, used)
        .format(Map.of("errors", errors, "warnings", warnings, "books", books));
  }
}
