package io.tropo4j.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON (RFC 8259) into nodes, by hand: every error names its line and column, duplicate keys are
 * refused (CloudFormation would keep one of them silently), and a number keeps its text.
 */
final class JsonReader {
  /** Deeper than any template: a guard against a stack overflow on hostile input. */
  private static final int MAX_DEPTH = 500;

  private final String text;
  private final String fileName;
  private final Positions positions;
  private int at;

  private JsonReader(String text, String fileName) {
    this.text = text;
    this.fileName = fileName;
    this.positions = new Positions(text);
  }

  /** The one value the text holds. */
  static Node read(String text, String fileName) {
    JsonReader reader = new JsonReader(text, fileName);
    reader.skipSpace();
    if (reader.at == text.length()) {
      throw reader.error(reader.at, "the file is empty; a template is a JSON object with a Resources section");
    }
    Node root = reader.value(0);
    reader.skipSpace();
    if (reader.at < text.length()) {
      throw reader.error(reader.at, "there is more after the end of the JSON document: " + reader.found());
    }
    return root;
  }

  private Node value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error(at, "values are nested more than " + MAX_DEPTH + " levels deep");
    }
    if (at >= text.length()) {
      throw error(at, "the file ends where a value was expected");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> {
        Position start = position(at);
        yield Scalar.string(string(), start);
      }
      case 't', 'f', 'n' -> literal();
      default -> {
        if (c == '-' || c >= '0' && c <= '9') {
          yield number();
        }
        throw error(at, "expected a value (an object, array, string, number, true, false or null) but found "
            + found());
      }
    };
  }

  private Node object(int depth) {
    int start = at++;
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, Integer> keyAt = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      at++;
      return new MapNode(entries, position(start));
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error(at, at >= text.length() ? "the file ends inside an object that starts at " + position(start)
            : "expected a key in double quotes but found " + found());
      }
      int keyStart = at;
      String key = string();
      if (keyAt.containsKey(key)) {
        throw error(keyStart, "duplicate key \"" + key + "\" in an object (first at line "
            + position(keyAt.get(key)).line() + ")");
      }
      keyAt.put(key, keyStart);
      skipSpace();
      if (peek() != ':') {
        throw error(at, "expected ':' after the key \"" + key + "\" but found " + found());
      }
      at++;
      skipSpace();
      entries.put(key, value(depth + 1));
      skipSpace();
      char next = peek();
      if (next == ',') {
        at++;
        skipSpace();
        if (peek() == '}') {
          throw error(at, "a comma before '}': JSON allows no comma after an object's last member");
        }
      } else if (next == '}') {
        at++;
        break;
      } else {
        throw error(at, at >= text.length() ? "the file ends inside an object that starts at " + position(start)
            : "expected ',' or '}' after the value of \"" + key + "\" but found " + found());
      }
    }
    return Intrinsics.isLongForm(entries)
        ? Intrinsics.make(entries.keySet().iterator().next(), entries.values().iterator().next(), position(start))
        : new MapNode(entries, position(start));
  }

  private Node array(int depth) {
    int start = at++;
    List<Node> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      at++;
      return new ListNode(items, position(start));
    }
    while (true) {
      skipSpace();
      items.add(value(depth + 1));
      skipSpace();
      char next = peek();
      if (next == ',') {
        at++;
        skipSpace();
        if (peek() == ']') {
          throw error(at, "a comma before ']': JSON allows no comma after an array's last item");
        }
      } else if (next == ']') {
        at++;
        return new ListNode(items, position(start));
      } else {
        throw error(at, at >= text.length() ? "the file ends inside an array that starts at " + position(start)
            : "expected ',' or ']' after an array item but found " + found());
      }
    }
  }

  /** A string at {@code at}, its escapes resolved; leaves {@code at} after the closing quote. */
  private String string() {
    int start = at++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error(start, "a string that starts here is never closed");
      }
      char c = text.charAt(at);
      if (c == '"') {
        at++;
        return value.toString();
      }
      if (c == '\\') {
        value.append(escape());
        continue;
      }
      if (c < 0x20) {
        throw error(at, c == '\n' ? "a string that starts at " + position(start) + " runs past the end of the line"
            : "a control character (U+" + String.format("%04X", (int) c) + ") in a string; write it as an escape");
      }
      value.append(c);
      at++;
    }
  }

  private char escape() {
    int start = at;
    if (at + 1 >= text.length()) {
      throw error(start, "a string ends in a lone backslash");
    }
    char c = text.charAt(at + 1);
    at += 2;
    return switch (c) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> {
        if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
          throw error(start, "\\u must be followed by four hexadecimal digits");
        }
        char unit = (char) Integer.parseInt(text.substring(at, at + 4), 16);
        at += 4;
        yield unit;
      }
      default -> throw error(start, "\\" + c + " is not a JSON escape; write \\\\ for a backslash");
    };
  }

  private Node literal() {
    int start = at;
    for (String word : new String[] {"true", "false", "null"}) {
      if (text.startsWith(word, at) && !isWordCharacter(at + word.length())) {
        at += word.length();
        return new Scalar(word.equals("null") ? Scalar.Kind.NULL : Scalar.Kind.BOOLEAN, word, position(start));
      }
    }
    throw error(start, "expected a value (an object, array, string, number, true, false or null) but found "
        + found());
  }

  private Node number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String number = text.substring(start, at);
    if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?") || isWordCharacter(at)) {
      throw error(start, "'" + number + (isWordCharacter(at) ? text.charAt(at) : "")
          + "' is not a JSON number (no leading zeros, a digit on both sides of the point)");
    }
    return new Scalar(Scalar.Kind.NUMBER, number, position(start));
  }

  private boolean isWordCharacter(int index) {
    return index < text.length() && Character.isLetterOrDigit(text.charAt(index));
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  /** What stands at {@code at}, for a message. */
  private String found() {
    if (at >= text.length()) {
      return "the end of the file";
    }
    int end = at;
    while (end < text.length() && end - at < 20 && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return "'" + text.substring(at, Math.max(end, at + 1)) + "'";
  }

  private Position position(int index) {
    return positions.of(index);
  }

  private TemplateReadException error(int index, String sentence) {
    return new TemplateReadException(fileName, position(index), sentence);
  }
}
