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
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).key().equals(tag.key())) {
        tags.remove(i); // keys are unique, so there is at most one
        break;
      }
    }
    tags.add(tag);
    return this;
  }

  public List<Tag> tags() {
    return Collections.unmodifiableList(tags);
  }

  /** The same tags as a map of key to value, for resource types that take their tags that way. */
  public Value<Map<String, String>> asMap() {
    return new Shaped<>(this, Schema.TagForm.MAP);
  }

  /** The same tags for an Auto Scaling group, each also applied to the instances it launches. */
  public Value<List<Tag>> propagatedAtLaunch() {
    return new Shaped<>(this, Schema.TagForm.AUTOSCALING);
  }

  /** The tags in the form a resource type takes them. */
  Value<?> in(Schema.TagForm form) {
    return form == Schema.TagForm.LIST ? this : new Shaped<>(this, form);
  }

  /**
   * A template's tags with a resource's own: the resource's win where a key is in both. Null when
   * the resource's value is not made of tags (an intrinsic, say), which is then left as it is.
   */
  static Tags merge(Tags template, Value<?> own) {
    Tags merged = new Tags();
    merged.tags.addAll(template.tags);
    if (own == null) {
      return merged;
    }
    Tags source = own instanceof Tags list ? list : own instanceof Shaped<?> shaped ? shaped.source : null;
    if (source == null) {
      return null;
    }
    for (Tag tag : source.tags) {
      merged.and(tag);
    }
    return merged;
  }

  /** The tags written as a map or in Auto Scaling's form; it keeps its tags, so they can be merged. */
  private static final class Shaped<T> implements Value<T> {
    private final Tags source;
    private final Schema.TagForm form;

    Shaped(Tags source, Schema.TagForm form) {
      this.source = source;
      this.form = form;
    }

    @Override
    public void writeTo(Sink out) {
      if (form == Schema.TagForm.MAP) {
        out.beginObject();
        for (Tag tag : source.tags) {
          out.key(tag.key());
          tag.value().writeTo(out);
        }
        out.endObject();
        return;
      }
      out.beginArray();
      for (Tag tag : source.tags) {
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
    }
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
