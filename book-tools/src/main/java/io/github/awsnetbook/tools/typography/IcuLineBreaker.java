package io.github.awsnetbook.tools.typography;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * The PDF engine's line breaker: ICU4J's line break rules for the document's language, strict (JIS
 * X 4051 kinsoku) for Japanese, so that no line starts with 、。」ー or ends with 「（.
 */
public final class IcuLineBreaker implements FSTextBreaker {

  private final BreakIterator breaks;

  public IcuLineBreaker(String lang) {
    ULocale locale = ULocale.forLanguageTag(lang);
    this.breaks =
        BreakIterator.getLineInstance(
            "ja".equals(locale.getLanguage())
                ? new ULocale(locale.getLanguage() + "@lb=strict")
                : locale);
  }

  @Override
  public int next() {
    return breaks.next();
  }

  @Override
  public void setText(String text) {
    breaks.setText(text);
  }
}
