package io.github.awsnetbook.tools.epub;

import io.github.awsnetbook.tools.markup.Markup;
import java.util.List;
import java.util.ResourceBundle;
import org.jsoup.nodes.Element;

/**
 * The parts of the navigation document that a reading system shows in its own menus and not in the
 * text: the landmarks (cover, contents, start of the text, and the back matter's parts) and the
 * page list of the printed edition. Both are hidden in the document, whose text is the table of
 * contents as the page prints it.
 */
final class Navigation {

  /**
   * The back matter's parts by their IDs in the page, and their EPUB structural semantics (the
   * editors' account of the edition closes the book before its colophon: an afterword).
   */
  private static final List<List<String>> BACK_MATTER =
      List.of(
          List.of("glossary", "glossary"),
          List.of("sources", "bibliography"),
          List.of("about-this-edition", "afterword"),
          List.of("colophon", "colophon"));

  private Navigation() {}

  /** Adds the landmarks and the page list of {@code markers} to the documents' nav. */
  static void complete(
      EpubDocuments.Documents documents, List<PageBreaks.Marker> markers, ResourceBundle labels) {
    Element main = documents.nav().body().selectFirst("div[role=main]");
    main.appendChild(landmarks(documents, labels));
    main.appendChild(pageList(documents, markers, labels));
  }

  private static Element landmarks(EpubDocuments.Documents documents, ResourceBundle labels) {
    Element nav = hiddenNav("landmarks", labels.getString("landmarks"));
    Element list = nav.appendElement("ol");
    entry(list, "cover", EpubDocuments.COVER, labels.getString("cover"));
    entry(list, "toc", EpubDocuments.NAV + "#toc", documents.tocTitle());
    entry(list, "bodymatter", EpubDocuments.BOOK + "#content", labels.getString("start"));
    for (List<String> part : BACK_MATTER) {
      Element heading = documents.book().getElementById(part.get(0));
      if (heading != null) {
        entry(
            list,
            part.get(1),
            EpubDocuments.BOOK + "#" + part.get(0),
            Markup.textOf(heading).strip());
      }
    }
    return nav;
  }

  private static Element pageList(
      EpubDocuments.Documents documents, List<PageBreaks.Marker> markers, ResourceBundle labels) {
    Element nav = hiddenNav("page-list", labels.getString("pages")).attr("role", "doc-pagelist");
    Element list = nav.appendElement("ol");
    for (PageBreaks.Marker marker : markers) {
      String file = documents.fileOf(marker.document());
      list.appendElement("li")
          .appendElement("a")
          .attr("href", file + "#" + marker.id())
          .text(Integer.toString(marker.page()));
    }
    return nav;
  }

  private static Element hiddenNav(String type, String title) {
    Element nav = new Element("nav").attr("epub:type", type).attr("hidden", "");
    nav.appendElement("h2").text(title);
    return nav;
  }

  private static void entry(Element list, String type, String href, String text) {
    list.appendElement("li")
        .appendElement("a")
        .attr("epub:type", type)
        .attr("href", href)
        .text(text);
  }
}
