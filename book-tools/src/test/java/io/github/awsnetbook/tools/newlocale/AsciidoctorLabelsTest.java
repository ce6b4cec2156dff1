package io.github.awsnetbook.tools.newlocale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

/** Asciidoctor's translated labels, read from the AsciidoctorJ jar the build converts with. */
class AsciidoctorLabelsTest {

  private static AsciidoctorLabels of(String tag) {
    return AsciidoctorLabels.forLocale(ULocale.forLanguageTag(tag)).orElseThrow();
  }

  @Test
  void koreanHasAsciidoctorsKoreanLabelsAndNoneItLeavesCommentedOut() {
    AsciidoctorLabels korean = of("ko");

    assertTrue(korean.file().endsWith("/data/locale/attributes-ko.adoc"), korean.file());
    assertEquals("차례", korean.values().get("toc-title"));
    assertEquals("주의", korean.values().get("caution-caption"));
    assertEquals("{appendix-caption}", korean.values().get("appendix-refsig"));
    assertFalse(korean.values().containsKey("part-signifier"), "a commented-out label was read");
    assertFalse(korean.values().containsKey("listing-caption"), "a conditional label was read");
  }

  @Test
  void aRegionOrScriptPicksItsOwnFileAndALanguageItsLikelyOne() {
    assertTrue(of("pt-BR").file().endsWith("attributes-pt_BR.adoc"));
    assertTrue(of("pt").file().endsWith("attributes-pt.adoc"));
    assertTrue(of("sr-Latn").file().endsWith("attributes-sr_Latn.adoc"));
    assertTrue(of("zh").file().endsWith("attributes-zh_CN.adoc"));
    assertTrue(of("zh-TW").file().endsWith("attributes-zh_TW.adoc"));
  }

  @Test
  void aLanguageAsciidoctorHasNotTranslatedHasNoLabels() {
    assertTrue(AsciidoctorLabels.forLocale(ULocale.forLanguageTag("el")).isEmpty());
  }
}
