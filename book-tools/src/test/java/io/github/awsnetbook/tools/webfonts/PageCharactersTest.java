package io.github.awsnetbook.tools.webfonts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.awsnetbook.tools.markup.Markup;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageCharactersTest {

  @Test
  void charactersWrittenAsReferencesAreIncluded() {
    Set<Integer> chars = PageCharacters.of(page("<p>AWS&#8217;s &#x2014; &nbsp;</p>"));
    assertTrue(chars.contains(0x2019), "decimal reference");
    assertTrue(chars.contains(0x2014), "hexadecimal reference");
    assertTrue(chars.contains(0xa0), "named no-break space");
  }

  @Test
  void japaneseAndSupplementaryCharactersAreIncludedWhole() {
    Set<Integer> chars = PageCharacters.of(page("<p>ゲートウェイ𠮷</p>"));
    assertTrue(chars.contains((int) 'ゲ'));
    assertTrue(chars.contains(0x20BB7), "a supplementary character is one code point");
  }

  @Test
  void attributeValuesStyleDataAndCommentsAreIncludedAndMarkupIsNot() {
    Set<Integer> chars =
        PageCharacters.of(
            page(
                "<html><head><style>p::before { content: \"→\" }</style></head><body>"
                    + "<svg role=\"img\" aria-label=\"図\"><!-- 注 --></svg>"
                    + "<div title=\"&#x2603;\"></div></body></html>"));
    assertTrue(chars.contains((int) '→'), "style data");
    assertTrue(chars.contains((int) '図'), "an attribute value");
    assertTrue(chars.contains((int) '注'), "a comment");
    assertTrue(chars.contains(0x2603), "a reference in an attribute value, decoded");
    assertFalse(chars.contains((int) '\n'), "no controls");
  }

  private static Document page(String html) {
    return Markup.parseHtml(html, "");
  }

  @Test
  void printableAsciiIsAlwaysIncluded() {
    Set<Integer> chars = PageCharacters.of(page(""));
    for (int c = 0x20; c < 0x7f; c++) {
      assertTrue(chars.contains(c), "missing " + (char) c);
    }
  }
}
