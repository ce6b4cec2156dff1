package io.github.awsnetbook.tools.importing;

import io.github.awsnetbook.tools.asciidoc.SourceModel;
import io.github.awsnetbook.tools.asciidoc.SourceSpan;
import io.github.awsnetbook.tools.asciidoc.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An existing chapter, line by line, told apart into the author's text and the editors' layer, by
 * the chapter's {@link SourceModel}: Asciidoctor's own parse says which blocks are the editors'
 * notes (the role {@code editor-note}, however the attribute line writes it), where each ends,
 * which lines are figures, and which lines its preprocessor never hands to the parser (comment
 * blocks, a conditional's skipped branch). The merge then keeps every line that is not the author's
 * exactly as the editors wrote it.
 *
 * <p>The editors' layer is: a block's attribute line and title (IDs, captions, a table's widths),
 * comments, a note of the editors (with the {@code +} that attaches it to a list item, or the blank
 * line after it), a figure the editors added, and the figure that stands for a post's image, which
 * names that image in a comment above it ({@value #REPLACES} followed by the post's path, which the
 * import writes with the image): the editors may replace the image line under it with their own
 * figure.
 */
final class EditorsLayer {

  /** The comment above the figure that stands for a post's image; the image's path follows it. */
  static final String REPLACES = "// book:import: the post's image ";

  private static final String EDITOR_NOTE = "editor-note";

  private static final Pattern REPLACED = Pattern.compile(Pattern.quote(REPLACES) + "(\\S+).*");

  /**
   * What the parse says of the chapter's lines, by line number from 1: the lines that are a node's
   * (its text, its first line, its closing delimiter), the editors' notes from their first line to
   * their last, and the figures.
   */
  private record Parsed(Set<Integer> nodes, Map<Integer, Integer> notes, Set<Integer> figures) {}

  private EditorsLayer() {}

  /** The chapter's lines, each with its kind, as the chapter's model reads them. */
  static List<ChapterLine> read(SourceModel model, Path chapter, List<String> lines) {
    Parsed parsed = parsed(model, chapter.toAbsolutePath().normalize(), lines);
    List<ChapterLine> read = new ArrayList<>();
    String replaced = null;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      int number = i + 1;
      Integer noteEnd = parsed.notes().get(number);
      if (noteEnd != null) {
        boolean attached = claimPrevious(read);
        for (int k = number; k <= noteEnd; k++) {
          read.add(ChapterLine.editor(lines.get(k - 1), k));
        }
        i = attachBlank(lines, noteEnd, read, attached) - 1;
      } else if (SourceText.isComment(text) || isOutsideNodes(parsed, number, text)) {
        Matcher marker = REPLACED.matcher(text);
        replaced = marker.matches() ? marker.group(1) : replaced;
        read.add(ChapterLine.decoration(text, number));
      } else if (SourceText.isBlockAttributeLine(text) || SourceText.isBlockTitle(text)) {
        read.add(ChapterLine.decoration(text, number));
      } else if (parsed.figures().contains(number) && replaced != null) {
        read.add(ChapterLine.image(text, replaced, number));
        replaced = null;
      } else if (parsed.figures().contains(number)) {
        boolean attached = claimPrevious(read);
        read.add(ChapterLine.editor(text, number));
        i = attachBlank(lines, i + 1, read, attached) - 1;
      } else {
        read.add(ChapterLine.author(text, number));
      }
    }
    return read;
  }

  /**
   * A line of text that is no node's: what the parser skipped, as the lines of a comment block. A
   * blank line and the {@code +} of a list continuation separate the author's blocks, and an
   * attribute entry carries the post's front matter: they stay the author's.
   */
  private static boolean isOutsideNodes(Parsed parsed, int number, String text) {
    return !parsed.nodes().contains(number)
        && !text.isBlank()
        && !text.strip().equals("+")
        && SourceText.attributeEntry(text).isEmpty();
  }

  private static Parsed parsed(SourceModel model, Path chapter, List<String> lines) {
    Set<Integer> covered = new HashSet<>();
    Map<Integer, Integer> notes = new HashMap<>();
    Set<Integer> figures = new HashSet<>();
    List<SourceModel.Node> nodes = model.nodes();
    int insideNoteUntil = -1;
    for (int n = 0; n < nodes.size(); n++) {
      SourceModel.Node node = nodes.get(n);
      if (!node.file().toAbsolutePath().normalize().equals(chapter)) {
        continue;
      }
      int start = contentStart(lines, node.line());
      covered.add(start);
      if (!(node instanceof SourceModel.Block block)) {
        continue;
      }
      int end = blockEnd(lines, nodes, n, start);
      block.spans().forEach(span -> covered.add(span.line()));
      covered.add(end);
      if (block.line() <= insideNoteUntil) {
        continue;
      }
      if (block.roles().contains(EDITOR_NOTE)) {
        insideNoteUntil = end;
        notes.put(start, end);
      } else if (block.context().equals("image")) {
        figures.add(start);
      }
    }
    return new Parsed(covered, notes, figures);
  }

  /**
   * The block's first line of its own: past the attribute lines and title that may stand at its
   * source location, which stay decorations to be claimed with the block.
   */
  private static int contentStart(List<String> lines, int line) {
    int k = line;
    while (k < lines.size()
        && (SourceText.isBlockAttributeLine(lines.get(k - 1))
            || SourceText.isBlockTitle(lines.get(k - 1)))) {
      k++;
    }
    return k;
  }

  /**
   * The last line of a block: its closing delimiter (the first line after its text that repeats the
   * opening one, as Asciidoctor's reader closes it), or for a block without delimiters the last
   * line of its text, and of the blocks inside it.
   */
  private static int blockEnd(List<String> lines, List<SourceModel.Node> nodes, int n, int start) {
    SourceModel.Block block = (SourceModel.Block) nodes.get(n);
    int last = Math.max(start, lastLine(block));
    for (int k = n + 1; k < nodes.size(); k++) {
      if (!(nodes.get(k) instanceof SourceModel.Block inner) || inner.depth() <= block.depth()) {
        break;
      }
      last = Math.max(last, Math.max(inner.line(), lastLine(inner)));
    }
    String delimiter = SourceText.delimiter(lines.get(start - 1));
    if (delimiter == null) {
      return last;
    }
    for (int k = Math.max(last, start) + 1; k <= lines.size(); k++) {
      if (lines.get(k - 1).strip().equals(delimiter)) {
        return k;
      }
    }
    return lines.size();
  }

  private static int lastLine(SourceModel.Block block) {
    int last = block.line();
    for (SourceSpan span : block.spans()) {
      last = Math.max(last, span.line());
    }
    return last;
  }

  /**
   * The decorations just above an editors' block are its own, and so is the {@code +} that attaches
   * it to a list item.
   */
  private static boolean claimPrevious(List<ChapterLine> read) {
    int k = read.size();
    while (k > 0 && read.get(k - 1).kind() == ChapterLine.Kind.DECORATION) {
      k--;
    }
    boolean attached = k > 0 && read.get(k - 1).text().equals("+") && read.get(k - 1).isAuthor();
    if (attached) {
      k--;
    }
    for (int j = k; j < read.size(); j++) {
      ChapterLine line = read.get(j);
      read.set(j, ChapterLine.editor(line.text(), line.line()));
    }
    return attached;
  }

  /**
   * When the block was not attached with a {@code +}, the blank line after it is its own (the
   * author's text around it is separated by one blank line without it); the next index.
   */
  private static int attachBlank(
      List<String> lines, int next, List<ChapterLine> read, boolean attached) {
    if (!attached && next < lines.size() && lines.get(next).isBlank()) {
      read.add(ChapterLine.editor(lines.get(next), next + 1));
      return next + 1;
    }
    return next;
  }
}
