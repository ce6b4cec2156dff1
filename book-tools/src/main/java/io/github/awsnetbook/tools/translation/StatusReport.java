package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.diagnostics.Json;
import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.markup.Markup;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The translation status of every locale, section by section, as JSON for tools and as an HTML page
 * for people: state, when the source section last changed, and counts per locale.
 */
public record StatusReport(
    Path root, Outline source, List<TranslationStatus> locales, Map<String, String> sourceChanges) {

  public StatusReport {
    locales = List.copyOf(locales);
    sourceChanges = Map.copyOf(sourceChanges);
  }

  /** Writes {@code status.json} and {@code index.html} into the folder. */
  public void write(Path folder) {
    try {
      AtomicFiles.write(folder.resolve("status.json"), json().getBytes(StandardCharsets.UTF_8));
      AtomicFiles.write(folder.resolve("index.html"), html().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the translation status into " + folder, e);
    }
  }

  String json() {
    StringBuilder json =
        new StringBuilder("{\n  \"sourceLocale\": ")
            .append(quoted(source.lang()))
            .append(",\n  \"locales\": [");
    for (int l = 0; l < locales.size(); l++) {
      TranslationStatus status = locales.get(l);
      json.append(l == 0 ? "\n" : ",\n")
          .append("    {\n      \"locale\": ")
          .append(quoted(status.lang()))
          .append(",\n      \"counts\": {");
      List<String> counts = new ArrayList<>();
      status.counts().forEach((state, count) -> counts.add(quoted(state.key()) + ": " + count));
      json.append(String.join(", ", counts)).append("},\n      \"sections\": [");
      for (int s = 0; s < status.sections().size(); s++) {
        json.append(s == 0 ? "\n" : ",\n")
            .append("        ")
            .append(sectionJson(status.sections().get(s)));
      }
      json.append("\n      ]\n    }");
    }
    return json.append("\n  ]\n}\n").toString();
  }

  private String sectionJson(SectionState state) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", state.id());
    fields.put("title", state.title());
    fields.put("state", state.state().key());
    fields.put("sourceChanged", sourceChanges.getOrDefault(state.id(), ""));
    fields.put("source", place(state.source()));
    fields.put("translation", place(state.translation()));
    List<String> members = new ArrayList<>();
    fields.forEach((name, value) -> members.add(quoted(name) + ": " + quoted(value)));
    return "{" + String.join(", ", members) + "}";
  }

  String html() {
    return new String(Markup.bytes(page()), StandardCharsets.UTF_8);
  }

  /** The page for people: a table of every section's state in every locale, and the counts. */
  Document page() {
    Document page = Markup.newHtml();
    page.insertChildren(1, new TextNode("\n"));
    page.appendChild(new TextNode("\n"));
    Element html = page.selectFirst("html").attr("lang", "en");
    html.prependChild(new TextNode("\n"));
    Element head = page.head();
    head.after(new TextNode("\n"));
    head.appendChild(new TextNode("\n"));
    line(head, new Element("meta").attr("charset", "utf-8"));
    line(
        head,
        new Element("meta")
            .attr("http-equiv", "Content-Security-Policy")
            .attr("content", "default-src 'none'; style-src 'unsafe-inline'"));
    line(head, new Element("title").text("Translation status"));
    line(head, new Element("style").appendChild(new DataNode(STYLE)));
    Element body = page.body();
    body.after(new TextNode("\n"));
    body.appendChild(new TextNode("\n"));
    line(body, new Element("h1").text("Translation status"));
    line(body, new Element("p").text("Source locale: " + source.lang()));
    Element table = line(body, new Element("table"));
    table.appendChild(new TextNode("\n"));
    Element heads = line(table, new Element("tr"));
    heads.appendElement("th").text("Section");
    heads.appendElement("th").text("Source changed");
    locales.forEach(status -> heads.appendElement("th").text(status.lang()));
    for (String id : allIds()) {
      Element row = line(table, new Element("tr"));
      Element section = row.appendElement("td").text(titleOf(id) + " ");
      section.appendElement("code").text(id);
      row.appendElement("td").text(sourceChanges.getOrDefault(id, ""));
      for (TranslationStatus status : locales) {
        String key = stateOf(status, id).map(State::key).orElse("");
        row.appendElement("td").attr("class", key).text(key);
      }
    }
    Element totals = line(table, new Element("tr"));
    totals
        .appendElement("th")
        .attr("colspan", "2")
        .text("Up to date / stale / untranslated / orphaned");
    for (TranslationStatus status : locales) {
      Map<State, Integer> counts = status.counts();
      totals
          .appendElement("td")
          .text(
              counts.get(State.UP_TO_DATE)
                  + " / "
                  + counts.get(State.STALE)
                  + " / "
                  + counts.get(State.UNTRANSLATED)
                  + " / "
                  + counts.get(State.ORPHANED));
    }
    return page;
  }

  private static final String STYLE =
      """

      body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2933}
      table{border-collapse:collapse}th,td{border:1px solid #c9d1da;padding:.35rem .6rem;text-align:left}
      .up-to-date{background:#e3f4e6}.stale{background:#fff1d6}.untranslated{background:#fde2e1}
      .orphaned{background:#e8e3f6}
      """;

  /** Appends {@code child} to {@code parent}, then a line break; returns the child. */
  private static Element line(Element parent, Element child) {
    parent.appendChild(child);
    parent.appendChild(new TextNode("\n"));
    return child;
  }

  /** Source sections in order, then every locale's orphans. */
  private List<String> allIds() {
    List<String> ids = new ArrayList<>(source.ids());
    locales.forEach(
        status ->
            status.sections().stream()
                .map(SectionState::id)
                .filter(id -> !ids.contains(id))
                .forEach(ids::add));
    return ids;
  }

  private String titleOf(String id) {
    return source
        .section(id)
        .map(Section::title)
        .or(
            () ->
                locales.stream()
                    .flatMap(status -> status.sections().stream())
                    .filter(state -> state.id().equals(id))
                    .map(SectionState::title)
                    .findFirst())
        .filter(title -> !title.isEmpty())
        .orElse(id);
  }

  private static Optional<State> stateOf(TranslationStatus status, String id) {
    return status.sections().stream()
        .filter(state -> state.id().equals(id))
        .map(SectionState::state)
        .findFirst();
  }

  private String place(Optional<Section> section) {
    return section.map(s -> s.place(root)).orElse("");
  }

  static String quoted(String text) {
    return Json.quote(text);
  }
}
