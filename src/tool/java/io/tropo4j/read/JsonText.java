package io.tropo4j.read;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/** Nodes written as JSON, functions in their long form: on one line, or indented. */
final class JsonText {
  /** JSON's number grammar; a YAML number in another form (0x1F, .inf, 1_000) is written as a string. */
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private JsonText() {}

  static String compact(Node node) {
    StringBuilder out = new StringBuilder();
    write(node, out, -1);
    return out.toString();
  }

  static String pretty(Node node) {
    StringBuilder out = new StringBuilder();
    write(node, out, 0);
    return out.toString();
  }

  /** @param indent the current depth, or -1 for one line */
  private static void write(Node node, StringBuilder out, int indent) {
    if (node instanceof MapNode map) {
      members(map.entries(), out, indent);
    } else if (node instanceof Intrinsic call) {
      members(Map.of(call.name(), call.argument()), out, indent);
    } else if (node instanceof ListNode list) {
      if (list.items().isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(indent < 0 ? ", " : ",");
        }
        newline(out, indent + 1, indent);
        write(list.get(i), out, indent < 0 ? -1 : indent + 1);
      }
      newline(out, indent, indent);
      out.append(']');
    } else {
      scalar((Scalar) node, out);
    }
  }

  private static void members(Map<String, Node> entries, StringBuilder out, int indent) {
    if (entries.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, Node>> it = entries.entrySet().iterator();
    boolean first = true;
    while (it.hasNext()) {
      Map.Entry<String, Node> entry = it.next();
      if (!first) {
        out.append(indent < 0 ? ", " : ",");
      }
      first = false;
      newline(out, indent + 1, indent);
      quote(entry.getKey(), out);
      out.append(": ");
      write(entry.getValue(), out, indent < 0 ? -1 : indent + 1);
    }
    newline(out, indent, indent);
    out.append('}');
  }

  private static void newline(StringBuilder out, int depth, int indent) {
    if (indent >= 0) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  private static void scalar(Scalar scalar, StringBuilder out) {
    switch (scalar.kind()) {
      case STRING -> quote(scalar.text(), out);
      case NUMBER -> {
        if (JSON_NUMBER.matcher(scalar.text()).matches()) {
          out.append(scalar.text());
        } else {
          quote(scalar.text(), out);
        }
      }
      case BOOLEAN -> out.append(scalar.booleanValue());
      case NULL -> out.append("null");
    }
  }

  static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
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
