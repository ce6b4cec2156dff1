package io.github.awsnetbook.tools.diagnostics;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as JSON, two spaces of indentation, keys in the
 * maps' order: the same findings give the same bytes. (The tools need no JSON library for this
 * little.)
 */
public final class Json {

  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    value(out, value, 0);
    return out.append('\n').toString();
  }

  /** One string as a JSON string literal, quotes included. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder();
    string(out, text);
    return out.toString();
  }

  private static void value(StringBuilder out, Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(out, text);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      object(out, map, depth);
    } else if (value instanceof List<?> list) {
      array(out, list, depth);
    } else {
      throw new IllegalArgumentException("not JSON: " + value.getClass());
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      indent(out, depth + 1);
      string(out, String.valueOf(entry.getKey()));
      out.append(": ");
      value(out, entry.getValue(), depth + 1);
      out.append(entries.hasNext() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append('}');
  }

  private static void array(StringBuilder out, List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      indent(out, depth + 1);
      value(out, list.get(i), depth + 1);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append(']');
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("  ".repeat(depth));
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
