package io.github.awsnetbook.tools.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranslationSummaryTest {

  private static TranslationStatus status(State... states) {
    List<SectionState> sections = new java.util.ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      sections.add(
          new SectionState("s" + i, "S" + i, states[i], Optional.empty(), Optional.empty()));
    }
    return new TranslationStatus("en", sections);
  }

  @Test
  void englishWordingIsPluralAware() {
    assertEquals(
        "translation en: 1 section: 1 up to date, 0 stale, 0 untranslated, 0 orphaned",
        TranslationSummary.of(status(State.UP_TO_DATE), ULocale.ENGLISH));
    assertEquals(
        "translation en: 3 sections: 1 up to date, 1 stale, 1 untranslated, 0 orphaned",
        TranslationSummary.of(
            status(State.UP_TO_DATE, State.STALE, State.UNTRANSLATED), ULocale.ENGLISH));
  }

  @Test
  void japaneseWordingOnAJapaneseMachine() {
    assertEquals(
        "翻訳 en：全2節（最新 1、古い 0、未翻訳 0、原文なし 1）",
        TranslationSummary.of(status(State.UP_TO_DATE, State.ORPHANED), ULocale.JAPANESE));
  }
}
