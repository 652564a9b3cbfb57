package io.tropo4j.fn;

import java.util.Objects;

/** A plain string, number or boolean. */
final class Literal<T> implements Value<T> {
  private final Object value;

  Literal(Object value) {
    this.value = Objects.requireNonNull(value, "a literal value must not be null");
  }

  /** The string, number or boolean itself. */
  Object value() {
    return value;
  }

  @Override
  public void writeTo(Sink out) {
    if (value instanceof String s) {
      out.string(s);
    } else if (value instanceof Boolean b) {
      out.bool(b);
    } else {
      out.number((Number) value);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Literal<?> other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
