package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.diagnostics.Json;
import io.github.awsnetbook.tools.files.AtomicFiles;
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
    StringBuilder html =
        new StringBuilder(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Translation status</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2933}
            table{border-collapse:collapse}th,td{border:1px solid #c9d1da;padding:.35rem .6rem;text-align:left}
            .up-to-date{background:#e3f4e6}.stale{background:#fff1d6}.untranslated{background:#fde2e1}
            .orphaned{background:#e8e3f6}
            </style>
            </head>
            <body>
            <h1>Translation status</h1>
            """);
    html.append("<p>Source locale: ")
        .append(escape(source.lang()))
        .append("</p>\n<table>\n<tr>" + "<th>Section</th><th>Source changed</th>");
    locales.forEach(status -> html.append("<th>").append(escape(status.lang())).append("</th>"));
    html.append("</tr>\n");
    for (String id : allIds()) {
      html.append("<tr><td>")
          .append(escape(titleOf(id)))
          .append(" <code>")
          .append(escape(id))
          .append("</code></td><td>")
          .append(escape(sourceChanges.getOrDefault(id, "")))
          .append("</td>");
      for (TranslationStatus status : locales) {
        String key = stateOf(status, id).map(State::key).orElse("");
        html.append("<td class=\"").append(key).append("\">").append(escape(key)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("<tr><th colspan=\"2\">Up to date / stale / untranslated / orphaned</th>");
    for (TranslationStatus status : locales) {
      Map<State, Integer> counts = status.counts();
      html.append("<td>")
          .append(counts.get(State.UP_TO_DATE))
          .append(" / ")
          .append(counts.get(State.STALE))
          .append(" / ")
          .append(counts.get(State.UNTRANSLATED))
          .append(" / ")
          .append(counts.get(State.ORPHANED))
          .append("</td>");
    }
    return html.append("</tr>\n</table>\n</body>\n</html>\n").toString();
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

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
