package io.github.awsnetbook.tools.titlepage;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Writes the document's {@code revdate} in its language's long date form. The header gives the date
 * as ISO 8601 ({@code v1.0, 2025-10-13}), the same in every locale; Asciidoctor substitutes
 * attribute references when it converts, after this processor ran, so the title page and every
 * {@code {revdate}} of the text show the localized form. A date that is not ISO is left as written.
 */
public final class LocalizedRevisionDate extends Treeprocessor {

  @Override
  public Document process(Document document) {
    Object revdate = document.getAttribute("revdate");
    Object lang = document.getAttribute("lang", "en");
    if (revdate != null) {
      String iso = revdate.toString();
      Optional<String> local = longForm(iso, lang.toString());
      local.ifPresent(date -> document.setAttribute("revdate", date, true));
      // The page's "last updated" line shows the same date when the book says it is the edition's.
      if (local.isPresent() && iso.equals(String.valueOf(document.getAttribute("docdatetime")))) {
        document.setAttribute("docdatetime", local.get(), true);
      }
    }
    return document;
  }

  /** {@code iso} (yyyy-mm-dd) in the long date form of {@code languageTag}, if it is ISO. */
  public static Optional<String> longForm(String iso, String languageTag) {
    LocalDate date;
    try {
      date = LocalDate.parse(iso.strip());
    } catch (DateTimeParseException notIso) {
      return Optional.empty();
    }
    TimeZone utc = TimeZone.GMT_ZONE;
    GregorianCalendar day = new GregorianCalendar(utc, ULocale.ROOT);
    day.clear();
    day.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    DateFormat format =
        DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLanguageTag(languageTag));
    format.setTimeZone(utc);
    return Optional.of(format.format(day.getTime()));
  }
}
