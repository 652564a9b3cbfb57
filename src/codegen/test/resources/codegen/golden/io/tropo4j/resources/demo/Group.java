// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.demo;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A group that tags what it launches.
 *
 * <p>CloudFormation type {@code AWS::Demo::Group}.
 */
public final class Group extends Resource<Group> {
  private static final Schema SCHEMA = Schema.builder("AWS::Demo::Group")
      .required("MaxSize")
      .refYields("GroupName")
      .tags("Tags", Schema.TagForm.AUTOSCALING)
      .build();

  public Group(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Required. CloudFormation property {@code MaxSize}. */
  public Group maxSize(String value) {
    return set("MaxSize", Value.of(value));
  }

  /** Sets {@code MaxSize} to this value; see {@link #maxSize(String)}. */
  public Group maxSize(Value<String> value) {
    return set("MaxSize", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Group tags(List<TagProperty> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Group tags(Value<List<TagProperty>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Group tags(TagProperty... values) {
    return set("Tags", Value.list(values));
  }

  /**
   * Sets {@code Tags} to the tags, each propagated to the instances the group launches; see {@link
   * #tags(List)}.
   */
  public Group tags(Tags tags) {
    return set("Tags", tags.propagatedAtLaunch());
  }

  /** Property type {@code AWS::Demo::Group.TagProperty}. */
  public static final class TagProperty extends Struct<TagProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::Demo::Group.TagProperty")
        .required("Key", "PropagateAtLaunch", "Value")
        .build();

    public TagProperty() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Key}. */
    public TagProperty key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagProperty key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. CloudFormation property {@code PropagateAtLaunch}. */
    public TagProperty propagateAtLaunch(boolean value) {
      return set("PropagateAtLaunch", Value.of(value));
    }

    /** Sets {@code PropagateAtLaunch} to this value; see {@link #propagateAtLaunch(boolean)}. */
    public TagProperty propagateAtLaunch(Value<Boolean> value) {
      return set("PropagateAtLaunch", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public TagProperty value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagProperty value(Value<String> value) {
      return set("Value", value);
    }
  }
}
