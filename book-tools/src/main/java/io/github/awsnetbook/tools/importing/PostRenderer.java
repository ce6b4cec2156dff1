package io.github.awsnetbook.tools.importing;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A post's Markdown as the book's AsciiDoc, line by line, before any editor has touched it: what
 * the import writes for a new chapter, and what it compares a chapter's author text with.
 *
 * <p>The book's conventions: the first heading is the chapter's ({@code == }, with the ID {@code
 * article-NNNN}); a one-line paragraph that starts with a number (⑴, (2)) and has no full stop is a
 * section's heading; a run of such numbered paragraphs that are sentences is a numbered list, with
 * the indented paragraphs and tables after each item joined to it; "term：text" followed by an
 * indented paragraph is an entry of a description list; a rule drawn with {@code <br>} lines is a
 * break, and other {@code <br>} go. Indentation is how the author lays text out, not code: an
 * indented block is read as a paragraph (code is fenced).
 */
final class PostRenderer {

  private static final Pattern BREAK_TAG =
      Pattern.compile("(?i)\\s*(<br\\s*/?>\\s*)+"); // the only HTML a post may have

  /**
   * HTML comments, which no reader of the post sees: Jekyll's excerpt mark {@code <!--more-->}, an
   * author's note to self.
   */
  private static final Pattern COMMENTS =
      Pattern.compile("\\s*(<!--(?!-?>)(?:(?!--).)*?-->\\s*)+", Pattern.DOTALL);

  private static final Pattern DEFINITION = Pattern.compile("([^：。「」]{1,40})：(\\S.*)");
  private static final Pattern ATTRIBUTE_REFERENCE =
      Pattern.compile("\\{(?=[A-Za-z0-9_][A-Za-z0-9_-]*\\})");

  /**
   * What AsciiDoc would read as markup inside a line of the author's plain text: formatting marks
   * (bold, italic, monospace, highlight, super- and subscript, passthrough, backslash escapes), its
   * typographic replacements ("(C)", "--", "...", "->" and the other arrows, an apostrophe between
   * letters), cross references, anchors, index terms, a macro's or an address's start
   * ("footnote:[", "https://"), and the marks that end a description list's term ("::", ";;"),
   * which make a line that has them a term. Markdown shows each as written; the book must too.
   */
  private static final Pattern INLINE_SYNTAX =
      Pattern.compile(
          "\\(C\\)|\\(R\\)|\\(TM\\)|--|\\.\\.\\.|->|=>|<-|<=|<<|>>|\\[\\[|\\]\\]|\\(\\(|\\)\\)"
              + "|://|:{2,}|;;|\\b[\\w-]+:\\S*?\\[|(?<=\\w)'(?=\\w)|[*_`#^~+\\\\]");

  /** What AsciiDoc would read as a block's syntax at the start of a paragraph. */
  private static final Pattern BLOCK_SYNTAX =
      Pattern.compile(
          "^(?:=+\\s|\\.|[*\\-]+\\s|-{2,}\\s*$|\\[.*\\]\\s*$|//|\\|===|\\+\\s*$|'{3,}|_{4,}|<<<"
              + "|:!?[\\w\\p{L}\\p{N}][^:]*:(?:[ \\t]|$)|:[\\w-]+!?:|\\d+\\.\\s)");

  private static final String IMAGES = "/assets/images/";

  private final Path file;
  private final List<String> source;
  private final String article;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<ChapterLine> out = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private boolean chapterTitled;

  /** The chapter's lines, and what the post has that the book refuses. */
  record Rendered(List<ChapterLine> lines, List<Diagnostic> problems) {}

  /** A top-level block of the post, read once. */
  private sealed interface Piece {
    int line();
  }

  private record Para(String text, boolean indented, int line) implements Piece {}

  private record Title(int level, String text, int line) implements Piece {}

  private record Picture(String target, String alt, int line) implements Piece {}

  private record Grid(TableBlock table, int line) implements Piece {}

  private record Rule(int line) implements Piece {}

  private record Other(Node node, int line) implements Piece {}

  private PostRenderer(Path file, List<String> source, String article) {
    this.file = file;
    this.source = source;
    this.article = article;
  }

  /**
   * Renders the post whose lines are {@code source} (its front matter taken as {@code front}), as
   * the chapter of article {@code article} ("0003").
   */
  static Rendered render(Path file, List<String> source, FrontMatter front, String article) {
    PostRenderer renderer = new PostRenderer(file, source, article);
    renderer.attributes(front);
    renderer.blocks(renderer.pieces(parse(source, front)));
    while (!renderer.out.isEmpty() && renderer.out.get(renderer.out.size() - 1).text().isEmpty()) {
      renderer.out.remove(renderer.out.size() - 1);
    }
    return new Rendered(List.copyOf(renderer.out), List.copyOf(renderer.problems));
  }

  /** The body, parsed with the front matter's lines left blank so that lines keep their number. */
  private static Node parse(List<String> source, FrontMatter front) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < source.size(); i++) {
      body.append(i < front.lines() ? "" : source.get(i)).append('\n');
    }
    return Parser.builder()
        .extensions(List.of(TablesExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build()
        .parse(body.toString());
  }

  /** The front matter, as the chapter's attributes (above its heading: no section's text). */
  private void attributes(FrontMatter front) {
    decorate("// The author's post as book:import last read it: its front matter.", 0);
    add(":article-" + article + "-post-title: " + front.title(), 0);
    add(":article-" + article + "-post-date: " + front.date(), 0);
    add(":article-" + article + "-post-author: " + front.author(), 0);
    add("", 0);
  }

  private List<Piece> pieces(Node document) {
    List<Piece> pieces = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      int line = lineOf(node);
      if (node instanceof Paragraph paragraph && isPicture(paragraph)) {
        picture((Image) firstContent(paragraph), line).ifPresent(pieces::add);
      } else if (node instanceof Paragraph paragraph) {
        String raw = inline(paragraph);
        if (!raw.isBlank()) {
          pieces.add(new Para(raw, startsIndented(raw), line));
        }
      } else if (node instanceof IndentedCodeBlock code) {
        pieces.add(
            new Para(
                literal(String.join("", code.getLiteral().strip().lines().toList()), false),
                true,
                line));
      } else if (node instanceof Heading heading) {
        String raw = inline(heading);
        pieces.add(raw.isBlank() ? new Rule(line) : new Title(heading.getLevel(), raw, line));
      } else if (node instanceof ThematicBreak) {
        pieces.add(new Rule(line));
      } else if (node instanceof TableBlock table) {
        pieces.add(new Grid(table, line));
      } else if (node instanceof HtmlBlock html) {
        html(html.getLiteral(), node);
      } else if (node instanceof LinkReferenceDefinition) {
        // Its address is in each link that names it, which commonmark has resolved.
        continue;
      } else {
        pieces.add(new Other(node, line));
      }
    }
    return pieces;
  }

  /** The pieces as the book's blocks, with the book's conventions (the class's comment). */
  private void blocks(List<Piece> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      Matcher numbered =
          piece instanceof Para para && !para.indented()
              ? Normalization.NUMBERED.matcher(Normalization.stripIndentation(para.text()))
              : null;
      if (numbered != null && numbered.matches() && !numbered.group(3).contains("。")) {
        heading(3, Normalization.numberedTitle(numbered), piece.line());
      } else if (numbered != null && numbered.matches()) {
        i = numberedList(pieces, i) - 1;
      } else if (isDefinition(pieces, i)) {
        i = definitionList(pieces, i) - 1;
      } else {
        block(piece);
      }
    }
  }

  private void block(Piece piece) {
    if (piece instanceof Para para) {
      add(escaped(Normalization.paragraph(para.text())), para.line());
    } else if (piece instanceof Title title && !chapterTitled) {
      chapterTitled = true;
      decorate("[#article-" + article + "]", title.line());
      add("== " + Normalization.chapterTitle(title.text()), title.line());
    } else if (piece instanceof Title title) {
      heading(title.level() + 1, Normalization.text(title.text().strip()), title.line());
      return;
    } else if (piece instanceof Picture picture) {
      imageLine(picture);
    } else if (piece instanceof Grid grid) {
      table(grid);
    } else if (piece instanceof Rule) {
      add("'''", piece.line());
    } else if (piece instanceof Other other) {
      other(other.node(), "");
    }
    add("", piece.line());
  }

  private void heading(int level, String title, int line) {
    String id = Normalization.idFrom(title);
    if (id.isEmpty() || !ids.add(id)) {
      id = "article-" + article + "-section-" + (ids.size() + 1);
      ids.add(id);
    }
    decorate("[#" + id + "]", line);
    add("=".repeat(level) + " " + title, line);
    add("", line);
  }

  /** Numbered paragraphs, each with the indented paragraphs and tables after it; the next index. */
  private int numberedList(List<Piece> pieces, int from) {
    int i = from;
    int last = pieces.get(from).line();
    while (i < pieces.size() && pieces.get(i) instanceof Para item && isListItem(item)) {
      if (i > from) {
        add("", item.line());
      }
      Matcher numbered =
          Normalization.NUMBERED.matcher(Normalization.stripIndentation(item.text()));
      numbered.matches();
      add(". " + escaped(Normalization.text(numbered.group(3))), item.line());
      i++;
      while (i < pieces.size() && isContinuation(pieces.get(i))) {
        add("+", pieces.get(i).line());
        if (pieces.get(i) instanceof Grid grid) {
          table(grid);
        } else {
          add(
              escaped(Normalization.paragraph(((Para) pieces.get(i)).text())),
              pieces.get(i).line());
        }
        last = pieces.get(i).line();
        i++;
      }
    }
    add("", last);
    return i;
  }

  private static boolean isListItem(Para para) {
    Matcher numbered = Normalization.NUMBERED.matcher(Normalization.stripIndentation(para.text()));
    return !para.indented() && numbered.matches() && numbered.group(3).contains("。");
  }

  private static boolean isContinuation(Piece piece) {
    return piece instanceof Grid || piece instanceof Para para && para.indented();
  }

  private static boolean isDefinition(List<Piece> pieces, int at) {
    return at + 1 < pieces.size()
        && pieces.get(at) instanceof Para term
        && !term.indented()
        && DEFINITION.matcher(term.text()).matches()
        && pieces.get(at + 1) instanceof Para text
        && text.indented();
  }

  /** "term：text" and its indented paragraph, entry after entry; the next index. */
  private int definitionList(List<Piece> pieces, int from) {
    int i = from;
    while (isDefinition(pieces, i)) {
      Para term = (Para) pieces.get(i);
      Matcher entry = DEFINITION.matcher(term.text());
      entry.matches();
      add(
          Normalization.text(entry.group(1).strip())
              + ":: "
              + escaped(Normalization.text(entry.group(2)))
              + " +",
          term.line());
      Para text = (Para) pieces.get(i + 1);
      add(escaped(Normalization.paragraph(text.text())), text.line());
      i += 2;
    }
    add("", pieces.get(i - 1).line());
    return i;
  }

  private void table(Grid grid) {
    List<TableRow> rows = new ArrayList<>();
    collectRows(grid.table(), rows);
    List<String> columns = new ArrayList<>();
    for (Node cell = rows.get(0).getFirstChild(); cell != null; cell = cell.getNext()) {
      columns.add(column(((TableCell) cell).getAlignment()));
    }
    decorate("[cols=\"" + String.join(",", columns) + "\",options=\"header\"]", grid.line());
    add("|===", grid.line());
    List<String> head = new ArrayList<>();
    for (Node cell = rows.get(0).getFirstChild(); cell != null; cell = cell.getNext()) {
      head.add("|" + cellText(cell));
    }
    add(String.join(" ", head), lineOf(rows.get(0)));
    for (TableRow row : rows.subList(1, rows.size())) {
      add("", lineOf(row));
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        add("|" + cellText(cell), lineOf(row));
      }
    }
    add("|===", grid.line());
  }

  private static String column(TableCell.Alignment alignment) {
    if (alignment == null) {
      return "1";
    }
    return switch (alignment) {
      case LEFT -> "<1";
      case CENTER -> "^1";
      case RIGHT -> ">1";
    };
  }

  private String cellText(Node cell) {
    return escaped(Normalization.cell(inline(cell))).replace("|", "\\|");
  }

  private static void collectRows(Node node, List<TableRow> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableRow row) {
        rows.add(row);
      } else {
        collectRows(child, rows);
      }
    }
  }

  /** Lists, block quotes and code, written as the book writes them. */
  private void other(Node node, String depth) {
    if (node instanceof ListBlock list) {
      String marker = (list instanceof OrderedList ? "." : "*").repeat(depth.length() + 1);
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        listItem((ListItem) item, marker, depth);
      }
    } else if (node instanceof BlockQuote quote) {
      // A quote inside a quote needs a longer delimiter: the same one would close the outer.
      String delimiter = "_".repeat(4 + quotesAround(quote));
      add(delimiter, lineOf(quote));
      for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
        if (child != quote.getFirstChild()) {
          add("", lineOf(child));
        }
        quoted(child);
      }
      add(delimiter, lineOf(quote));
    } else if (node instanceof FencedCodeBlock code) {
      String language = code.getInfo() == null ? "" : code.getInfo().strip().split("\\s+")[0];
      decorate(language.isEmpty() ? "[source]" : "[source," + language + "]", lineOf(code));
      add("----", lineOf(code));
      code.getLiteral().lines().forEach(line -> add(line, lineOf(code)));
      add("----", lineOf(code));
    } else if (node instanceof Heading heading) {
      // Inside a list item or a quote a heading starts no section: it is shown where it stands.
      String title = Normalization.text(inline(heading).strip());
      if (!title.isEmpty()) {
        add("[discrete]", lineOf(heading));
        add("=".repeat(Math.min(heading.getLevel() + 1, 6)) + " " + title, lineOf(heading));
      }
    } else if (node instanceof ThematicBreak) {
      add("'''", lineOf(node));
    } else {
      problems.add(
          error(
              node,
              "a "
                  + node.getClass().getSimpleName()
                  + " the book has no form for; write it as paragraphs, lists, tables or images"));
    }
  }

  private static int quotesAround(Node node) {
    int quotes = 0;
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      quotes += parent instanceof BlockQuote ? 1 : 0;
    }
    return quotes;
  }

  private void listItem(ListItem item, String marker, String depth) {
    if (!(item.getFirstChild() instanceof Paragraph)) {
      // An item that starts with a block, or has nothing, still needs its own line of text.
      add(marker + " {empty}", lineOf(item));
    }
    boolean first = item.getFirstChild() instanceof Paragraph;
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof ListBlock nested) {
        other(nested, depth + " ");
      } else if (first && child instanceof Paragraph paragraph) {
        add(marker + " " + escaped(Normalization.paragraph(inline(paragraph))), lineOf(child));
      } else {
        add("+", lineOf(child));
        quoted(child);
      }
      first = false;
    }
  }

  private void quoted(Node child) {
    if (child instanceof Paragraph paragraph) {
      add(escaped(Normalization.paragraph(inline(paragraph))), lineOf(child));
    } else {
      other(child, "");
    }
  }

  private void imageLine(Picture picture) {
    String relative = picture.target().substring(IMAGES.length());
    String alt = AltText.of(Normalization.text(picture.alt()));
    decorate(EditorsLayer.REPLACES + picture.target(), picture.line());
    out.add(
        ChapterLine.image(
            "image::" + relative + "[\"" + alt + "\"]", picture.target(), picture.line()));
  }

  private java.util.Optional<Piece> picture(Image image, int line) {
    String target = image.getDestination().strip();
    String normalized = target.startsWith("assets/") ? "/" + target : target;
    if (!normalized.startsWith(IMAGES)
        || normalized.contains("..")
        || normalized.contains("\\")
        || normalized.contains("%")
        || normalized.length() == IMAGES.length()) {
      problems.add(
          error(
              image,
              "the image '"
                  + target
                  + "' is not under /assets/images/ of the post's site; the book takes only"
                  + " the post's own images: put it in /assets/images/ and write that path"));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Picture(normalized, plain(image), line));
  }

  /** A paragraph's inline content as the book's inline AsciiDoc. */
  private String inline(Node parent) {
    return inline(parent, false);
  }

  private String inline(Node parent, boolean inMacroText) {
    StringBuilder text = new StringBuilder();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      inlineNode(node, text, inMacroText);
    }
    return text.toString();
  }

  private void inlineNode(Node node, StringBuilder text, boolean inMacroText) {
    if (node instanceof Text literal) {
      text.append(literal(literal.getLiteral(), inMacroText));
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      join(text, node);
    } else if (node instanceof Code code) {
      text.append(afterBracket(text, code(code.getLiteral())));
    } else if (node instanceof Emphasis emphasis) {
      text.append(afterBracket(text, marked(emphasis, "__", Emphasis.class, inMacroText)));
    } else if (node instanceof StrongEmphasis strong) {
      text.append(afterBracket(text, marked(strong, "**", StrongEmphasis.class, inMacroText)));
    } else if (node instanceof Link link) {
      link(link, text);
    } else if (node instanceof HtmlInline html) {
      html(html.getLiteral(), node);
    } else if (node instanceof Image image) {
      problems.add(
          error(image, "an image inside a line of text; put the image on a line of its own"));
    } else {
      text.append(inline(node, inMacroText));
    }
  }

  /**
   * A marked run as it may follow the text so far: after a closing bracket, AsciiDoc would read the
   * author's bracketed text before it as the run's attribute list (a role), so an empty attribute
   * reference stands between them.
   */
  private static String afterBracket(StringBuilder text, String run) {
    boolean marks = run.startsWith("__") || run.startsWith("**") || run.startsWith("``");
    return marks && text.length() > 0 && text.charAt(text.length() - 1) == ']'
        ? "{empty}" + run
        : run;
  }

  /**
   * A run of emphasis or strong emphasis. Inside a run of its own kind it is shown as that run
   * already shows it, without marks of its own: AsciiDoc does not nest a mark in itself (two
   * adjacent openers read as one unconstrained mark), and a reader sees the same italic or bold.
   */
  private String marked(Node run, String mark, Class<? extends Node> kind, boolean inMacroText) {
    for (Node parent = run.getParent(); parent != null; parent = parent.getParent()) {
      if (kind.isInstance(parent)) {
        return inline(run, inMacroText);
      }
    }
    return mark + inline(run, inMacroText) + mark;
  }

  /**
   * The author's plain text as AsciiDoc that shows it as written: each piece AsciiDoc would read as
   * markup is passed through with its special characters escaped ({@code pass:c[...]}), an
   * attribute reference is escaped, and inside a macro's text (a link's) a closing bracket is too.
   */
  private static String literal(String text, boolean inMacroText) {
    Matcher markup = INLINE_SYNTAX.matcher(text);
    StringBuilder shown = new StringBuilder();
    int from = 0;
    while (markup.find()) {
      shown.append(plainPiece(text.substring(from, markup.start()), inMacroText));
      // A backslash before the pass macro's closing bracket would escape it.
      shown.append(
          markup.group().equals("\\")
              ? "{backslash}"
              : "pass:c[" + markup.group().replace("]", "\\]") + "]");
      from = markup.end();
    }
    return shown.append(plainPiece(text.substring(from), inMacroText)).toString();
  }

  private static String plainPiece(String text, boolean inMacroText) {
    String escaped = ATTRIBUTE_REFERENCE.matcher(text).replaceAll("\\\\{");
    return inMacroText ? escaped.replace("]", "pass:c[\\]]") : escaped;
  }

  /** Lines of one paragraph are joined as the book joins them: no space in Japanese. */
  private static void join(StringBuilder text, Node breakNode) {
    Node next = breakNode.getNext();
    String after = next instanceof Text literal ? literal.getLiteral() : "a";
    boolean spaceless =
        text.length() > 0
            && (isSpaceless(text.codePointBefore(text.length()))
                || !after.isEmpty() && isSpaceless(after.codePointAt(0)));
    if (!spaceless) {
      text.append(' ');
    }
  }

  private static boolean isSpaceless(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
        || c >= 0x3000 && c <= 0x303f
        || c >= 0xff00 && c <= 0xffef;
  }

  private static String code(String literal) {
    if (literal.matches("[A-Za-z0-9._/-]+") && !INLINE_SYNTAX.matcher(literal).find()) {
      return "``" + literal + "``";
    }
    if (literal.contains("::") || literal.contains(";;") || literal.contains("\\")) {
      // A passthrough would keep them as they are, and they make the line a description list's
      // term before any passthrough is read (a backslash would escape the passthrough's own
      // closing bracket): the text is escaped piece by piece instead.
      return "``" + literal(literal, false) + "``";
    }
    // A plus inside would end the "+...+" passthrough early, and a space at either end keeps
    // AsciiDoc from reading it as one.
    return literal.contains("+") || !literal.equals(literal.strip())
        ? "``pass:c[" + literal.replace("]", "\\]") + "]``"
        : "``+" + literal + "+``";
  }

  private void link(Link link, StringBuilder text) {
    String url = link.getDestination();
    String scheme = url.toLowerCase(Locale.ROOT);
    if (!scheme.startsWith("https://")
        && !scheme.startsWith("http://")
        && !scheme.startsWith("mailto:")) {
      problems.add(
          error(link, "the link '" + url + "' is not a web address; write an https:// address"));
      return;
    }
    text.append("link:")
        .append(url.replace(" ", "%20"))
        .append('[')
        .append(inline(link, true))
        .append(']');
  }

  /**
   * Only line breaks ({@code <br>}) and comments are taken, and dropped; any other HTML is refused.
   */
  private void html(String literal, Node node) {
    if (BREAK_TAG.matcher(literal).matches() || COMMENTS.matcher(literal).matches()) {
      return;
    }
    String tag = literal.strip().lines().findFirst().orElse("").strip();
    problems.add(
        error(
            node,
            "raw HTML '"
                + (tag.length() > 40 ? tag.substring(0, 40) + "…" : tag)
                + "' is not taken into the book (the pages forbid scripts, and the book's blocks"
                + " come from Markdown); write it in Markdown, or remove it"));
  }

  private String escaped(String text) {
    return BLOCK_SYNTAX.matcher(text).find() ? "{empty}" + text : text;
  }

  private static boolean isPicture(Paragraph paragraph) {
    Node only = firstContent(paragraph);
    if (!(only instanceof Image)) {
      return false;
    }
    for (Node node = only.getNext(); node != null; node = node.getNext()) {
      if (!(node instanceof SoftLineBreak)
          && !(node instanceof Text t && t.getLiteral().isBlank())) {
        return false;
      }
    }
    return true;
  }

  private static Node firstContent(Node parent) {
    Node node = parent.getFirstChild();
    while (node instanceof Text t && t.getLiteral().isBlank()) {
      node = node.getNext();
    }
    return node;
  }

  private static String plain(Node parent) {
    StringBuilder text = new StringBuilder();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      text.append(node instanceof Text literal ? literal.getLiteral() : plain(node));
    }
    return text.toString();
  }

  private static boolean startsIndented(String text) {
    return !text.isEmpty() && (text.charAt(0) == '\u3000' || text.charAt(0) == ' ');
  }

  private void add(String text, int line) {
    out.add(ChapterLine.author(text, line));
  }

  private void decorate(String text, int line) {
    out.add(ChapterLine.decoration(text, line));
  }

  private static int lineOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
  }

  private Diagnostic error(Node node, String message) {
    List<SourceSpan> spans = node.getSourceSpans();
    int line = lineOf(node);
    int column = 1;
    String text = line > 0 && line <= source.size() ? source.get(line - 1) : "";
    if (!spans.isEmpty()) {
      column = text.codePointCount(0, Math.min(spans.get(0).getColumnIndex(), text.length())) + 1;
    }
    return Diagnostic.error(file, line, column, message)
        .withRule("import/refused")
        .withSourceLine(text);
  }
}
