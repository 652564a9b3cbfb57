// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wellarchitected;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::WellArchitected::Lens Resource Type
 *
 * <p>CloudFormation type {@code AWS::WellArchitected::Lens}.
 */
public final class Lens extends Resource<Lens> {
  private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::Lens")
      .constrain("JSONString", Constraint.of().minLength(2).maxLength(500000))
      .constrain("LensVersion", Constraint.of().minLength(1).maxLength(32))
      .refYields("LensArn")
      .attributes("Description", "LensArn", "LensId", "Name", "Owner")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Lens(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The JSON representation of a lens.
   *
   * <p>Changing it replaces the resource. Length: 2 to 500000 characters. CloudFormation property
   * {@code JSONString}.
   */
  public Lens jsonString(String value) {
    return set("JSONString", Value.of(value));
  }

  /** Sets {@code JSONString} to this value; see {@link #jsonString(String)}. */
  public Lens jsonString(Value<String> value) {
    return set("JSONString", value);
  }

  /**
   * The version of the lens.
   *
   * <p>Changing it replaces the resource. Length: 1 to 32 characters. CloudFormation property
   * {@code LensVersion}.
   */
  public Lens lensVersion(String value) {
    return set("LensVersion", Value.of(value));
  }

  /** Sets {@code LensVersion} to this value; see {@link #lensVersion(String)}. */
  public Lens lensVersion(Value<String> value) {
    return set("LensVersion", value);
  }

  /**
   * The tags assigned to the lens.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Lens tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Lens tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Lens tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Lens tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The description of the lens.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Description}.
   */
  public Value<String> description() {
    return getAtt("Description");
  }

  /**
   * The ARN of the lens.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LensArn}.
   */
  public Value<String> lensArn() {
    return getAtt("LensArn");
  }

  /**
   * The unique identifier of the lens.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LensId}.
   */
  public Value<String> lensId() {
    return getAtt("LensId");
  }

  /**
   * The full name of the lens.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The Amazon Web Services account ID that owns the lens.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Owner}.
   */
  public Value<String> owner() {
    return getAtt("Owner");
  }

  /** Property type {@code AWS::WellArchitected::Lens.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::Lens.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
