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

  /** The rule of every structural difference from the source (and of a missing ID). */
  public static final String RULE = "translation/structure";

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
        // An ID twice in one book (Asciidoctor reports it at the conversion) is compared once.
        .distinct()
        .toList();
  }

  /**
   * One block a section keeps: its ID (may be empty), what it is compared by, how a message names
   * it ("an image", "the table \"tbl-x\""), what tells it apart (its file, its shape) and where it
   * is.
   */
  private record Item(String id, String key, String noun, String detail, SourceLine at) {}

  private void checkBlocks(Section original, Section translated) {
    same("figures", true, original, translated, StructureParity::figures);
    same("tables", true, original, translated, StructureParity::tables);
    same("admonitions", true, original, translated, StructureParity::admonitions);
    same(
        "cross references",
        false,
        original,
        translated,
        section -> references(section, Reference.Kind.CROSS_REFERENCE, "a cross reference to "));
    same(
        "links",
        false,
        original,
        translated,
        section -> references(section, Reference.Kind.LINK, "a link to "));
  }

  private static List<Item> figures(Section section) {
    return section.figures().stream()
        .map(
            figure ->
                new Item(
                    figure.id(),
                    figure.id(),
                    figure.id().isEmpty() ? "an image" : "the figure \"" + figure.id() + "\"",
                    "`" + figure.target() + "`",
                    figure.at()))
        .toList();
  }

  private static List<Item> tables(Section section) {
    return section.tables().stream()
        .map(
            table -> {
              String shape = "rows: " + table.rows() + ", columns: " + table.columns();
              return new Item(
                  table.id(),
                  table.id() + " (" + shape + ")",
                  table.id().isEmpty() ? "a table" : "the table \"" + table.id() + "\"",
                  shape,
                  table.at());
            })
        .toList();
  }

  private static List<Item> admonitions(Section section) {
    return section.admonitions().stream()
        .map(
            admonition ->
                new Item(
                    "",
                    admonition.type(),
                    ("AEIOU".indexOf(admonition.type().charAt(0)) >= 0 ? "an " : "a ")
                        + admonition.type(),
                    "",
                    admonition.at()))
        .toList();
  }

  /** Each target once, in order of its first appearance: a repeated reference is no difference. */
  private static List<Item> references(Section section, Reference.Kind kind, String noun) {
    Set<String> seen = new TreeSet<>();
    return section.references().stream()
        .filter(reference -> reference.kind() == kind && seen.add(reference.target()))
        .map(
            reference ->
                new Item("", reference.target(), noun + reference.target(), "", reference.at()))
        .toList();
  }

  /**
   * One error per kind of block that differs, at the first block the translation adds (else at its
   * heading), naming each block added, left out or changed.
   */
  private void same(
      String what,
      boolean ordered,
      Section original,
      Section translated,
      Function<Section, List<Item>> items) {
    List<Item> expected = items.apply(original);
    List<Item> actual = items.apply(translated);
    if (ordered
        ? keys(expected).equals(keys(actual))
        : sortedKeys(expected).equals(sortedKeys(actual))) {
      return;
    }
    List<Item> added = unmatched(actual, expected);
    List<Item> missing = unmatched(expected, actual);
    SourceLine at = added.isEmpty() ? translated.heading() : added.get(0).at();
    String source = "the source section (" + original.place(root) + ")";
    List<String> clauses = new ArrayList<>();
    for (Item item : List.copyOf(added)) {
      Item before = withId(missing, item.id());
      if (before != null) {
        clauses.add(
            "has "
                + describe(item, at)
                + " where "
                + source
                + " has it with "
                + before.detail()
                + " (at "
                + before.at().place(root)
                + ")");
        added.remove(item);
        missing.remove(before);
      }
    }
    if (!added.isEmpty()) {
      clauses.add(
          "has "
              + join(added.stream().map(item -> describe(item, at)).toList())
              + " that "
              + source
              + " does not have");
    }
    if (!missing.isEmpty()) {
      clauses.add(
          "lacks "
              + join(missing.stream().map(this::describeInSource).toList())
              + " that "
              + (clauses.isEmpty() ? source : "it")
              + " has");
    }
    if (clauses.isEmpty()) {
      clauses.add(
          "has the same "
              + what
              + " as "
              + source
              + " in another order: "
              + keys(actual)
              + " instead of "
              + keys(expected));
    }
    error(
        at,
        "section \""
            + translated.id()
            + "\" "
            + String.join(", and ", clauses)
            + "; make them the same (editor's and translator's notes are exempt)");
  }

  /** "an image at line 131 (`x.svg`)": the line alone where it is in the file of the message. */
  private String describe(Item item, SourceLine errorAt) {
    String where =
        item.at().file().equals(errorAt.file())
            ? "line " + item.at().line()
            : item.at().place(root);
    return item.noun()
        + " at "
        + where
        + (item.detail().isEmpty() ? "" : " (" + item.detail() + ")");
  }

  private String describeInSource(Item item) {
    return item.noun()
        + " ("
        + (item.detail().isEmpty() ? "" : item.detail() + ", ")
        + item.at().place(root)
        + ")";
  }

  /** The items of {@code these} that {@code those} do not have, each key matched once. */
  private static List<Item> unmatched(List<Item> these, List<Item> those) {
    List<String> available = new ArrayList<>(keys(those));
    List<Item> left = new ArrayList<>();
    for (Item item : these) {
      if (!available.remove(item.key())) {
        left.add(item);
      }
    }
    return left;
  }

  private static Item withId(List<Item> items, String id) {
    if (id.isEmpty()) {
      return null;
    }
    return items.stream().filter(item -> item.id().equals(id)).findFirst().orElse(null);
  }

  private static List<String> keys(List<Item> items) {
    return items.stream().map(Item::key).toList();
  }

  private static List<String> sortedKeys(List<Item> items) {
    return List.copyOf(new TreeSet<>(keys(items)));
  }

  private static String join(List<String> parts) {
    if (parts.size() <= 2) {
      return String.join(" and ", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  private void error(SourceLine at, String message) {
    problems.add(
        Diagnostic.error(Places.relative(root, at.file()), at.line(), 1, message).withRule(RULE));
  }
}
