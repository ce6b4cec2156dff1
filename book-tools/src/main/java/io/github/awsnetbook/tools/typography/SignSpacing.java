package io.github.awsnetbook.tools.typography;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The author's ideographic spaces beside an arrow or an equals sign in the published page's
 * Japanese text ("EC2　→　NATGW", "PaaS　＝　AWS"): each in a {@code span.jl-narrow-space}, which the
 * stylesheet sets a quarter em wide on screen as in print (JLREQ spaces such a sign so). At a full
 * em on each side, the signs of a path stood apart like words of their own (designer review 5). The
 * text keeps its character, for copying and searching.
 */
public final class SignSpacing {

  private SignSpacing() {}

  /** Marks the spaces in every Japanese paragraph of {@code page}'s content. */
  public static void apply(Document page) {
    for (Element paragraph : page.select("#content p")) {
      if (ElementLanguage.isJapanese(paragraph) && paragraph.closest("pre, code") == null) {
        List<TextNode> texts =
            PrintTypesetting.textNodes(paragraph).stream()
                .filter(text -> text.parent().closest("code") == null)
                .toList();
        JapaneseSpacing.markSpacesBesideSigns(texts);
      }
    }
  }
}
