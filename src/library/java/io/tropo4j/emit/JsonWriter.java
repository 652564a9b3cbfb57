package io.tropo4j.emit;

import io.tropo4j.fn.Call;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Writable;
import java.math.BigDecimal;

/**
 * Writes template data as JSON, indented by two spaces, keys in the order they come. Streaming into
 * one StringBuilder: no tree is built, so a large template costs one pass.
 */
public final class JsonWriter implements Sink {
  private final StringBuilder out;
  private int depth;
  /** How many members the container at each depth has written so far. */
  private int[] counts = new int[32];
  private boolean afterKey;

  private JsonWriter(StringBuilder out) {
    this.out = out;
  }

  /** Runs {@code source} against a JSON writer and returns the text, ending with a newline. */
  public static String write(Writable source) {
    JsonWriter writer = new JsonWriter(new StringBuilder(1 << 16));
    source.writeTo(writer);
    return writer.out.append('\n').toString();
  }

  @Override
  public void beginObject() {
    beforeValue();
    out.append('{');
    push();
  }

  @Override
  public void key(String name) {
    if (counts[depth]++ > 0) {
      out.append(',');
    }
    newline();
    quote(name);
    out.append(": ");
    afterKey = true;
  }

  @Override
  public void endObject() {
    close('}');
  }

  @Override
  public void beginArray() {
    beforeValue();
    out.append('[');
    push();
  }

  @Override
  public void endArray() {
    close(']');
  }

  @Override
  public void string(String value) {
    beforeValue();
    quote(value);
  }

  @Override
  public void number(Number value) {
    beforeValue();
    out.append(format(value));
  }

  @Override
  public void bool(boolean value) {
    beforeValue();
    out.append(value);
  }

  @Override
  public void call(Call call) {
    beginObject();
    key(call.function());
    call.writeArgument(this);
    endObject();
  }

  static String format(Number value) {
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON has no " + d);
      }
      // threshold(70) is written 70, not 70.0: the same JSON number, as a person would write it.
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return withSignedExponent(Double.toString(d));
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value.toString();
  }

  /**
   * {@code 1.2345E300} as {@code 1.2345e+300}: the same JSON number, and the form YAML 1.1 reads as a
   * number too (it takes an exponent with its sign only), as cfn-lint's YAML loader reads JSON templates.
   */
  private static String withSignedExponent(String number) {
    int e = number.indexOf('E');
    if (e < 0) {
      return number;
    }
    String mantissa = number.substring(0, e);
    String exponent = number.substring(e + 1);
    return (mantissa.contains(".") ? mantissa : mantissa + ".0") + "e" + (exponent.startsWith("-") ? exponent
        : "+" + exponent);
  }

  private void beforeValue() {
    if (afterKey) {
      afterKey = false;
    } else if (depth > 0) {
      if (counts[depth]++ > 0) {
        out.append(',');
      }
      newline();
    }
  }

  private void push() {
    if (++depth == counts.length) {
      counts = java.util.Arrays.copyOf(counts, depth * 2);
    }
    counts[depth] = 0;
  }

  private void close(char bracket) {
    boolean empty = counts[depth] == 0;
    depth--;
    if (!empty) {
      newline();
    }
    out.append(bracket);
  }

  private static final String SPACES = "\n" + " ".repeat(64);

  private void newline() {
    int width = 2 * depth;
    if (width < SPACES.length()) {
      out.append(SPACES, 0, width + 1);
    } else {
      out.append('\n').append(" ".repeat(width));
    }
  }

  private void quote(String s) {
    out.append('"');
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // The surrogate test only for surrogates: a call per character costs, interpreted. ASCII below DEL
      // takes one comparison more than before.
      if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7f && (notForYaml(c)
          || Character.isSurrogate(c) && Text.isLoneSurrogate(s, i))) {
        out.append(s, start, i);
        escape(c);
        start = i + 1;
      }
    }
    out.append(s, start, s.length()).append('"');
  }

  /**
   * What JSON allows as it is but a YAML reader refuses in a stream (DEL, the C1 controls but NEL, the
   * non-characters U+FFFE and U+FFFF) or takes for a line break (U+2028, U+2029): cfn-lint reads every
   * template with its YAML loader first, and could not read such a file. Escaped, it is the same JSON.
   */
  private static boolean notForYaml(char c) {
    return c <= 0x9f || c == '\u2028' || c == '\u2029' || c >= '\ufffe';
  }

  private void escape(char c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> out.append(String.format("\\u%04x", (int) c));
    }
  }
}
