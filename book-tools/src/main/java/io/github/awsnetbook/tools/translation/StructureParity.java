package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.diagnostics.Places;
import io.github.awsnetbook.tools.translation.Section.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A translation keeps the structure of its source: the sections it has come in the same order at
 * the same level, and each has the same figures, tables (with the same shape), admonitions, cross
 * references and links as its source section. Sections the translation lacks are untranslated and
 * sections the source lacks are orphaned: states, not structure errors.
 */
public final class StructureParity {

  private final Path root;
  private final Outline source;
  private final Outline translation;
  private final List<Diagnostic> problems = new ArrayList<>();

  private StructureParity(Path root, Outline source, Outline translation) {
    this.root = root;
    this.source = source;
    this.translation = translation;
  }

  /** Every difference, each at the translation's line and naming the source's. */
  public static List<Diagnostic> compare(Path root, Outline source, Outline translation) {
    StructureParity parity = new StructureParity(root, source, translation);
    parity.checkIds(translation);
    parity.checkOrderAndLevels();
    for (Section translated : translation.sections()) {
      source
          .section(translated.id())
          .ifPresent(original -> parity.checkBlocks(original, translated));
    }
    return List.copyOf(parity.problems);
  }

  /** Sections without an ID, which nothing can align; for the source, run on its own outline. */
  public static List<Diagnostic> missingIds(Path root, Outline outline) {
    StructureParity parity = new StructureParity(root, outline, outline);
    parity.checkIds(outline);
    return List.copyOf(parity.problems);
  }

  private void checkIds(Outline outline) {
    for (Section section : outline.sections()) {
      if (section.id().isEmpty()) {
        error(
            section.heading(),
            "the section \""
                + section.title()
                + "\" has no ID, so it"
                + " cannot be matched between the source and its translations; write an ID on the"
                + " line above its heading, the same in every locale, e.g. [#its-id]");
      }
    }
  }

  private void checkOrderAndLevels() {
    List<String> sourceOrder = common(source, translation);
    List<String> translationOrder = common(translation, source);
    for (int i = 0; i < translationOrder.size(); i++) {
      String id = translationOrder.get(i);
      Section translated = translation.section(id).orElseThrow();
      Section original = source.section(id).orElseThrow();
      if (!sourceOrder.get(i).equals(id)) {
        error(
            translated.heading(),
            "section \""
                + id
                + "\" is out of order: the source ("
                + original.place(root)
                + ") has \""
                + sourceOrder.get(i)
                + "\" in this place; keep the"
                + " source's order of sections");
        return;
      }
      if (translated.level() != original.level()) {
        error(
            translated.heading(),
            "section \""
                + id
                + "\" is level "
                + translated.level()
                + " here and level "
                + original.level()
                + " in the source ("
                + original.place(root)
                + "); write its heading with "
                + (original.level() + 1)
                + " equals signs");
      }
    }
  }

  private static List<String> common(Outline first, Outline second) {
    return first.ids().stream()
        .filter(id -> !id.isEmpty() && second.section(id).isPresent())
        .toList();
  }

  private void checkBlocks(Section original, Section translated) {
    same("figures", original, translated, section -> ids(section.figures(), Section.Figure::id));
    same(
        "tables",
        original,
        translated,
        section ->
            section.tables().stream()
                .map(
                    table ->
                        table.id()
                            + " (rows: "
                            + table.rows()
                            + ", columns: "
                            + table.columns()
                            + ")")
                .toList());
    same(
        "admonitions",
        original,
        translated,
        section -> section.admonitions().stream().map(Section.Admonition::type).toList());
    same(
        "cross references",
        original,
        translated,
        section -> sorted(section, Reference.Kind.CROSS_REFERENCE));
    same("links", original, translated, section -> sorted(section, Reference.Kind.LINK));
  }

  private void same(
      String what, Section original, Section translated, Function<Section, List<String>> items) {
    List<String> expected = items.apply(original);
    List<String> actual = items.apply(translated);
    if (!expected.equals(actual)) {
      error(
          translated.heading(),
          "section \""
              + translated.id()
              + "\" has the "
              + what
              + " "
              + actual
              + " but its source section ("
              + original.place(root)
              + ") has "
              + expected
              + "; make them the same (editor's and translator's notes are exempt)");
    }
  }

  private static <T> List<String> ids(List<T> blocks, Function<T, String> id) {
    return blocks.stream().map(id).toList();
  }

  private static List<String> sorted(Section section, Reference.Kind kind) {
    Set<String> targets = new TreeSet<>();
    section.references().stream()
        .filter(reference -> reference.kind() == kind)
        .forEach(reference -> targets.add(reference.target()));
    return List.copyOf(targets);
  }

  private void error(SourceLine at, String message) {
    problems.add(Diagnostic.error(Places.relative(root, at.file()), at.line(), 1, message));
  }
}
