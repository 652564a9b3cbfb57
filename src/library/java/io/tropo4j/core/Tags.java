package io.tropo4j.core;

import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of tags: {@code Tags.of("Name", "web").and("Stack", Pseudo.STACK_NAME)}. Later
 * keys replace earlier ones, as they would in CloudFormation.
 */
public final class Tags implements Value<List<Tag>> {
  private final List<Tag> tags = new ArrayList<>();

  private Tags() {}

  public static Tags of(String key, String value) {
    return new Tags().and(key, value);
  }

  public static Tags of(String key, Value<String> value) {
    return new Tags().and(key, value);
  }

  public Tags and(String key, String value) {
    return and(Tag.of(key, value));
  }

  public Tags and(String key, Value<String> value) {
    return and(Tag.of(key, value));
  }

  public Tags and(Tag tag) {
    tags.removeIf(t -> t.key().equals(tag.key()));
    tags.add(tag);
    return this;
  }

  public List<Tag> tags() {
    return Collections.unmodifiableList(tags);
  }

  /** The same tags as a map of key to value, for resource types that take their tags that way. */
  public Value<Map<String, String>> asMap() {
    return out -> {
      out.beginObject();
      for (Tag tag : tags) {
        out.key(tag.key());
        tag.value().writeTo(out);
      }
      out.endObject();
    };
  }

  /** The same tags for an Auto Scaling group, each also applied to the instances it launches. */
  public Value<List<Tag>> propagatedAtLaunch() {
    return out -> {
      out.beginArray();
      for (Tag tag : tags) {
        out.beginObject();
        out.key("Key");
        out.string(tag.key());
        out.key("Value");
        tag.value().writeTo(out);
        out.key("PropagateAtLaunch");
        out.bool(true);
        out.endObject();
      }
      out.endArray();
    };
  }

  @Override
  public void writeTo(Sink out) {
    out.beginArray();
    for (Tag tag : tags) {
      tag.writeTo(out);
    }
    out.endArray();
  }
}
