package io.github.awsnetbook.tools.translation;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.util.Map;

/** The one line per locale the build prints, worded for the language of the build's machine. */
public final class TranslationSummary {

  private static final String ENGLISH =
      "translation {lang}: {total, plural, one {# section} other {# sections}}: {upToDate} up to"
          + " date, {stale} stale, {untranslated} untranslated, {orphaned} orphaned";
  private static final String JAPANESE =
      "翻訳 {lang}：全{total}節（最新 {upToDate}、" + "古い {stale}、未翻訳 {untranslated}、原文なし {orphaned}）";

  private TranslationSummary() {}

  public static String of(TranslationStatus status, ULocale buildLocale) {
    Map<State, Integer> counts = status.counts();
    String pattern = buildLocale.getLanguage().equals("ja") ? JAPANESE : ENGLISH;
    return new MessageFormat(pattern, buildLocale)
        .format(
            Map.of(
                "lang", status.lang(),
                "total", status.sections().size(),
                "upToDate", counts.get(State.UP_TO_DATE),
                "stale", counts.get(State.STALE),
                "untranslated", counts.get(State.UNTRANSLATED),
                "orphaned", counts.get(State.ORPHANED)));
  }
}
