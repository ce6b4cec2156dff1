package io.github.awsnetbook.tools.safety;

import io.github.awsnetbook.tools.asciidoc.InlineTokens;
import io.github.awsnetbook.tools.asciidoc.SourceText;
import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places in an AsciiDoc file where text reaches the HTML unescaped or changes what the page
 * loads: passthroughs (raw HTML), script and data URLs, and attributes that choose stylesheets,
 * docinfo files or scripts. A translation may have only those its source has. The same scan finds
 * the image targets, which {@link ImageTargets} checks in every locale.
 */
public final class RawContent {

  /** What kind of raw content an item is, with the words a message uses for it. */
  public enum Kind {
    PASSTHROUGH_BLOCK("a passthrough block (++++)"),
    PASS_PARAGRAPH("a [pass] paragraph"),
    INLINE_PASS("an inline passthrough pass:[]"),
    TRIPLE_PLUS("an inline passthrough +++"),
    SCRIPT_URL("a script URL"),
    DATA_URL("a data: URL"),
    RESOURCE_ATTRIBUTE("an attribute that changes what the page loads"),
    /** Not raw: a file the book reads, checked by {@link ImageTargets}; the text is the target. */
    IMAGE("an image", false);

    private final String description;
    private final boolean raw;

    Kind(String description) {
      this(description, true);
    }

    Kind(String description, boolean raw) {
      this.description = description;
      this.raw = raw;
    }

    public String description() {
      return description;
    }

    /** Whether a translation may have it only where its source has it. */
    public boolean raw() {
      return raw;
    }
  }

  /** One raw item: its kind, its text (whitespace folded) and where it starts. */
  public record Item(Kind kind, String text, Path file, int line, int column) {
    boolean sameAs(Item other) {
      return kind == other.kind && text.equals(other.text);
    }
  }

  /** Attributes that pick files or URLs for the page's head, or turn on scripts. */
  static final Set<String> RESOURCE_ATTRIBUTES =
      Set.of(
          "docinfo",
          "docinfodir",
          "docinfosubs",
          "stylesheet",
          "stylesdir",
          "linkcss",
          "copycss",
          "webfonts",
          "iconfont-remote",
          "iconfont-cdn",
          "iconfont-name",
          "icons",
          "iconsdir",
          "data-uri",
          "allow-uri-read",
          "stem",
          "source-highlighter",
          "highlightjsdir",
          "highlightjs-theme",
          "favicon",
          "imagesdir",
          "max-include-depth");

  private static final Pattern SCRIPT_URL =
      Pattern.compile("(?i)(?<![\\p{L}\\p{N}_-])(javascript|vbscript|livescript)\\s*:\\S*");
  private static final Pattern DATA_URL =
      Pattern.compile("(?i)(?:link|image|video|audio|icon):{1,2}(data:[^\\[\\s]*)");

  /** A block or inline image macro; the target ends at the attribute list's bracket. */
  private static final Pattern IMAGE =
      Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])image::?([^\\[\\]\\s][^\\[\\]]*?)\\[");

  private RawContent() {}

  /** Every raw item of one file, in order. */
  public static List<Item> scan(Path file, String text) {
    List<Item> items = new ArrayList<>();
    List<String> lines = SourceText.of(text).lines();
    String verbatim = null;
    int passStart = -1;
    StringBuilder pass = new StringBuilder();
    boolean passParagraph = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (verbatim != null) {
        if (verbatim.equals(SourceText.delimiter(line))) {
          if (verbatim.startsWith("+")) {
            items.add(new Item(Kind.PASSTHROUGH_BLOCK, fold(pass.toString()), file, passStart, 1));
            pass.setLength(0);
          }
          verbatim = null;
        } else if (verbatim.startsWith("+")) {
          pass.append(line).append('\n');
        }
        continue;
      }
      String delimiter = SourceText.delimiter(line);
      if (delimiter != null && SourceText.isVerbatim(delimiter)) {
        verbatim = delimiter;
        passStart = i + 1;
        continue;
      }
      if (passParagraph) {
        if (line.isBlank()) {
          items.add(new Item(Kind.PASS_PARAGRAPH, fold(pass.toString()), file, passStart, 1));
          pass.setLength(0);
          passParagraph = false;
        } else {
          pass.append(line).append('\n');
        }
        continue;
      }
      if (SourceText.isComment(line)) {
        continue;
      }
      if (line.strip().matches("\\[pass(?:[,#.%][^\\]]*)?\\]")) {
        passParagraph = true;
        passStart = i + 1;
        continue;
      }
      scanLine(file, i + 1, line, items);
    }
    if (passParagraph && pass.length() > 0) {
      items.add(new Item(Kind.PASS_PARAGRAPH, fold(pass.toString()), file, passStart, 1));
    }
    return items;
  }

  /**
   * A passthrough that escapes its special characters and applies nothing else ({@code pass:c[]},
   * as book:import writes the author's "*" or "->"): no raw HTML reaches the page through it.
   */
  private static final Pattern ESCAPED_PASS = Pattern.compile("pass:(?:c|specialchars)\\[");

  private static void scanLine(Path file, int lineNumber, String line, List<Item> items) {
    Optional<SourceText.AttributeEntry> attribute = SourceText.attributeEntry(line);
    if (attribute.isPresent()) {
      String name = attribute.get().name().toLowerCase(Locale.ROOT);
      if (RESOURCE_ATTRIBUTES.contains(name)) {
        items.add(
            new Item(
                Kind.RESOURCE_ATTRIBUTE,
                ":" + name + ":" + fold(attribute.get().value()),
                file,
                lineNumber,
                1));
      }
    }
    for (InlineTokens.Token pass : InlineTokens.of(line).all(InlineTokens.Kind.PASSTHROUGH)) {
      String written = pass.text(line);
      Kind kind =
          written.startsWith("pass:") && !ESCAPED_PASS.matcher(written).lookingAt()
              ? Kind.INLINE_PASS
              : written.startsWith("+++") ? Kind.TRIPLE_PLUS : null;
      if (kind != null) {
        items.add(
            new Item(
                kind, fold(written), file, lineNumber, line.codePointCount(0, pass.start()) + 1));
      }
    }
    find(SCRIPT_URL, Kind.SCRIPT_URL, file, lineNumber, line, items);
    find(DATA_URL, Kind.DATA_URL, file, lineNumber, line, items);
    Matcher image = IMAGE.matcher(line);
    while (image.find()) {
      items.add(
          new Item(
              Kind.IMAGE,
              image.group(1).strip(),
              file,
              lineNumber,
              line.codePointCount(0, image.start()) + 1));
    }
  }

  private static void find(
      Pattern pattern, Kind kind, Path file, int lineNumber, String line, List<Item> items) {
    Matcher matcher = pattern.matcher(line);
    while (matcher.find()) {
      items.add(
          new Item(
              kind,
              fold(matcher.group()),
              file,
              lineNumber,
              line.codePointCount(0, matcher.start()) + 1));
    }
  }

  /**
   * The translation's raw items that its source does not have, each as an error; an item the source
   * has once may appear once in the translation.
   */
  public static List<Diagnostic> notInSource(
      List<Item> translation, List<Item> source, String sourceName) {
    List<Item> unmatched = new ArrayList<>(source);
    List<Diagnostic> problems = new ArrayList<>();
    for (Item item : translation) {
      if (!item.kind().raw()) {
        continue;
      }
      int match = indexOfSame(unmatched, item);
      if (match >= 0) {
        unmatched.remove(match);
        continue;
      }
      problems.add(
          Diagnostic.error(
                  item.file(),
                  item.line(),
                  item.column(),
                  item.kind().description()
                      + " that the source ("
                      + sourceName
                      + ") does not have: "
                      + abbreviate(item.text())
                      + "; a translation may not add raw HTML, scripts or page resources: write"
                      + " plain AsciiDoc text, or ask the editors to add it to the source")
              .withRule("safety/raw-content-not-in-source"));
    }
    return problems;
  }

  private static int indexOfSame(List<Item> items, Item item) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).sameAs(item)) {
        return i;
      }
    }
    return -1;
  }

  private static String fold(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String abbreviate(String text) {
    int limit = 60;
    return "\""
        + (text.codePointCount(0, text.length()) <= limit
            ? text
            : text.substring(0, text.offsetByCodePoints(0, limit)) + "…")
        + "\"";
  }
}
