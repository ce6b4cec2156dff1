package io.github.awsnetbook.tools.safety;

import io.github.awsnetbook.tools.diagnostics.Diagnostic;
import io.github.awsnetbook.tools.files.SafeXml;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An SVG drawing of the book refers to nothing but itself. The HTML page carries each drawing
 * inline, so a reference in it is the page's: an {@code <image href>} to a file of the build
 * machine or a URL, a {@code url()} or {@code @import} that loads a stylesheet, a font or a filter
 * from elsewhere, a script, an event attribute or a {@code <foreignObject>} (HTML inside the
 * drawing) would reach every reader. Only references to an element of the same drawing ({@code
 * #id}) are allowed.
 */
public final class SvgReferences {

  /** The rule of an external reference in a drawing. */
  public static final String EXTERNAL_REFERENCE = "safety/svg-external-reference";

  /** The rule of a script, an event attribute or a foreign object in a drawing. */
  public static final String ACTIVE_CONTENT = "safety/svg-active-content";

  private static final Pattern URL_FUNCTION =
      Pattern.compile("(?i)url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)]*?))\\s*\\)");
  private static final Pattern IMPORT = Pattern.compile("(?i)@import\\b");
  private static final Pattern IMAGE_SET = Pattern.compile("(?i)(?:-webkit-)?image-set\\(");
  private static final Pattern CSS_ESCAPE =
      Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})[ \\t\\n]?|([^\\n0-9a-fA-F]))");

  /** SMIL elements, which can set any attribute of another element, {@code href} too. */
  private static final java.util.Set<String> ANIMATIONS =
      java.util.Set.of("set", "animate", "animateMotion", "animateTransform", "animateColor");

  private static final Pattern INTERNAL = Pattern.compile("#[^\\s#'\"()\\\\]+");
  private static final String WHAT_TO_DO =
      "draw it in the SVG itself, or refer only to an element of the same drawing (#id)";

  /**
   * Every external reference and every piece of active content in {@code svg}, each at its line and
   * column; nothing when the XML cannot be read ({@link SafeXml#check} reports why).
   */
  public static List<Diagnostic> check(Path file, String svg) {
    return new SvgReferences(file, svg).scan();
  }

  private final Path file;
  private final String svg;
  private final List<Integer> lineStarts = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  private SvgReferences(Path file, String svg) {
    this.file = file;
    this.svg = svg;
    lineStarts.add(0);
    for (int i = 0; i < svg.length(); i++) {
      if (svg.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
  }

  private List<Diagnostic> scan() {
    try {
      XMLStreamReader reader = SafeXml.factory().createXMLStreamReader(new StringReader(svg));
      boolean inStyle = false;
      // The parser's locations are where it stopped reading, not where an event starts: the
      // places are found in the text instead, each after the one before.
      int cursor = 0;
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamReader.START_ELEMENT -> {
            int tag = startTag(reader, cursor);
            element(reader, tag);
            inStyle = reader.getLocalName().equals("style");
            cursor = tag + 1;
          }
          case XMLStreamReader.END_ELEMENT -> inStyle = false;
          case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA -> {
            if (inStyle) {
              stylesheet(after(cursor, ">"), "the <style> element", reader.getText());
            }
          }
          case XMLStreamReader.COMMENT -> cursor = after(svg.indexOf("<!--", cursor), "-->");
          case XMLStreamReader.PROCESSING_INSTRUCTION -> {
            int instruction = Math.max(cursor, svg.indexOf("<?", cursor));
            if ("xml-stylesheet".equalsIgnoreCase(reader.getPITarget())) {
              problems.add(
                  external(
                      instruction,
                      "an <?xml-stylesheet?> instruction loads a stylesheet from elsewhere; "
                          + "style the drawing with its own attributes"));
            }
            cursor = after(instruction, "?>");
          }
          default -> {}
        }
      }
    } catch (XMLStreamException malformed) {
      // SafeXml.check reports malformed XML and DOCTYPEs at their place.
    }
    return List.copyOf(problems);
  }

  /** Where the start tag of the current element is written, from {@code cursor} on. */
  private int startTag(XMLStreamReader reader, int cursor) {
    String prefix = reader.getPrefix();
    String name = (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + reader.getLocalName();
    Matcher tag = Pattern.compile("<" + Pattern.quote(name) + "(?=[\\s/>])").matcher(svg);
    return tag.find(Math.max(0, cursor)) ? tag.start() : Math.max(0, cursor);
  }

  /** The offset just after the next {@code text} from {@code from} on; {@code from} if none. */
  private int after(int from, String text) {
    int start = Math.max(0, from);
    int found = svg.indexOf(text, start);
    return found < 0 ? start : found + text.length();
  }

  private void element(XMLStreamReader reader, int tag) {
    String name = reader.getLocalName();
    String animated = String.valueOf(reader.getAttributeValue(null, "attributeName"));
    if (ANIMATIONS.contains(name)
        && (animated.endsWith("href")
            || animated.equalsIgnoreCase("style")
            || animated.startsWith("on"))) {
      problems.add(
          at(
                  tag,
                  "a <"
                      + name
                      + "> that changes "
                      + animated
                      + " can point the drawing elsewhere or run a script; remove it")
              .withRule(ACTIVE_CONTENT));
    }
    if (name.equals("script") || name.equalsIgnoreCase("foreignObject")) {
      problems.add(
          at(
                  tag,
                  "a <"
                      + name
                      + "> element in a drawing "
                      + (name.equals("script")
                          ? "runs a script in every reader's page"
                          : "puts HTML of its own into the page")
                      + "; remove it and draw the content with SVG shapes and text")
              .withRule(ACTIVE_CONTENT));
    }
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String attribute = reader.getAttributeLocalName(i);
      String value = reader.getAttributeValue(i);
      String shown = attributeName(reader, i);
      int written = attributeOffset(tag, shown);
      if (attribute.toLowerCase(Locale.ROOT).startsWith("on")) {
        problems.add(
            at(
                    written,
                    "the event attribute "
                        + shown
                        + " of <"
                        + name
                        + "> runs a script in every reader's page; remove it")
                .withRule(ACTIVE_CONTENT));
      } else if (attribute.equals("href") || attribute.equals("src")) {
        if (!INTERNAL.matcher(value.strip()).matches()) {
          problems.add(
              external(
                  written,
                  shown
                      + "=\""
                      + value
                      + "\" of <"
                      + name
                      + "> refers outside the drawing; "
                      + WHAT_TO_DO));
        }
      } else {
        stylesheet(written, shown + " of <" + name + ">", value);
      }
    }
  }

  /** The {@code url()} references and {@code @import} rules of CSS in {@code where}. */
  private void stylesheet(int start, String where, String written) {
    // CSS escapes spell the same function: \75 rl( is url(; match what the browser reads.
    String css = unescaped(written);
    Matcher url = URL_FUNCTION.matcher(css);
    while (url.find()) {
      String target = firstNonNull(url.group(1), url.group(2), url.group(3)).strip();
      if (!INTERNAL.matcher(target).matches()) {
        problems.add(
            external(
                written(start, url.group()),
                "url(" + target + ") in " + where + " refers outside the drawing; " + WHAT_TO_DO));
      }
    }
    Matcher imports = IMPORT.matcher(css);
    while (imports.find()) {
      problems.add(
          external(
              written(start, imports.group()),
              "an @import in " + where + " loads a stylesheet from elsewhere; " + WHAT_TO_DO));
    }
    Matcher imageSet = IMAGE_SET.matcher(css);
    while (imageSet.find()) {
      problems.add(
          external(
              written(start, imageSet.group()),
              "an "
                  + imageSet.group().replace("(", "()")
                  + " in "
                  + where
                  + " loads images by URL; "
                  + WHAT_TO_DO));
    }
  }

  /** CSS text with its escapes ({@code \75}, {@code \r}) read as the characters they stand for. */
  static String unescaped(String css) {
    Matcher escape = CSS_ESCAPE.matcher(css);
    StringBuilder out = new StringBuilder(css.length());
    while (escape.find()) {
      String replacement =
          escape.group(1) != null
              ? Character.toString(
                  Math.min(Integer.parseInt(escape.group(1), 16), Character.MAX_CODE_POINT))
              : escape.group(2);
      escape.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return escape.appendTail(out).toString();
  }

  private Diagnostic external(int offset, String message) {
    return at(offset, message).withRule(EXTERNAL_REFERENCE);
  }

  private Diagnostic at(int offset, String message) {
    int at = Math.max(0, Math.min(offset, svg.length()));
    int line = lineOf(at);
    int lineStart = lineStarts.get(line - 1);
    int lineEnd = line < lineStarts.size() ? lineStarts.get(line) - 1 : svg.length();
    return Diagnostic.error(file, line, svg.codePointCount(lineStart, at) + 1, message)
        .withSourceLine(svg.substring(lineStart, Math.max(lineStart, lineEnd)));
  }

  private int lineOf(int offset) {
    int found = java.util.Collections.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** Where an attribute of the tag starting at {@code tag} is written; the tag if not found. */
  private int attributeOffset(int tag, String name) {
    Matcher written = Pattern.compile("(?<![\\w:.-])" + Pattern.quote(name) + "\\s*=").matcher(svg);
    return written.find(tag) ? written.start() : tag;
  }

  /** Where {@code text} is first written from {@code start} on; {@code start} if not found. */
  private int written(int start, String text) {
    int found = svg.indexOf(text, start);
    return found < 0 ? start : found;
  }

  private static String attributeName(XMLStreamReader reader, int index) {
    String prefix = reader.getAttributePrefix(index);
    String local = reader.getAttributeLocalName(index);
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return "";
  }
}
