package io.github.awsnetbook.tools.typography;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Numbers figures and tables the way Japanese books do: 「図1　タイトル」, not Asciidoctor's 「図 1. タイトル」.
 * The label and the number are not spaced, and an ideographic space, not a period, separates the
 * number from the title. An appendix the same: 「付録A　用語集」, not 「付録 A: 用語集」 with a Latin colon. Only
 * Japanese documents are changed.
 */
public final class JapaneseCaptions extends Treeprocessor {

  private static final Pattern ASCIIDOCTOR_CAPTION =
      Pattern.compile("^(\\S+) (\\d+)\\. $|^(\\S+) ([A-Z]): $");

  @Override
  public Document process(Document document) {
    if (!"ja".equals(String.valueOf(document.getAttribute("lang", "en")).split("-")[0])) {
      return document;
    }
    Map<Object, Object> any = new HashMap<>();
    for (StructuralNode node : document.findBy(any)) {
      String caption = node.getCaption();
      if (caption == null) {
        continue;
      }
      Matcher numbered = ASCIIDOCTOR_CAPTION.matcher(caption);
      if (numbered.matches()) {
        node.setCaption(
            numbered.group(1) != null
                ? numbered.group(1) + numbered.group(2) + "\u3000"
                : numbered.group(3) + numbered.group(4) + "\u3000");
      }
    }
    return document;
  }
}
