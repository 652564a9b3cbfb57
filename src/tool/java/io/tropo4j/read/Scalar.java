package io.tropo4j.read;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A string, number, boolean or null, with the type the file gave it and its text: a number's text as
 * written ({@code 1.0}, {@code 0x1F}), a boolean's as written ({@code True}, {@code yes}), a string's
 * value (quotes and escapes resolved). Equal when kind and value are: {@code yes} and {@code true} are
 * the same boolean, {@code ~} and {@code null} the same null, but the numbers {@code 1.50} and
 * {@code 1.5} differ, as CloudFormation hands a number on as the text it was written as.
 *
 * @param text for a string its value; otherwise the source text ("" for an empty YAML value)
 */
public record Scalar(Kind kind, String text, Position position) implements Node {
  public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

  public Scalar {
    if (kind == null || text == null) {
      throw new IllegalArgumentException("a scalar has a kind and a text");
    }
  }

  public static Scalar string(String value, Position position) {
    return new Scalar(Kind.STRING, value, position);
  }

  public boolean isString() {
    return kind == Kind.STRING;
  }

  /**
   * The value as CloudFormation hands it to a resource, a string: a string as it is, a number as
   * written, a boolean as {@code true} or {@code false}, null as "".
   */
  public String string() {
    return switch (kind) {
      case STRING, NUMBER -> text;
      case BOOLEAN -> String.valueOf(booleanValue());
      case NULL -> "";
    };
  }

  /** For a boolean: its value, whichever spelling the file used. */
  public boolean booleanValue() {
    if (kind != Kind.BOOLEAN) {
      throw new IllegalStateException("not a boolean: " + text);
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      default -> false;
    };
  }

  /** For a number written in decimal (JSON's form, as tropo4j writes them): its value. */
  public BigDecimal decimalValue() {
    if (kind != Kind.NUMBER) {
      throw new IllegalStateException("not a number: " + text);
    }
    return new BigDecimal(text.replace("_", "").replaceFirst("^\\+", ""));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scalar scalar && kind == scalar.kind && string().equals(scalar.string());
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + string().hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
