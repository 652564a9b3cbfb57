package io.tropo4j.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON (RFC 8259) into nodes with Jackson's streaming parser: each node at its token's place, a number
 * with its text as written, duplicate keys refused (CloudFormation would keep one of them silently).
 * Jackson's errors become our sentences: Jackson says where it stopped, and what we were reading there
 * (a string, an object's members, an array's items) with the character it stopped at says what is wrong.
 */
final class JsonReader {
  /** Deeper than any template: a guard against a stack overflow on hostile input. */
  private static final int MAX_DEPTH = 500;

  /**
   * Nesting is the one limit: a template is at most 1 MB, and a number, string or key of any length is
   * kept as it was written.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
          .maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE)
          .build())
      .build();

  private static final String A_VALUE = "expected a value (an object, array, string, number, true, false or null) "
      + "but found ";

  /** An object or array being read: where it starts, and in an object the key of the last member. */
  private static final class Open {
    final boolean object;
    final long start;
    boolean empty = true;
    String key;

    Open(boolean object, long start) {
      this.object = object;
      this.start = start;
    }
  }

  private final String text;
  private final String fileName;
  private final JsonParser parser;
  private final Positions positions;
  private final Deque<Open> open = new ArrayDeque<>();
  /** Where the last token Jackson handed over starts. */
  private long lastToken = -1;
  /** Just past the last value read in full, or past the '{' or '[' just opened. */
  private long lastEnd;
  /** The start of the string whose characters are being decoded, or -1. */
  private long string = -1;
  private boolean rootRead;

  private JsonReader(String text, String fileName, JsonParser parser) {
    this.text = text;
    this.fileName = fileName;
    this.parser = parser;
    this.positions = new Positions(text);
  }

  /** The one value the text holds. */
  static Node read(String text, String fileName) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return new JsonReader(text, fileName, parser).document();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a parser over a string reads no file; its errors are handled below
    }
  }

  private Node document() throws IOException {
    try {
      JsonToken first = next();
      if (first == null) {
        throw error(text.length(), "the file is empty; a template is a JSON object with a Resources section");
      }
      Node root = value(first);
      rootRead = true;
      if (next() != null) {
        throw error(lastToken, "there is more after the end of the JSON document: " + found(lastToken));
      }
      return root;
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  private JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token != null) {
      lastToken = parser.currentTokenLocation().getCharOffset();
    }
    return token;
  }

  private Node value(JsonToken token) throws IOException {
    Position at = position(lastToken);
    return switch (token) {
      case START_OBJECT -> object(at);
      case START_ARRAY -> array(at);
      case VALUE_STRING -> {
        string = lastToken;
        String value = parser.getText(); // Jackson decodes a string only when asked
        string = -1;
        lastEnd = parser.currentLocation().getCharOffset();
        yield Scalar.string(value, at);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(Scalar.Kind.NUMBER, parser.getText(), at);
      case VALUE_TRUE -> scalar(Scalar.Kind.BOOLEAN, "true", at);
      case VALUE_FALSE -> scalar(Scalar.Kind.BOOLEAN, "false", at);
      case VALUE_NULL -> scalar(Scalar.Kind.NULL, "null", at);
      default -> throw new IllegalStateException("a value cannot start with " + token);
    };
  }

  private Scalar scalar(Scalar.Kind kind, String source, Position at) {
    lastEnd = parser.currentLocation().getCharOffset();
    return new Scalar(kind, source, at);
  }

  private Node object(Position start) throws IOException {
    Open frame = open(true);
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, Position> keyAt = new LinkedHashMap<>();
    while (next() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Position first = keyAt.putIfAbsent(key, position(lastToken));
      if (first != null) {
        throw error(lastToken, "duplicate key \"" + key + "\" in an object (first at line " + first.line() + ")");
      }
      frame.key = key;
      entries.put(key, value(next()));
      frame.empty = false;
    }
    close(); // Jackson checks the brackets: this is the object's '}'
    return Intrinsics.isLongForm(entries)
        ? Intrinsics.make(entries.keySet().iterator().next(), entries.values().iterator().next(), start)
        : new MapNode(entries, start);
  }

  private Node array(Position start) throws IOException {
    Open frame = open(false);
    List<Node> items = new ArrayList<>();
    for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
      items.add(value(token));
      frame.empty = false;
    }
    close();
    return new ListNode(items, start);
  }

  private Open open(boolean object) {
    Open frame = new Open(object, lastToken);
    open.push(frame);
    lastEnd = parser.currentLocation().getCharOffset();
    return frame;
  }

  private void close() {
    open.pop();
    lastEnd = parser.currentLocation().getCharOffset();
  }

  /** Jackson's error as one of our sentences, at the character it concerns. */
  private TemplateReadException translate(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return error(parser.currentLocation().getCharOffset() - 1, // the bracket one level too deep
          "values are nested more than " + MAX_DEPTH + " levels deep");
    }
    long at = Math.min(text.length(),
        (e.getLocation() == null ? parser.currentLocation() : e.getLocation()).getCharOffset());
    if (string >= 0) {
      if (e instanceof JsonEOFException || at >= text.length()) {
        return isEscape(text.length() - 1) ? error(text.length() - 1, "a string ends in a lone backslash")
            : error(string, "a string that starts here is never closed");
      }
      return inString(string, at);
    }
    if (e instanceof JsonEOFException eof && eof.getTokenBeingDecoded() == JsonToken.FIELD_NAME) {
      return error(keyStart(), "a string that starts here is never closed");
    }
    // A control character between tokens is reported just after it (in a string, at it).
    boolean stray = isControl(charAt(at - 1));
    if (stray) {
      at--;
    }
    boolean ended = !stray && (e instanceof JsonEOFException || at >= text.length());
    // Where Jackson's token location moved past the last token handed over, it began the next one.
    long token = parser.currentTokenLocation().getCharOffset();
    boolean began = token != lastToken;
    if (rootRead) {
      long where = began ? token : at;
      return error(where, "there is more after the end of the JSON document: " + found(where));
    }
    Open frame = open.peek();
    if (frame == null) {
      // a number that is the whole document, with more right after it
      return began && isNumberStart(charAt(token)) && Character.isDigit(charAt(at - 1))
          && "{[\"]},:".indexOf(charAt(at)) >= 0
          ? error(at, "there is more after the end of the JSON document: " + found(at))
          : badValue(began ? token : at, false);
    }
    boolean afterValue = !frame.empty && at >= lastEnd && text.substring((int) lastEnd, (int) at).isBlank();
    if (afterValue && at == lastEnd && isNumberStart(charAt(lastToken))
        && (Character.isLetterOrDigit(charAt(at)) || "+-.".indexOf(charAt(at)) >= 0)) {
      return badValue(lastToken, false); // a number run into more, as 1x: Jackson ends the number before it
    }
    String ends = "the file ends inside " + (frame.object ? "an object" : "an array") + " that starts at "
        + position(frame.start);
    if (!frame.object) {
      // Jackson reads an item's comma and its value in one step
      return ended && !began ? error(text.length(), ends)
          : afterValue ? error(at, "expected ',' or ']' after an array item but found " + found(at))
          : badValue(began ? token : at, true);
    }
    // ... and a member's comma, key, colon and value: once it has the key, the token is the key
    if (began && parser.currentToken() == JsonToken.FIELD_NAME) {
      long value = wordStart(at);
      if (previous(value) == ':') {
        return ended && value >= text.length() ? error(text.length(), ends) : badValue(value, false);
      }
      return ended ? error(text.length(), ends) : error(at, "expected ':' after the key \""
          + parser.getParsingContext().getCurrentName() + "\" but found " + found(at));
    }
    if (ended) {
      return error(text.length(), ends);
    }
    if (afterValue) {
      return error(at, "expected ',' or '}' after the value of \"" + frame.key + "\" but found " + found(at));
    }
    if (!stray && (charAt(at) < 0x20 || isEscape(at - 1) || unicodeEscape(at) >= 0)) {
      return inString(keyStart(), at); // in the key Jackson was reading
    }
    return error(at, previous(at) == ',' && charAt(at) == '}'
        ? "a comma before '}': JSON allows no comma after an object's last member"
        : "expected a key in double quotes but found " + found(at));
  }

  /** Where the word (a number, a literal) that {@code at} is in or just after starts. */
  private long wordStart(long at) {
    long start = at;
    while (start > 0 && (Character.isLetterOrDigit(charAt(start - 1)) || "+-.".indexOf(charAt(start - 1)) >= 0)) {
      start--;
    }
    return start;
  }

  /** A value Jackson refused where it starts: a bad number, a misspelt literal, a stray character. */
  private TemplateReadException badValue(long start, boolean inArray) {
    char c = charAt(start);
    if (isNumberStart(c)) {
      int end = (int) start;
      while (end < text.length() && "+-0123456789.eE".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      String number = text.substring((int) start, end)
          + (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) ? text.charAt(end) : "");
      return error(start, "'" + number + "' is not a JSON number (no leading zeros, a digit on both sides of the point)");
    }
    if (inArray && c == ']') {
      return error(start, "a comma before ']': JSON allows no comma after an array's last item");
    }
    return error(start, A_VALUE + found(start));
  }

  /** What is wrong at {@code at} inside the string that starts at {@code start}. */
  private TemplateReadException inString(long start, long at) {
    char c = charAt(at);
    long unicode = unicodeEscape(at);
    if (unicode >= 0) {
      return error(unicode, "\\u must be followed by four hexadecimal digits");
    }
    if (isEscape(at - 1)) {
      return error(at - 1, "\\" + c + " is not a JSON escape; write \\\\ for a backslash");
    }
    if (c == '\n') {
      return error(at, "a string that starts at " + position(start) + " runs past the end of the line");
    }
    if (c < 0x20) {
      return error(at, "a control character (U+" + String.format("%04X", (int) c) + ") in a string; write it as an "
          + "escape");
    }
    return error(start, "a string that starts here is not one JSON allows");
  }

  /** The backslash of a {@code \\u} escape whose digits stop at {@code at}, or -1. */
  private long unicodeEscape(long at) {
    for (long u = at - 2; u >= Math.max(0, at - 5); u--) {
      if (isEscape(u) && charAt(u + 1) == 'u'
          && text.substring((int) u + 2, (int) at).chars().allMatch(d -> "0123456789abcdefABCDEF".indexOf(d) >= 0)) {
        return u;
      }
    }
    return -1;
  }

  /** Whether the character at {@code index} is a backslash that starts an escape, not one escaped. */
  private boolean isEscape(long index) {
    long run = 0;
    while (charAt(index - run) == '\\') {
      run++;
    }
    return run % 2 == 1;
  }

  private static boolean isNumberStart(char c) {
    return c == '-' || c >= '0' && c <= '9';
  }

  /** A control character JSON does not take as white space. */
  private static boolean isControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  /** The opening quote of the key Jackson was reading: the first after the last value (or the '{'). */
  private long keyStart() {
    int quote = text.indexOf('"', (int) lastEnd);
    return quote < 0 ? lastEnd : quote;
  }

  /** The last character before {@code at} that is not white space, or 0. */
  private char previous(long at) {
    for (long i = at - 1; i >= 0; i--) {
      char c = text.charAt((int) i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return c;
      }
    }
    return 0;
  }

  /** The character at {@code index}, or U+FFFF outside the text (no character the reader looks for). */
  private char charAt(long index) {
    return index >= 0 && index < text.length() ? text.charAt((int) index) : '\uFFFF';
  }

  /** What stands at {@code at}, for a message. */
  private String found(long at) {
    if (at >= text.length()) {
      return "the end of the file";
    }
    int start = (int) at;
    int end = start;
    while (end < text.length() && end - start < 20 && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return "'" + text.substring(start, Math.max(end, start + 1)) + "'";
  }

  private Position position(long index) {
    return positions.of((int) Math.max(0, index));
  }

  private TemplateReadException error(long index, String sentence) {
    return new TemplateReadException(fileName, position(index), sentence);
  }
}
