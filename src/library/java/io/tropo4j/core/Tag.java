package io.tropo4j.core;

import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import java.util.Objects;

/** One resource tag: {"Key": ..., "Value": ...}. */
public final class Tag implements Value<Tag> {
  private final String key;
  private final Value<String> value;

  private Tag(String key, Value<String> value) {
    this.key = Objects.requireNonNull(key, "tag key");
    this.value = NonNull.check(value, "value of tag ", key);
  }

  public static Tag of(String key, String value) {
    return new Tag(key, Value.of(value));
  }

  public static Tag of(String key, Value<String> value) {
    return new Tag(key, value);
  }

  public String key() {
    return key;
  }

  public Value<String> value() {
    return value;
  }

  @Override
  public void writeTo(Sink out) {
    out.beginObject();
    out.key("Key");
    out.string(key);
    out.key("Value");
    value.writeTo(out);
    out.endObject();
  }
}
