package io.github.awsnetbook.tools.translation;

import io.github.awsnetbook.tools.translation.SectionState.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.jruby.internal.RubyObjectWrapper;
import org.jruby.Ruby;
import org.jruby.runtime.builtin.IRubyObject;

/**
 * Shows the reader of a translation where it lags behind its source: a notice at the top of each
 * stale section, and each untranslated section in its place, with its source text under a notice,
 * so that nothing disappears. Both notices link to the section in the source locale.
 *
 * <p>Reads the plan the check step wrote ({@code book-translation-notices} attribute); the wording
 * comes from the locale's own attributes ({@code translation-stale-notice}, {@code
 * translation-untranslated-notice}, {@code translation-source-link}).
 */
public final class TranslationNotices extends Treeprocessor {

  static final String PLAN_ATTRIBUTE = "book-translation-notices";
  static final String ROLE = "translation-notice";

  @Override
  public Document process(Document document) {
    Object planFile = document.getAttribute(PLAN_ATTRIBUTE);
    if (planFile == null || !Files.isRegularFile(Path.of(planFile.toString()))) {
      return document;
    }
    NoticePlan plan = NoticePlan.load(Path.of(planFile.toString()));
    if (!plan.lang().equals(String.valueOf(document.getAttribute("lang")))) {
      return document;
    }
    for (NoticePlan.Entry entry : plan.entries()) {
      if (entry.state() == State.STALE) {
        find(document, entry.id()).ifPresent(section -> addNotice(document, plan, entry, section));
      } else if (entry.state() == State.UNTRANSLATED) {
        insertUntranslated(document, plan, entry);
      }
    }
    return document;
  }

  private void insertUntranslated(Document document, NoticePlan plan, NoticePlan.Entry entry) {
    StructuralNode parent =
        entry.parentId().isEmpty()
            ? document
            : find(document, entry.parentId()).map(StructuralNode.class::cast).orElse(document);
    Section section = createSection(parent, entry.level(), false, new HashMap<>());
    section.setTitle(entry.title());
    section.setId(entry.id());
    if (!entry.style().isEmpty()) {
      // A colophon or appendix keeps its kind; AsciidoctorJ has no setter for it.
      ((RubyObjectWrapper) section).setString("sectname", entry.style());
      ((RubyObjectWrapper) section).setBoolean("special", true);
    }
    register(document, entry.id(), section);
    parent.getBlocks().add(insertionIndex(parent, entry), section);
    parseContent(section, entry.sourceLines());
    addNotice(document, plan, entry, section);
  }

  /**
   * Puts the section in the document's catalog of IDs, as the parser does for a section it reads,
   * so that cross references to it resolve. AsciidoctorJ's view of the catalog is read-only.
   */
  private static void register(Document document, String id, Section section) {
    IRubyObject ruby = ((RubyObjectWrapper) document).getRubyObject();
    Ruby runtime = ruby.getRuntime();
    IRubyObject entry =
        runtime.newArray(runtime.newString(id), ((RubyObjectWrapper) section).getRubyObject());
    ruby.callMethod(
        runtime.getCurrentContext(),
        "register",
        new IRubyObject[] {runtime.newSymbol("refs"), entry});
  }

  /**
   * After the section that precedes it in the source (sections are planned in source order, so an
   * untranslated predecessor is already in place); a first subsection goes before the parent's
   * first section, after its own text. A special section (colophon, appendix …) goes before the
   * first of the sections that follow it in the source, or last: the book's back matter ends with
   * it, after the sections the source does not know, such as the glossary the build generates.
   */
  private static int insertionIndex(StructuralNode parent, NoticePlan.Entry entry) {
    List<StructuralNode> blocks = parent.getBlocks();
    if (!entry.style().isEmpty()) {
      for (int i = 0; i < blocks.size(); i++) {
        String id = blocks.get(i).getId();
        if (id != null && entry.nextIds().contains(id)) {
          return i;
        }
      }
      return blocks.size();
    }
    for (int i = 0; i < blocks.size(); i++) {
      if (!entry.previousId().isEmpty() && entry.previousId().equals(blocks.get(i).getId())) {
        return i + 1;
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Section) {
        return i;
      }
    }
    return blocks.size();
  }

  private void addNotice(
      Document document, NoticePlan plan, NoticePlan.Entry entry, Section section) {
    String wording =
        entry.state() == State.STALE
            ? attribute(
                document,
                "translation-stale-notice",
                "This section was translated from an earlier version of the original.")
            : attribute(
                document,
                "translation-untranslated-notice",
                "This section has not been translated yet; it is shown in the original language.");
    String link =
        "link:"
            + sourceTarget(document, plan, entry.id())
            + "["
            + attribute(document, "translation-source-link", "Read the original")
            + "]";
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("name", "caution");
    attributes.put("style", "CAUTION");
    attributes.put("textlabel", attribute(document, "caution-caption", "Caution"));
    attributes.put("role", ROLE);
    Map<Object, Object> options = new HashMap<>();
    options.put("subs", "normal");
    Block notice = createBlock(section, "admonition", wording + " " + link, attributes, options);
    section.getBlocks().add(0, notice);
  }

  /** The same section in the source locale's HTML page, or in its PDF beside this one. */
  private static String sourceTarget(Document document, NoticePlan plan, String id) {
    boolean pdf = "pdf".equals(String.valueOf(document.getAttribute("backend")));
    return pdf ? plan.sourcePdf() + "#" + id : "../" + plan.sourceLang() + "/index.html#" + id;
  }

  private static String attribute(Document document, String name, String fallback) {
    Object value = document.getAttribute(name);
    return value == null || value.toString().isBlank() ? fallback : value.toString();
  }

  private static Optional<Section> find(Document document, String id) {
    Map<Object, Object> selector = new HashMap<>();
    selector.put("context", ":section");
    selector.put("id", id);
    return document.findBy(selector).stream()
        .filter(Section.class::isInstance)
        .map(Section.class::cast)
        .findFirst();
  }
}
