package io.github.awsnetbook.tools.importing;

import io.github.awsnetbook.tools.asciidoc.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An existing chapter, line by line, told apart into the author's text and the editors' layer.
 *
 * <p>The chapter is the import's own output with the editors' additions, so it is read by the
 * import's own layout rather than parsed as a book: the merge keeps every line that is not the
 * author's exactly as the editors wrote it, which a parse would not give back. The editors' layer
 * is: a block's attribute line and title (IDs, captions, a table's widths), comments, a note with
 * the role {@code editor-note} (with the {@code +} that attaches it to a list item, or the blank
 * line after it), a figure the editors added, and the figure that stands for a post's image, which
 * names that image in a comment above it ({@value #REPLACES} followed by the post's path, which the
 * import writes with the image): the editors may replace the image line under it with their own
 * figure.
 */
final class EditorsLayer {

  /** The comment above the figure that stands for a post's image; the image's path follows it. */
  static final String REPLACES = "// book:import: the post's image ";

  private static final Pattern REPLACED = Pattern.compile(Pattern.quote(REPLACES) + "(\\S+).*");

  private EditorsLayer() {}

  /** The chapter's lines, each with its kind. */
  static List<ChapterLine> read(List<String> lines) {
    List<ChapterLine> read = new ArrayList<>();
    String replaced = null;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      int number = i + 1;
      if (SourceText.isComment(text)) {
        Matcher marker = REPLACED.matcher(text);
        replaced = marker.matches() ? marker.group(1) : replaced;
        read.add(ChapterLine.decoration(text, number));
      } else if (SourceText.isBlockAttributeLine(text) && text.contains("editor-note")) {
        i = editorBlock(lines, i, read) - 1;
      } else if (SourceText.isBlockAttributeLine(text) || SourceText.isBlockTitle(text)) {
        read.add(ChapterLine.decoration(text, number));
      } else if (text.startsWith("image::") && replaced != null) {
        read.add(ChapterLine.image(text, replaced, number));
        replaced = null;
      } else if (text.startsWith("image::")) {
        boolean attached = claimPrevious(read);
        read.add(ChapterLine.editor(text, number));
        i = attachBlank(lines, i + 1, read, attached) - 1;
      } else {
        read.add(ChapterLine.author(text, number));
      }
    }
    return read;
  }

  /** A note of the editors from its attribute line to its closing delimiter; the next index. */
  private static int editorBlock(List<String> lines, int from, List<ChapterLine> read) {
    boolean attached = claimPrevious(read);
    int i = from;
    String delimiter = null;
    while (i < lines.size()) {
      String text = lines.get(i);
      read.add(ChapterLine.editor(text, i + 1));
      i++;
      String found = SourceText.delimiter(text);
      if (found != null && delimiter == null) {
        delimiter = found;
      } else if (found != null && found.equals(delimiter)) {
        break;
      } else if (delimiter == null
          && !SourceText.isBlockAttributeLine(text)
          && !SourceText.isBlockTitle(text)) {
        // A note written as a paragraph ([NOTE.editor-note] then its lines) ends at a blank line.
        while (i < lines.size() && !lines.get(i).isBlank()) {
          read.add(ChapterLine.editor(lines.get(i), i + 1));
          i++;
        }
        break;
      }
    }
    return attachBlank(lines, i, read, attached);
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
