package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.files.AtomicFiles;
import io.github.awsnetbook.tools.translation.SectionState.State;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the conversion of a translation has to add for its readers: a notice on each stale section,
 * and each untranslated section with its source text under a notice. The check step writes it; the
 * {@link TranslationNotices} extension reads it in both conversions.
 */
public record NoticePlan(String lang, String sourceLang, String sourcePdf, List<Entry> entries) {

  /**
   * One section that needs a notice, with what it takes to place an untranslated one: its parent,
   * the sibling before it and the siblings after it in the source.
   */
  public record Entry(
      String id,
      State state,
      String title,
      String style,
      int level,
      String parentId,
      String previousId,
      List<String> sourceLines,
      List<String> nextIds) {
    public Entry {
      sourceLines = List.copyOf(sourceLines);
      nextIds = List.copyOf(nextIds);
    }

    public Entry(
        String id,
        State state,
        String title,
        String style,
        int level,
        String parentId,
        String previousId,
        List<String> sourceLines) {
      this(id, state, title, style, level, parentId, previousId, sourceLines, List.of());
    }
  }

  public NoticePlan {
    entries = List.copyOf(entries);
  }

  /** The plan for a translation's status: stale and untranslated sections, in source order. */
  public static NoticePlan of(
      TranslationStatus status, Outline source, String sourceLang, String sourcePdf) {
    List<Entry> entries = new ArrayList<>();
    for (SectionState state : status.sections()) {
      if (state.source().isEmpty()
          || state.source().get().isHeader()
          || state.state() == State.UP_TO_DATE) {
        continue;
      }
      Section section = state.source().get();
      List<String> body =
          state.state() == State.UNTRANSLATED
              ? section.ownLines().stream().map(SourceLine::text).toList()
              : List.of();
      entries.add(
          new Entry(
              section.id(),
              state.state(),
              section.title(),
              section.style(),
              section.level(),
              parentOf(source, section),
              previousSiblingOf(source, section),
              body,
              nextSiblingsOf(source, section)));
    }
    return new NoticePlan(status.lang(), sourceLang, sourcePdf, entries);
  }

  private static String parentOf(Outline source, Section section) {
    List<Section> sections = source.sections();
    for (int i = sections.indexOf(section) - 1; i >= 0; i--) {
      Section candidate = sections.get(i);
      if (!candidate.isHeader() && candidate.level() < section.level()) {
        return candidate.id();
      }
    }
    return "";
  }

  /**
   * The section before this one among the children of the same parent, whatever their levels: a
   * colophon or a part (level 0) follows the chapters (level 1) of the document before it, as the
   * parser nests them, so it is placed after them and not first.
   */
  private static String previousSiblingOf(Outline source, Section section) {
    List<Section> sections = source.sections();
    String parent = parentOf(source, section);
    for (int i = sections.indexOf(section) - 1; i >= 0; i--) {
      Section candidate = sections.get(i);
      if (candidate.isHeader() || candidate.id().equals(parent)) {
        return "";
      }
      if (parentOf(source, candidate).equals(parent)) {
        return candidate.id();
      }
    }
    return "";
  }

  /** The sections after this one among the children of the same parent, in source order. */
  private static List<String> nextSiblingsOf(Outline source, Section section) {
    List<Section> sections = source.sections();
    String parent = parentOf(source, section);
    return sections.subList(sections.indexOf(section) + 1, sections.size()).stream()
        .filter(candidate -> !candidate.isHeader())
        .filter(candidate -> parentOf(source, candidate).equals(parent))
        .map(Section::id)
        .toList();
  }

  public void save(Path file) {
    Properties properties = new Properties();
    properties.setProperty("lang", lang);
    properties.setProperty("source-lang", sourceLang);
    properties.setProperty("source-pdf", sourcePdf);
    properties.setProperty("sections", String.join(",", entries.stream().map(Entry::id).toList()));
    for (Entry entry : entries) {
      String key = "section." + entry.id() + ".";
      properties.setProperty(key + "state", entry.state().key());
      properties.setProperty(key + "title", entry.title());
      properties.setProperty(key + "style", entry.style());
      properties.setProperty(key + "level", Integer.toString(entry.level()));
      properties.setProperty(key + "parent", entry.parentId());
      properties.setProperty(key + "previous", entry.previousId());
      properties.setProperty(key + "next", String.join(",", entry.nextIds()));
      properties.setProperty(key + "source", String.join("\n", entry.sourceLines()));
    }
    StringBuilder text = new StringBuilder();
    new java.util.TreeSet<>(properties.stringPropertyNames())
        .forEach(key -> text.append(escaped(key, properties.getProperty(key))));
    try {
      AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** One "key=value" line escaped the way Properties reads it, without store's date comment. */
  private static String escaped(String key, String value) {
    Properties one = new Properties();
    one.setProperty(key, value);
    StringWriter line = new StringWriter();
    try {
      one.store(line, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.toString().replaceFirst("^#[^\\n]*\\n", "");
  }

  public static NoticePlan load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<Entry> entries = new ArrayList<>();
    for (String id : properties.getProperty("sections", "").split(",")) {
      if (id.isEmpty()) {
        continue;
      }
      String key = "section." + id + ".";
      String source = properties.getProperty(key + "source", "");
      String next = properties.getProperty(key + "next", "");
      entries.add(
          new Entry(
              id,
              stateOf(properties.getProperty(key + "state")),
              properties.getProperty(key + "title", id),
              properties.getProperty(key + "style", ""),
              Integer.parseInt(properties.getProperty(key + "level", "1")),
              properties.getProperty(key + "parent", ""),
              properties.getProperty(key + "previous", ""),
              source.isEmpty() ? List.of() : List.of(source.split("\n", -1)),
              next.isEmpty() ? List.of() : List.of(next.split(","))));
    }
    return new NoticePlan(
        properties.getProperty("lang", ""),
        properties.getProperty("source-lang", ""),
        properties.getProperty("source-pdf", ""),
        entries);
  }

  private static State stateOf(String key) {
    for (State state : State.values()) {
      if (state.key().equals(key)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown section state: " + key);
  }
}
