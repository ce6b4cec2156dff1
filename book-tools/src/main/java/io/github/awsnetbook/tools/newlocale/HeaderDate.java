package io.github.awsnetbook.tools.newlocale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The revision date of a new locale's header written as its readers write a date, by ICU's long
 * date format of the locale ({@code 2025-10-13} becomes {@code 2025년 10월 13일} in Korean, {@code
 * October 13, 2025} in English): the date is locale data Asciidoctor's label files do not carry.
 */
final class HeaderDate {

  /** A revision line with an ISO date: {@code v1.0, 2025-10-13} (a remark may follow). */
  private static final Pattern REVISION_LINE =
      Pattern.compile("(?m)^(v?[^\\s,:]+,[ \\t]*)(\\d{4}-\\d{2}-\\d{2})([ \\t]*(?::.*)?)$");

  private HeaderDate() {}

  /** The document with the revision date of its header (before its first blank line) localized. */
  static String localize(String document, ULocale locale) {
    int headerEnd = document.indexOf("\n\n");
    String header = headerEnd < 0 ? document : document.substring(0, headerEnd);
    Matcher revision = REVISION_LINE.matcher(header);
    if (!revision.find()) {
      return document;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(revision.group(2));
    } catch (DateTimeParseException e) {
      return document;
    }
    String localized = revision.group(1) + longDate(date, locale) + revision.group(3);
    return document.substring(0, revision.start()) + localized + document.substring(revision.end());
  }

  static String longDate(LocalDate date, ULocale locale) {
    DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale);
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }
}
