package io.tropo4j.emit;

import io.tropo4j.emit.TreeSink.Tagged;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Writable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes template data as block-style YAML with CloudFormation's short tags ({@code !Ref}, {@code
 * !GetAtt Name.Attribute}, {@code !Sub |} with the script below it). Strings are left plain only when
 * no YAML 1.1 reader could take them for anything else; multi-line strings become literal blocks.
 */
public final class YamlWriter {
  private static final Set<String> RESERVED =
      Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "=", "<<");
  /**
   * The characters a plain scalar may not start with: YAML indicators, digits, '+' and '.', which
   * could read as numbers, and whitespace (as regex {@code \s}: space, tab, line feed, vertical
   * tab, form feed, carriage return). A lookup rather than a regular expression: it runs for every
   * string of every template, mostly before anything is compiled.
   */
  private static final String UNSAFE_START = "-?:,[]{}#&*!|>'\"%@`0123456789+. \t\n\u000B\f\r";

  private final StringBuilder out = new StringBuilder(8192);

  private YamlWriter() {}

  /** Runs {@code source} against a YAML writer and returns the text. */
  public static String write(Writable source) {
    YamlWriter writer = new YamlWriter();
    Object root = TreeSink.build(source);
    if (root instanceof Map<?, ?> map && !map.isEmpty()) {
      writer.entries(map, 0, false);
    } else {
      writer.out.append(writer.inline(root, 0)).append('\n');
    }
    return writer.out.toString();
  }

  /** After "key:", "- " or "!Tag": the value, either on this line or indented below it. */
  private void value(Object node, int indent, boolean afterDash) {
    if (node instanceof Map<?, ?> map && !map.isEmpty()) {
      if (afterDash) {
        out.append(' ');
        entries(map, indent + 2, true);
      } else {
        out.append('\n');
        entries(map, indent + 2, false);
      }
    } else if (node instanceof List<?> list && !list.isEmpty()) {
      if (afterDash) {
        out.append(' ');
        items(list, indent + 2, true);
      } else {
        out.append('\n');
        items(list, indent + 2, false);
      }
    } else if (node instanceof Tagged tagged) {
      out.append(" !").append(tagged.call().shortTag());
      if (tagged.argument() instanceof Tagged inner) {
        // YAML allows one tag per node: the inner call takes its long form, {"Fn::X": ...}.
        out.append('\n');
        indent(indent + 2);
        out.append(inner.call().function()).append(':');
        value(inner.longArgument(), indent + 2, false);
      } else {
        value(tagged.argument(), indent, false);
      }
    } else {
      out.append(' ').append(inline(node, indent)).append('\n');
    }
  }

  private void entries(Map<?, ?> map, int indent, boolean firstInline) {
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(first && firstInline)) {
        indent(indent);
      }
      first = false;
      out.append(scalar((String) entry.getKey())).append(':');
      value(entry.getValue(), indent, false);
    }
  }

  private void items(List<?> list, int indent, boolean firstInline) {
    boolean first = true;
    for (Object item : list) {
      if (!(first && firstInline)) {
        indent(indent);
      }
      first = false;
      out.append('-');
      value(item, indent, true);
    }
  }

  /** A scalar or empty collection on the current line; a multi-line string as a literal block. */
  private String inline(Object node, int indent) {
    if (node instanceof Map<?, ?>) {
      return "{}";
    } else if (node instanceof List<?>) {
      return "[]";
    } else if (node instanceof String s) {
      return literalBlockAllowed(s) ? literalBlock(s, indent + 2) : scalar(s);
    } else if (node instanceof Number n) {
      return number(n);
    }
    return String.valueOf(node);
  }

  /**
   * A number as YAML 1.1 and 1.2 both read it as one: JSON's form, with an exponent's sign always
   * written and a point before it, since YAML 1.1 takes "1E10" and "1.0E10" for strings.
   */
  static String number(Number n) {
    return JsonWriter.format(n); // its exponent signed already, which YAML 1.1 needs
  }

  static String scalar(String s) {
    if (isPlainSafe(s)) {
      return s;
    }
    for (int i = 0; i < s.length(); i++) {
      if (mustEscape(s, i)) {
        return doubleQuoted(s);
      }
    }
    return "'" + s.replace("'", "''") + "'";
  }

  /**
   * A character that only a double-quoted escape carries through every reader: C0 and C1 controls
   * and DEL; NEL and the Unicode line and paragraph separators, which YAML 1.1 takes for line breaks;
   * the byte-order mark and the non-characters U+FFFE and U+FFFF; a surrogate without its pair.
   */
  static boolean mustEscape(String s, int i) {
    char c = s.charAt(i);
    if (c >= 0x20 && c < 0x7f) {
      return false; // printable ASCII, nearly every character: answered before any other test
    }
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff || c == 0xfffe
        || c == 0xffff || Text.isLoneSurrogate(s, i);
  }

  static boolean isPlainSafe(String s) {
    return !s.isEmpty()
        && UNSAFE_START.indexOf(s.charAt(0)) < 0
        && !Character.isWhitespace(s.charAt(s.length() - 1))
        && !s.endsWith(":")
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.contains("\t")
        && !hasEscapes(s)
        // no lower-case copy of longer strings: the longest reserved word is "false"
        && (s.length() > 5 || !RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT)));
  }

  private static boolean hasEscapes(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (mustEscape(s, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean literalBlockAllowed(String s) {
    if (s.indexOf('\n') < 0 || s.indexOf('\r') >= 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\n' && c != '\t' && mustEscape(s, i)) {
        return false;
      }
    }
    // A block's indentation is read off its first non-empty line, which must not start with blanks.
    for (String line : s.split("\n", -1)) {
      if (!line.isEmpty()) {
        return !Character.isWhitespace(line.charAt(0));
      }
    }
    return false;
  }

  private String literalBlock(String s, int indent) {
    int trailing = 0;
    while (trailing < s.length() && s.charAt(s.length() - 1 - trailing) == '\n') {
      trailing++;
    }
    String chomp = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
    StringBuilder block = new StringBuilder(chomp);
    String body = s.substring(0, s.length() - trailing);
    for (String line : body.split("\n", -1)) {
      block.append('\n');
      if (!line.isEmpty()) {
        block.append(" ".repeat(indent)).append(line);
      }
    }
    for (int i = 1; i < trailing; i++) {
      block.append('\n');
    }
    return block.toString();
  }

  private static String doubleQuoted(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\r' -> q.append("\\r");
        case '\t' -> q.append("\\t");
        default -> {
          if (c <= 0xff && mustEscape(s, i)) {
            q.append(String.format("\\x%02x", (int) c));
          } else if (mustEscape(s, i)) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  private static final String SPACES = " ".repeat(64);

  /** A run of spaces in one append where it can, rather than an append a space. */
  private void indent(int indent) {
    if (indent <= SPACES.length()) {
      out.append(SPACES, 0, indent);
    } else {
      out.append(" ".repeat(indent));
    }
  }
}
